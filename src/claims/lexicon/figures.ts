/** Words before a number that make it a year, a page, an article or a phone number rather than a figure. */
export const notFigureBefore: readonly string[] = [
  'عام', 'العام', 'سنة', 'لسنة', 'رقم', 'الرقم', 'المادة', 'مادة', 'الصفحة', 'صفحة', 'هاتف', 'الهاتف', 'القرار', 'قرار',
  'الفقرة', 'البند', 'الفصل', 'الساعة', 'الطريق', 'شارع', 'الجزء',
];
