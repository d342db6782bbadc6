/**
 * A news agency: it signs the datelines of its stories ("الرياض - واس"), and
 * outlets reprint them. When nobody else in an article speaks, its figures are
 * the agency's; across outlets, a reprinted story is one confirmation.
 */
export interface WireAgency {
  /** The name a cluster reports as the source: رويترز، أ ف ب. */
  readonly name: string;
  /** Other ways the agency is written: its full name, its Latin abbreviation. */
  readonly forms: readonly string[];
}

/**
 * Agencies of Arabic news. Only names that cannot be read as something else
 * in a dateline: قنا and بترا are also cities, فارس a first name, so those
 * agencies are listed by their full names alone.
 */
export const newsAgencies: readonly WireAgency[] = [
  { name: 'واس', forms: ['وكالة الأنباء السعودية', 'SPA'] },
  { name: 'أ ف ب', forms: ['أ. ف. ب', 'أف ب', 'فرانس برس', 'وكالة الصحافة الفرنسية', 'AFP'] },
  { name: 'رويترز', forms: ['Reuters'] },
  { name: 'د ب أ', forms: ['د. ب. أ', 'وكالة الأنباء الألمانية', 'DPA'] },
  { name: 'الأناضول', forms: ['وكالة الأناضول', 'Anadolu'] },
  { name: 'أسوشيتد برس', forms: ['أسوشييتد برس', 'أ ب', 'AP'] },
  { name: 'وام', forms: ['وكالة أنباء الإمارات', 'WAM'] },
  { name: 'كونا', forms: ['وكالة الأنباء الكويتية', 'KUNA'] },
  { name: 'قنا', forms: ['وكالة الأنباء القطرية', 'QNA'] },
  { name: 'بترا', forms: ['وكالة الأنباء الأردنية'] },
  { name: 'سانا', forms: ['وكالة الأنباء السورية', 'SANA'] },
  { name: 'وفا', forms: ['وكالة الأنباء الفلسطينية', 'WAFA'] },
  { name: 'أ ش أ', forms: ['وكالة أنباء الشرق الأوسط', 'MENA'] },
  { name: 'بنا', forms: ['وكالة أنباء البحرين', 'BNA'] },
  { name: 'العمانية', forms: ['وكالة الأنباء العمانية', 'ONA'] },
  { name: 'وات', forms: ['وكالة تونس أفريقيا للأنباء', 'TAP'] },
  { name: 'واج', forms: ['وكالة الأنباء الجزائرية', 'APS'] },
  { name: 'ومع', forms: ['وكالة المغرب العربي للأنباء', 'MAP'] },
  { name: 'سبأ', forms: ['وكالة الأنباء اليمنية'] },
  { name: 'إرنا', forms: ['وكالة الأنباء الإيرانية', 'IRNA'] },
  { name: 'تاس', forms: ['إيتار تاس', 'TASS'] },
  { name: 'شينخوا', forms: ['وكالة أنباء الصين الجديدة', 'Xinhua'] },
  { name: 'سبوتنيك', forms: ['Sputnik'] },
  { name: 'يو بي آي', forms: ['UPI'] },
  { name: 'إفي', forms: ['وكالة الأنباء الإسبانية', 'EFE'] },
  { name: 'كيودو', forms: ['Kyodo'] },
  { name: 'يونهاب', forms: ['Yonhap'] },
  { name: 'لانا', forms: ['وكالة الأنباء الليبية'] },
];
