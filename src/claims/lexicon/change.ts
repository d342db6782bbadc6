/**
 * Words between a verb of change and its figure that make the figure the level
 * reached, not the size of the change: "ارتفع التضخم إلى 13%" (a level),
 * against "ارتفع التضخم بنسبة 2%" or "نما الاقتصاد 3.5%" (an amount).
 */
export const changeLevelMarkers: readonly string[] = [
  'إلى', 'ليبلغ', 'لتبلغ', 'ليصل', 'لتصل', 'ليسجل', 'لتسجل', 'مسجلا', 'مسجلة', 'ليستقر', 'لتستقر', 'عند', 'بلغ', 'بلغت', 'مستوى',
];

/** The word before the starting level of a change: "ارتفع من 50 إلى 73" (from 50). */
export const changeBaseMarkers: readonly string[] = ['من'];
