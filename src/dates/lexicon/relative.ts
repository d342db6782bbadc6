/** A unit of calendar time. */
export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

/** A word or phrase naming a day relative to the publication date: أمس، غدا، أول أمس. */
export interface RelativeTime {
  /** The words. */
  readonly phrase: string;
  /** The unit it counts in (days for every built-in entry; weeks, months and years are read by rule). */
  readonly unit: 'day' | 'week' | 'month' | 'year';
  /** How many units from the publication date: -1 for yesterday. */
  readonly offset: number;
}

/**
 * Days relative to publication. Weeks, months and years relative to it
 * ("الشهر الماضي"، "هذا العام"، "العام الجاري") are read by rule from a noun of
 * time and a word of direction, so they need no entry here.
 */
export const relativeTimeWords: readonly RelativeTime[] = [
  { phrase: 'أمس', unit: 'day', offset: -1 },
  { phrase: 'الأمس', unit: 'day', offset: -1 },
  { phrase: 'البارحة', unit: 'day', offset: -1 },
  { phrase: 'أمس الأول', unit: 'day', offset: -2 },
  { phrase: 'أول أمس', unit: 'day', offset: -2 },
  { phrase: 'أول من أمس', unit: 'day', offset: -2 },
  { phrase: 'قبل أمس', unit: 'day', offset: -2 },
  { phrase: 'قبل يوم أمس', unit: 'day', offset: -2 },
  { phrase: 'اليوم', unit: 'day', offset: 0 },
  { phrase: 'الليلة', unit: 'day', offset: 0 },
  { phrase: 'الليلة الماضية', unit: 'day', offset: -1 },
  { phrase: 'غدا', unit: 'day', offset: 1 },
  { phrase: 'الغد', unit: 'day', offset: 1 },
  { phrase: 'بعد غد', unit: 'day', offset: 2 },
  { phrase: 'بعد الغد', unit: 'day', offset: 2 },
];

/** A word after a noun of time that says which one, counted from publication: الماضي، الجاري، المقبل. */
export interface DirectionWord {
  /** The word, in one of its forms (masculine, feminine, dual, plural each have an entry). */
  readonly word: string;
  /** -1 the one before, 0 the current one, 1 the one after. */
  readonly offset: number;
}

/** Words of direction, counted from publication. */
export const directionWords: readonly DirectionWord[] = [
  ...['الماضي', 'الماضية', 'الماضيين', 'الماضيتين', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة', 'السابق', 'السابقة', 'المنقضي', 'المنقضية', 'الأخير', 'الأخيرة', 'الأخيرين', 'الأخيرتين'].map(
    (word) => ({ word, offset: -1 }),
  ),
  ...['الجاري', 'الجارية', 'الحالي', 'الحالية', 'الراهن', 'الراهنة'].map((word) => ({ word, offset: 0 })),
  ...['المقبل', 'المقبلة', 'المقبلين', 'المقبلتين', 'القادم', 'القادمة', 'القادمين', 'القادمتين', 'الآتي', 'الآتية'].map((word) => ({
    word,
    offset: 1,
  })),
];

/**
 * Words after a noun of time that count from the time named before it: "اليوم التالي"، "الأسبوع الذي سبق"،
 * and the same one: "في الربع الأخير من العام نفسه" after "2017" is October to December 2017.
 */
export const anaphoricWords: readonly DirectionWord[] = [
  ...['نفسه', 'نفسها', 'ذاته', 'ذاتها', 'عينه', 'عينها'].map((word) => ({ word, offset: 0 })),
  ...['التالي', 'التالية', 'اللاحق', 'اللاحقة', 'الذي تلاه', 'التي تلته', 'الذي يليه', 'التي تليه', 'الذي تلا', 'التي تلت'].map((word) => ({ word, offset: 1 })),
  ...['الذي سبق', 'التي سبقت', 'الذي سبقه', 'التي سبقته', 'الذي قبله', 'التي قبلها'].map((word) => ({ word, offset: -1 })),
];

/** A noun of time: a number before it is a duration, not a claim ("خلال ستة أعوام"). */
export interface DurationWord {
  /** The noun, in any of its forms, without the article (the article and clitics are read by rule). */
  readonly word: string;
  /** The unit it names. */
  readonly unit: TimeUnit;
  /** For a dual (عامين، شهرين): 2. */
  readonly count?: number;
  /** True for a plural (أعوام، الأشهر): "الأشهر التسعة الماضية" counts them. */
  readonly plural?: boolean;
}

/** The singular, plural and dual forms of a noun of time. */
const forms = (unit: TimeUnit, singular: readonly string[], plural: readonly string[], dual: readonly string[]): DurationWord[] => [
  ...singular.map((word) => ({ word, unit })),
  ...plural.map((word) => ({ word, unit, plural: true })),
  ...dual.map((word) => ({ word, unit, count: 2 })),
];

