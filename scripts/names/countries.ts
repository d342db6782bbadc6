/**
 * Generates src/names/lexicon/countries.ts: every country and territory of ISO 3166-1 with its
 * Arabic names, from two packages that ship them, merged with the spellings Arabic news uses
 * and the nationality adjectives (demonyms) of each country, written below by hand.
 *
 *   npm install --no-save --prefix /tmp/countries i18n-iso-countries@7.14.0
 *   (cd /tmp/countries && npm pack cldr-localenames-full@48.2.0 && tar xzf cldr-localenames-full-48.2.0.tgz package/main/ar/territories.json)
 *   npx tsx scripts/names/countries.ts /tmp/countries
 *
 * Sources and licences (noted in the generated file too):
 * - i18n-iso-countries 7.14.0, langs/ar.json — MIT, © 2016 widdix GmbH;
 * - Unicode CLDR 48.2 (cldr-localenames-full), main/ar/territories.json — Unicode License v3
 *   (the short and variant forms: فلسطين، التشيك، ميانمار …).
 * Neither package is a dependency: the table is committed, and this script rebuilds it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { foldWord } from '../../src/text/fold.js';

const root = resolve(process.argv[2] ?? '/tmp/countries');
const iso = JSON.parse(readFileSync(join(root, 'node_modules', 'i18n-iso-countries', 'langs', 'ar.json'), 'utf8')) as {
  countries: Record<string, string | string[]>;
};
const cldr = JSON.parse(readFileSync(join(root, 'package', 'main', 'ar', 'territories.json'), 'utf8')) as {
  main: { ar: { localeDisplayNames: { territories: Record<string, string> } } };
};
const territories = cldr.main.ar.localeDisplayNames.territories;

/** Territories news never names as such (uninhabited, or a statistical code). */
const skipped = new Set(['AQ', 'BV', 'HM', 'TF', 'UM', 'IO', 'GS', 'SJ', 'CX', 'CC', 'PN', 'TK', 'NF']);

/**
 * Spellings Arabic news uses beside the packages' names, and the demonym (masculine singular,
 * without the article), by ISO code. One line per country; the first spelling of the packages
 * stays the canonical name unless `name` is given.
 */
