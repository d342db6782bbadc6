/**
 * Fiscal years: the nouns that name one ("العام المالي 2018/2019"، "السنة المالية المقبلة") and
 * the month each state's fiscal year starts in, so that "العام المالي المقبل" in a report on
 * Egypt's budget is July 2018 to June 2019, not a calendar year.
 */

/**
 * A noun of a fiscal year: "العام المالي"، "السنة المالية", and behind ل, which takes the article's alif
 * ("موازنة للعام المالي المقبل").
 */
export const fiscalYearNouns: readonly string[] = ['العام المالي', 'السنة المالية', 'عام مالي', 'سنة مالية', 'للعام المالي', 'للسنة المالية'];

/** The month a fiscal year starts, and the places (states, as named and by their demonym) whose fiscal year it is. */
export interface FiscalYearStart {
  /** 1 (a calendar year) to 12. */
  readonly month: number;
  /** Names of the states and their demonyms, as written: "مصر"، "المصرية". */
  readonly places: readonly string[];
}

/**
 * When each state's fiscal year starts (the states' own budget laws and finance ministries; the
 * public figures, not code, carried over). A text's fiscal year is that of the state named nearest
 * before it in its line, else of the one the text names most, else the calendar year. The states
 * whose year is the calendar's are listed too, so that a Saudi budget article that names Egypt once
 * keeps its calendar year. Add a state with one line: its names and demonyms, and the month.
 */
export const fiscalYearStarts: readonly FiscalYearStart[] = [
  // July to June: "العام المالي 2018/2019" in Egypt is July 2018 to June 2019.
  { month: 7, places: ['مصر', 'المصرية', 'المصري', 'باكستان', 'الباكستانية', 'أستراليا', 'الأسترالية', 'نيوزيلندا', 'إثيوبيا', 'الإثيوبية', 'كينيا', 'الكينية', 'بنغلاديش'] },
  // April to March.
  { month: 4, places: ['الكويت', 'الكويتية', 'الكويتي', 'الهند', 'الهندية', 'بريطانيا', 'البريطانية', 'المملكة المتحدة', 'اليابان', 'اليابانية', 'كندا', 'الكندية', 'جنوب أفريقيا', 'سنغافورة', 'هونغ كونغ'] },
  // October to September: the United States' federal year.
  { month: 10, places: ['الولايات المتحدة', 'الأمريكية', 'الأميركية', 'أمريكا', 'أميركا'] },
  // The calendar year.
  {
    month: 1,
    places: [
      'السعودية', 'الإمارات', 'الإماراتية', 'قطر', 'القطرية', 'البحرين', 'البحرينية', 'سلطنة عمان', 'العمانية', 'الأردن', 'الأردنية', 'العراق', 'العراقية',
      'لبنان', 'اللبنانية', 'سوريا', 'السورية', 'المغرب', 'المغربية', 'الجزائر', 'الجزائرية', 'تونس', 'التونسية', 'ليبيا', 'الليبية', 'السودان', 'السودانية',
      'اليمن', 'اليمنية', 'موريتانيا', 'تركيا', 'التركية', 'روسيا', 'الروسية', 'الصين', 'الصينية', 'فرنسا', 'الفرنسية', 'ألمانيا', 'الألمانية',
    ],
  },
];
