/**
 * Titles, ranks and roles that stand before a person's name: the name follows
 * ("العقيد مايلز كيغنز"), possibly after an affiliation ("العقيد في الجيش الأمريكي ريان ديلون").
 */
export const titleWords: readonly string[] = [
  'العقيد', 'الكولونيل', 'اللواء', 'الميجر جنرال', 'الجنرال', 'العميد', 'الرئيس', 'الوزير', 'الشيخ', 'السيد', 'السيدة',
  'الدكتور', 'المقدم', 'الرائد', 'النقيب', 'الفريق', 'المشير', 'الأدميرال', 'السفير', 'النائب', 'المبعوث', 'الأمير',
  'الملك', 'المستشار', 'القائد', 'الكابتن', 'الليفتنانت',
];

/** Words that join the parts of an Arabic name: أبو بكر، بن لادن، عبد الله. */
export const nameJoiners: readonly string[] = ['أبو', 'بن', 'ابن', 'عبد'];
