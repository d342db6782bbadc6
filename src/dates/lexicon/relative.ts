/** A unit of calendar time. */
export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

/** A word or phrase naming a time relative to the publication date: أمس، الشهر الماضي. */
export interface RelativeTime {
  /** The words. */
  readonly phrase: string;
  /** The unit it counts in. */
  readonly unit: 'day' | 'week' | 'month' | 'year';
  /** How many units from the publication date: -1 for yesterday or last month. */
  readonly offset: number;
}

/** Relative day and period words. */
export const relativeTimeWords: readonly RelativeTime[] = [
  { phrase: 'أمس', unit: 'day', offset: -1 },
  { phrase: 'البارحة', unit: 'day', offset: -1 },
  { phrase: 'اليوم', unit: 'day', offset: 0 },
  { phrase: 'حاليا', unit: 'day', offset: 0 },
  { phrase: 'الآن', unit: 'day', offset: 0 },
  { phrase: 'غدا', unit: 'day', offset: 1 },
  { phrase: 'الشهر الماضي', unit: 'month', offset: -1 },
  { phrase: 'الشهر الحالي', unit: 'month', offset: 0 },
  { phrase: 'الشهر المقبل', unit: 'month', offset: 1 },
  { phrase: 'العام الماضي', unit: 'year', offset: -1 },
  { phrase: 'السنة الماضية', unit: 'year', offset: -1 },
  { phrase: 'العام الحالي', unit: 'year', offset: 0 },
  { phrase: 'العام الجاري', unit: 'year', offset: 0 },
  { phrase: 'العام المقبل', unit: 'year', offset: 1 },
  { phrase: 'الأسبوع الماضي', unit: 'week', offset: -1 },
];

/** A noun of time: a number before it is a duration, not a claim ("خلال ستة أعوام"). */
export interface DurationWord {
  /** The noun, in any of its forms. */
  readonly word: string;
  /** The unit it names. */
  readonly unit: TimeUnit;
}

/** Nouns of time. */
export const durationWords: readonly DurationWord[] = [
  ...(['سنة', 'سنوات', 'سنين', 'عام', 'أعوام', 'عاما'] as const).map((word) => ({ word, unit: 'year' as const })),
  ...(['شهر', 'أشهر', 'شهور', 'شهرا'] as const).map((word) => ({ word, unit: 'month' as const })),
  ...(['أسبوع', 'أسابيع', 'أسبوعا'] as const).map((word) => ({ word, unit: 'week' as const })),
  ...(['يوم', 'أيام', 'يوما'] as const).map((word) => ({ word, unit: 'day' as const })),
  ...(['ساعة', 'ساعات'] as const).map((word) => ({ word, unit: 'hour' as const })),
  ...(['دقيقة', 'دقائق'] as const).map((word) => ({ word, unit: 'minute' as const })),
  ...(['ثانية', 'ثوان'] as const).map((word) => ({ word, unit: 'second' as const })),
  ...(['عقد', 'عقود'] as const).map((word) => ({ word, unit: 'decade' as const })),
  ...(['قرن', 'قرون'] as const).map((word) => ({ word, unit: 'century' as const })),
];
