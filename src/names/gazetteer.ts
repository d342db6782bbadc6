/**
 * Entity tables: a seed gazetteer of aliases, and the letters and words the
 * matching cascade treats specially. Extend with one line and one test
 * (src/entities/lexicon.test.ts reads every entry back).
 */

/** What an entity is. */
export type EntityType = 'person' | 'organization' | 'place';

/** An entity known under several names. */
export interface GazetteerEntry {
  /** The name reported as canonical. */
  readonly canonical: string;
  /** Other names and spellings of the same entity, including adjective forms that name it. */
  readonly aliases: readonly string[];
  /** Person, organisation or place. */
  readonly type: EntityType;
}

/** Seed gazetteer: the bodies and places of conflict reporting that outlets name in many ways. */
export const gazetteer: readonly GazetteerEntry[] = [
  {
    canonical: 'داعش',
    type: 'organization',
    aliases: [
      'تنظيم داعش', 'تنظيم الدولة الإسلامية', 'الدولة الإسلامية', 'تنظيم الدولة', 'الدولة الإسلامية في العراق والشام',
      'الدولة الإسلامية في العراق وسوريا', 'تنظيم الدولة الإسلامية في العراق والشام',
    ],
  },
  {
    canonical: 'الولايات المتحدة',
    type: 'place',
    aliases: [
      'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا', 'الأمريكي', 'الأمريكية', 'الأمريكيين', 'أمريكي',
      'أمريكية', 'أمريكيين', 'الأميركي', 'الأميركية', 'الأميركيين', 'أميركي', 'أميركية', 'أميركيين',
    ],
  },
  { canonical: 'سوريا', type: 'place', aliases: ['سورية'] },
  { canonical: 'العراق', type: 'place', aliases: ['جمهورية العراق'] },
  { canonical: 'البشمركة', type: 'organization', aliases: ['قوات البشمركة', 'البشمركة الكردية', 'قوات البشمركة الكردية'] },
  { canonical: 'التحالف الدولي', type: 'organization', aliases: ['التحالف', 'قوات التحالف', 'قوات التحالف الدولي', 'التحالف الدولي ضد داعش', 'التحالف الدولي لمحاربة داعش'] },
  { canonical: 'قوات الأمن العراقية', type: 'organization', aliases: ['القوات الأمنية العراقية'] },
  { canonical: 'إيروورز', type: 'organization', aliases: ['إيرورز', 'Airwars'] },
  { canonical: 'روسيا', type: 'place', aliases: ['روسيا الاتحادية'] },
  { canonical: 'المملكة المتحدة', type: 'place', aliases: ['بريطانيا'] },
  // Countries of the region and of the coalition.
  ...(
    [
      ['ليبيا', []], ['مصر', []], ['تونس', []], ['الجزائر', []], ['المغرب', []], ['مالي', []], ['لبنان', []], ['الأردن', []],
      ['السعودية', ['المملكة العربية السعودية']], ['اليمن', []], ['السودان', []], ['جنوب السودان', []], ['تركيا', []], ['إيران', []],
      ['إسرائيل', []], ['فلسطين', []], ['الكويت', []], ['قطر', []], ['الإمارات', ['الإمارات العربية المتحدة']], ['فرنسا', []],
      ['إسبانيا', []], ['السويد', []], ['ألمانيا', []], ['إيطاليا', []], ['أفغانستان', []], ['كوريا الشمالية', []], ['كوريا الجنوبية', []],
    ] as const
  ).map(([canonical, aliases]): GazetteerEntry => ({ canonical, aliases, type: 'place' })),
  // Cities, provinces and regions of Iraq, Syria and Libya.
  ...(
    [
      ['بغداد', []], ['أربيل', []], ['الموصل', []], ['الرقة', []], ['الفلوجة', []], ['الرمادي', []], ['كركوك', []], ['الأنبار', []],
      ['نينوى', []], ['الحويجة', []], ['تكريت', []], ['البصرة', []], ['دير الزور', []], ['حلب', []], ['دمشق', []], ['إدلب', []],
      ['سرت', []], ['طرابلس', []], ['بنغازي', []], ['سيناء', []], ['حمرين', ['جبال حمرين']], ['كردستان', ['إقليم كردستان']],
    ] as const
  ).map(([canonical, aliases]): GazetteerEntry => ({ canonical, aliases, type: 'place' })),
  // Outlets, agencies and bodies of conflict reporting.
  ...(
    [
      ['رويترز', ['وكالة رويترز']], ['صحيفة الشرق الأوسط', []], ['وول ستريت جورنال', ['صحيفة وول ستريت جورنال']],
      ['أنصار بيت المقدس', ['تنظيم أنصار بيت المقدس']], ['وزارة الدفاع الأمريكية', ['البنتاغون', 'وزارة الدفاع الأميركية']],
      ['جهاز مكافحة الإرهاب', ['جهاز مكافحة الإرهاب العراقي']], ['العزم الصلب', ['عملية العزم الصلب']], ['تويتر', []],
      ['حرية برس', []], ['وكالة كل العراق', []], ['الجيش العراقي', []], ['الحكومة العراقية', []],
    ] as const
  ).map(([canonical, aliases]): GazetteerEntry => ({ canonical, aliases, type: 'organization' })),
];

/**
 * Words that make two otherwise equal names different places or bodies:
 * جنوب السودان is not السودان, كوريا الشمالية is not كوريا الجنوبية.
 */
export const distinguishingWords: readonly string[] = [
  'جنوب', 'شمال', 'شرق', 'غرب', 'وسط', 'الشمالية', 'الجنوبية', 'الشرقية', 'الغربية', 'الوسطى', 'العليا', 'السفلى', 'الجديدة',
];

/**
 * Consonants that transliterators write differently for one sound: G as غ، ج، ق
 * or گ (غوتيريش / جوتيريش، غوغل / جوجل); ت/ط، س/ص، ز/ذ/ظ، د/ض. Each group folds to
 * its first letter in the consonant skeleton.
 */
export const consonantGroups: readonly string[] = ['غجقگڨ', 'تط', 'سص', 'زذظ', 'دض'];

/** Pairs whose substitution costs little in the edit distance (ك/ق between names). */
export const cheapSubstitutions: readonly string[] = ['كق', 'هة', 'اى'];

/**
 * Generic heads that name no particular body on their own (التنظيم "the
 * organisation"): as the subject of a claim they say nothing about whose figure it is.
 */
export const genericHeads: readonly string[] = ['التنظيم', 'الجماعة', 'الحركة', 'الحكومة', 'الجهات', 'المنظمة'];