/** Nouns of time. عاما and شهرا are the singular a number from 11 to 99 takes ("15 عاما"). */
export const durationWords: readonly DurationWord[] = [
  ...forms('year', ['سنة', 'عام', 'عاما'], ['سنوات', 'سنين', 'أعوام'], ['عامين', 'عامان', 'سنتين', 'سنتان', 'عامي', 'سنتي']),
  ...forms('month', ['شهر', 'شهرا'], ['أشهر', 'شهور'], ['شهرين', 'شهران', 'شهري']),
  ...forms('week', ['أسبوع', 'أسبوعا'], ['أسابيع'], ['أسبوعين', 'أسبوعان']),
  ...forms('day', ['يوم', 'يوما'], ['أيام'], ['يومين', 'يومان']),
  ...forms('hour', ['ساعة'], ['ساعات'], ['ساعتين', 'ساعتان']),
  ...forms('minute', ['دقيقة'], ['دقائق'], ['دقيقتين', 'دقيقتان']),
  ...forms('second', ['ثانية'], ['ثوان', 'ثواني'], ['ثانيتين', 'ثانيتان']),
  ...forms('decade', ['عقد', 'عقدا'], ['عقود'], ['عقدين', 'عقدان']),
  ...forms('century', ['قرن', 'قرنا'], ['قرون'], ['قرنين', 'قرنان']),
];

/** How far a vague time reaches, counted from publication. */
export type VagueReach = 'past' | 'present' | 'future' | 'sofar' | 'then' | 'sinceThen';

/** A time the text leaves vague, and the interval it allows. */
export interface VagueTime {
  /** The words. */
  readonly phrase: string;
  /**
   * `past`: up to publication (مؤخرا، في وقت سابق); `present`: the publication
   * day (حاليا، الآن); `future`: from publication on (قريبا، مستقبلا); `sofar`: a
   * running total up to publication (حتى الآن); `then`: the time named before it
   * (آنذاك); `sinceThen`: from the time named before it up to publication (منذ ذلك الحين).
   */
  readonly kind: VagueReach;
}

const vague = (kind: VagueReach, phrases: readonly string[]): VagueTime[] => phrases.map((phrase) => ({ phrase, kind }));

/**
 * Vague times. "منذ سنوات" and "قبل أيام" (a bare plural noun of time after
 * منذ or قبل) are read by rule and need no entry.
 */
export const vagueTimes: readonly VagueTime[] = [
  ...vague('past', [
    'مؤخرا',
    'في الآونة الأخيرة',
    'الآونة الأخيرة',
    'في الفترة الأخيرة',
    'في وقت سابق',
    'وقت سابق',
    'سابقا',
    'في السابق',
    'من قبل',
    'من ذي قبل',
    'قبل فترة',
    'منذ فترة',
    'منذ مدة',
    'منذ زمن',
    'منذ وقت طويل',
    'منذ فترة طويلة',
    'للتو',
    'قبل قليل',
    'منذ قليل',
    'في الماضي',
  ]),
  ...vague('present', ['حاليا', 'الآن', 'في الوقت الحالي', 'في الوقت الراهن', 'هذه الأيام', 'في هذه الأيام', 'في الوقت الحاضر']),
  ...vague('sofar', ['حتى الآن', 'إلى الآن', 'لحد الآن', 'لغاية الآن', 'حتى اللحظة', 'حتى الساعة', 'حتى يومنا هذا', 'إلى يومنا هذا']),
  ...vague('future', [
    'قريبا',
    'عما قريب',
    'لاحقا',
    'في وقت لاحق',
    'وقت لاحق',
    'مستقبلا',
    'في المستقبل',
    'في المستقبل القريب',
    'في وقت قريب',
    'في القريب العاجل',
    'بعد قليل',
  ]),
  ...vague('then', ['آنذاك', 'حينذاك', 'حينها', 'وقتها', 'وقتذاك', 'يومها', 'يومذاك', 'في ذلك الوقت', 'في ذلك الحين', 'في تلك الفترة', 'في ذلك اليوم']),
  ...vague('sinceThen', ['منذ ذلك الحين', 'منذ ذلك الوقت', 'منذ ذلك التاريخ', 'منذ ذلك اليوم', 'منذ تلك الفترة', 'منذ ذاك الحين', 'منذئذ']),
];

/** An adverb of frequency: يوميا is every day. */
export interface FrequencyWord {
  /** The word. */
  readonly word: string;
  /** The unit it repeats in. */
  readonly unit: TimeUnit;
}

/** Adverbs of frequency. "كل أسبوع"، "كل عامين"، "مرتين في الشهر" are read by rule. */
export const frequencyWords: readonly FrequencyWord[] = [
  { word: 'يوميا', unit: 'day' },
  { word: 'أسبوعيا', unit: 'week' },
  { word: 'شهريا', unit: 'month' },
  { word: 'سنويا', unit: 'year' },
  { word: 'ساعيا', unit: 'hour' },
];