const news: Record<string, { name?: string; aliases?: string[]; demonym?: string; ambiguous?: boolean }> = {
  AF: { demonym: 'أفغاني' },
  AL: { demonym: 'ألباني' },
  DZ: { demonym: 'جزائري' },
  AO: { demonym: 'أنغولي', aliases: ['أنجولا'] },
  AR: { demonym: 'أرجنتيني' },
  AM: { demonym: 'أرميني' },
  AU: { demonym: 'أسترالي', aliases: ['استراليا'] },
  AT: { demonym: 'نمساوي' },
  AZ: { demonym: 'أذربيجاني|أذري', aliases: ['أذربيجان'] },
  BH: { demonym: 'بحريني', aliases: ['مملكة البحرين'] },
  BD: { demonym: 'بنغلادشي', aliases: ['بنغلادش', 'بنجلاديش'] },
  BY: { demonym: 'بيلاروسي', aliases: ['روسيا البيضاء', 'بيلاروسيا'] },
  BE: { demonym: 'بلجيكي' },
  BO: { demonym: 'بوليفي' },
  BA: { demonym: 'بوسني', aliases: ['البوسنة'] },
  BR: { demonym: 'برازيلي' },
  BG: { demonym: 'بلغاري' },
  KH: { demonym: 'كمبودي' },
  CM: { demonym: 'كاميروني' },
  CA: { demonym: 'كندي' },
  CF: { aliases: ['أفريقيا الوسطى'] },
  TD: { demonym: 'تشادي' },
  CL: { aliases: ['شيلي'] },
  CN: { demonym: 'صيني', aliases: ['جمهورية الصين الشعبية'] },
  CO: { demonym: 'كولومبي' },
  KM: { demonym: 'قمري' },
  // The Congo alone is the Republic of the Congo, as its short name is; the other one is named with
  // its adjective or its capital (الكونغو الديمقراطية، الكونغو كينشاسا) and is never الكونغو alone.
  CG: { aliases: ['الكونغو برازافيل', 'الكونغو'] },
  CD: { aliases: ['الكونغو الديمقراطية', 'الكونغو كينشاسا'], demonym: 'كونغولي' },
  CR: { demonym: 'كوستاريكي' },
  CI: { demonym: 'إيفواري|عاجي' },
  HR: { demonym: 'كرواتي' },
  CU: { demonym: 'كوبي' },
  CY: { demonym: 'قبرصي' },
  CZ: { demonym: 'تشيكي', aliases: ['تشيكيا', 'الجمهورية التشيكية'] },
  DK: { demonym: 'دنماركي|دانماركي', aliases: ['الدانمارك'] },
  DO: { demonym: 'دومينيكاني', aliases: ['الدومينيكان'] },
  EC: { demonym: 'إكوادوري' },
  EG: { demonym: 'مصري', aliases: ['جمهورية مصر العربية'] },
  SV: { demonym: 'سلفادوري' },
  ER: { demonym: 'إريتري', aliases: ['أريتريا', 'إرتيريا'] },
  EE: { demonym: 'إستوني' },
  ET: { demonym: 'إثيوبي', aliases: ['أثيوبيا', 'اثيوبيا'] },
  FI: { demonym: 'فنلندي' },
  FR: { demonym: 'فرنسي' },
  GA: { demonym: 'غابوني' },
  GM: { demonym: 'غامبي' },
  GE: { demonym: 'جورجي' },
  DE: { demonym: 'ألماني' },
  GH: { demonym: 'غاني' },
  GR: { demonym: 'يوناني' },
  GT: { demonym: 'غواتيمالي', aliases: ['جواتيمالا'] },
  GN: { demonym: 'غيني' },
  HK: { aliases: ['هونج كونج'] },
  HU: { demonym: 'مجري', aliases: ['هنغاريا'] },
  IS: { demonym: 'آيسلندي', aliases: ['أيسلندا'] },
  IN: { demonym: 'هندي' },
  ID: { demonym: 'إندونيسي', aliases: ['أندونيسيا'] },
  IR: { demonym: 'إيراني', aliases: ['الجمهورية الإسلامية الإيرانية'] },
  IQ: { demonym: 'عراقي', aliases: ['جمهورية العراق'] },
  IE: { demonym: 'أيرلندي', aliases: ['إيرلندا', 'ايرلندا'] },
  IL: { demonym: 'إسرائيلي' },
  IT: { demonym: 'إيطالي' },
  JM: { demonym: 'جامايكي' },
  JP: { demonym: 'ياباني' },
  JO: { demonym: 'أردني', aliases: ['المملكة الأردنية الهاشمية'] },
  KZ: { demonym: 'كازاخستاني', aliases: ['كازاخستان', 'قازاخستان', 'كازخستان', 'قازاقستان'] },
  KE: { demonym: 'كيني' },
  KP: { aliases: ['كوريا الديمقراطية'] },
  KW: { demonym: 'كويتي' },
  KG: { demonym: 'قرغيزي', aliases: ['قرغيزستان', 'قرغيزيا'] },
  LA: { demonym: 'لاوسي' },
  LV: { demonym: 'لاتفي' },
  LB: { demonym: 'لبناني' },
  LR: { demonym: 'ليبيري' },
  LY: { demonym: 'ليبي' },
  LT: { demonym: 'ليتواني' },
  LU: { demonym: 'لوكسمبورغي' },
  MK: { demonym: 'مقدوني', aliases: ['مقدونيا'] },
  MG: { demonym: 'مدغشقري' },
  MY: { demonym: 'ماليزي' },
  MV: { demonym: 'مالديفي', aliases: ['المالديف'] },
  ML: { ambiguous: true },
  MT: { demonym: 'مالطي' },
  MR: { demonym: 'موريتاني', aliases: ['موريتانية'] },
  MX: { demonym: 'مكسيكي' },
  MD: { demonym: 'مولدوفي', aliases: ['مولدافيا'] },
  MN: { demonym: 'منغولي' },
  ME: { demonym: 'مونتينيغري', aliases: ['مونتينيغرو'] },
  MA: { demonym: 'مغربي', aliases: ['المملكة المغربية'] },
  MZ: { demonym: 'موزمبيقي' },
  MM: { demonym: 'ميانماري', aliases: ['ميانمار'] },
  NA: { demonym: 'ناميبي' },
  NP: { demonym: 'نيبالي', aliases: ['النيبال'] },
  NL: { demonym: 'هولندي', aliases: ['هولندة'] },
  NZ: { demonym: 'نيوزيلندي|نيوزلندي', aliases: ['نيوزلندا', 'نيوزيلاندا'] },
  NI: { demonym: 'نيكاراغوي' },
  NE: { demonym: 'نيجري' },
  NG: { demonym: 'نيجيري' },
  // نيوي is also the adjective بنيوي behind ب: "خلل بنيوي" is a structural fault.
  NU: { ambiguous: true },
  NO: { demonym: 'نرويجي' },
  OM: { demonym: 'عماني', aliases: ['سلطنة عمان'] },
  PK: { demonym: 'باكستاني', aliases: ['الباكستان'] },
  PS: { demonym: 'فلسطيني' },
  PA: { demonym: 'بنمي' },
  PY: { demonym: 'باراغوياني', aliases: ['باراجواي'] },
  PE: { demonym: 'بيروفي', aliases: ['البيرو'] },
  PH: { demonym: 'فلبيني', aliases: ['الفيليبين', 'الفليبين'] },
  PL: { demonym: 'بولندي' },
  PT: { demonym: 'برتغالي' },
  QA: { demonym: 'قطري' },
  RO: { demonym: 'روماني' },
  RU: { demonym: 'روسي', aliases: ['روسيا الاتحادية', 'الاتحاد الروسي'] },
  RW: { demonym: 'رواندي' },
  SA: { demonym: 'سعودي' },
  SN: { demonym: 'سنغالي' },
  RS: { demonym: 'صربي', aliases: ['صربيا'] },
  SL: { demonym: 'سيراليوني' },
  SG: { demonym: 'سنغافوري' },
  SK: { demonym: 'سلوفاكي' },
  SI: { demonym: 'سلوفيني' },
  SO: { demonym: 'صومالي' },
  ZA: { aliases: ['جنوب إفريقيا'] },
  ES: { demonym: 'إسباني', aliases: ['أسبانيا'] },
  LK: { demonym: 'سريلانكي', aliases: ['سري لانكا', 'سيرلانكا'] },
  SD: { demonym: 'سوداني' },
  SE: { demonym: 'سويدي' },
  CH: { demonym: 'سويسري' },
  SY: { demonym: 'سوري', aliases: ['سورية', 'الجمهورية العربية السورية'] },
  TW: { demonym: 'تايواني' },
  TJ: { demonym: 'طاجيكي', aliases: ['طاجكستان'] },
  TZ: { demonym: 'تنزاني' },
  TH: { demonym: 'تايلاندي', aliases: ['تايلند'] },
  TN: { demonym: 'تونسي', aliases: ['الجمهورية التونسية'] },
  TR: { demonym: 'تركي' },
  TM: { demonym: 'تركمانستاني', aliases: ['تركمنستان'] },
  UG: { demonym: 'أوغندي' },
  UA: { demonym: 'أوكراني' },
  AE: { name: 'الإمارات', aliases: ['الإمارات العربية المتحدة'], demonym: 'إماراتي' },
  GB: { aliases: ['بريطانيا', 'بريطانيا العظمى'], demonym: 'بريطاني|إنجليزي|إنكليزي|اسكتلندي' },
  US: { aliases: ['الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا'], demonym: 'أمريكي|أميركي' },
  UY: { demonym: 'أوروغواياني', aliases: ['أوروجواي', 'أوروغواي'] },
  UZ: { demonym: 'أوزبكي', aliases: ['أوزباكستان'] },
  VE: { demonym: 'فنزويلي' },
  VN: { demonym: 'فيتنامي' },
  EH: { demonym: 'صحراوي' },
  YE: { demonym: 'يمني', aliases: ['الجمهورية اليمنية'] },
  ZM: { demonym: 'زامبي' },
  XK: { demonym: 'كوسوفي' },
};

/** One spelling of a name: without a parenthesis or a dash, and with a single space between words. */
const clean = (name: string): string | null => (/[()\-–]/u.test(name) ? null : name.replace(/[\u064E-\u0652]/gu, '').replace(/\s+/gu, ' ').trim());

const lines: string[] = [];
for (const [code, value] of Object.entries(iso.countries)) {
  if (skipped.has(code)) continue;
  const extra = news[code] ?? {};
  const spellings = [
    ...[value].flat(),
    territories[`${code}-alt-short`],
    territories[code],
    territories[`${code}-alt-variant`],
    ...(extra.aliases ?? []),
  ]
    .filter((s): s is string => typeof s === 'string')
    .map(clean)
    .filter((s): s is string => s !== null && s !== '');
  const name = extra.name ?? spellings[0]!;
  // Spellings the engine folds alike (أستراليا / استراليا) are one entry.
  const seen = new Set([foldWord(name)]);
  const aliases = spellings.filter((s) => !seen.has(foldWord(s)) && seen.add(foldWord(s)));
  // One call a line (see `country()` in places.ts): the code, the names joined by |, the demonyms joined by |.
  const args = [`'${code}'`, `'${[name, ...aliases].join('|')}'`];
  if (extra.demonym || extra.ambiguous) args.push(`'${extra.demonym ?? ''}'`);
  if (extra.ambiguous) args.push('true');
  lines.push(`  country(${args.join(', ')}),`);
}

const out = `/**
 * Every country and territory of ISO 3166-1, with its Arabic names, the spellings Arabic news uses,
 * and its demonyms (masculine singular, without the article; the engine writes out ال, ة, ين, ون).
 *
 * GENERATED by scripts/names/countries.ts — do not edit by hand: add a spelling or a demonym to
 * the \`news\` table of that script and run it again, or extend the table at run time with
 * \`{ lexicon: { countries: [{ code: 'XX', name: '…' }] } }\`.
 *
 * Sources: i18n-iso-countries 7.14.0 langs/ar.json (MIT, © 2016 widdix GmbH) and Unicode CLDR 48.2
 * main/ar/territories.json (Unicode License v3, © Unicode, Inc.); spellings of news and demonyms
 * written by hand for this project (MIT).
 */
import { country, type CountryEntry } from './places.js';

/** The countries of the world: ISO code, Arabic name, other spellings, demonym. */
export const countries: readonly CountryEntry[] = /* @__PURE__ */ (() => [
${lines.join('\n')}
])();
`;
writeFileSync(resolve(import.meta.dirname, '..', '..', 'src', 'names', 'lexicon', 'countries.ts'), out);
console.log(`countries: ${lines.length} entries`);
