/**
 * Words that leave a figure's counted noun unsaid because the sentence has just
 * said it: "ستة منهم في هندوراس", "وفاة ثلاثة آخرين", "20 محافظة من أصل 23".
 */

/** Words right after a figure that refer back to the noun counted before it: "ستة منهم", "ثلاثة آخرين". */
export const elisionAfter: readonly string[] = ['آخرين', 'آخرون', 'أخرى', 'أخريات', 'منهم', 'منها', 'منهن'];

/** Phrases right before a figure that take the noun of the figure before them: "20 محافظة من أصل 23". */
export const elisionBefore: readonly string[] = ['من أصل', 'من بين', 'من مجموع', 'من إجمالي'];

/**
 * Words right before a figure, with a pronoun of the noun just counted, that make the figure a part of that
 * count: "189 راكبا، من بينهم 33 تلقوا العلاج" (33 passengers), "مقتل 50 شخصا، منهم 20 في بغداد". Unlike
 * "من أصل", the part shares what happened to the whole (the 20 were killed too).
 */
export const partsBefore: readonly string[] = ['من بينهم', 'من بينهن', 'من بينها', 'بينهم', 'بينهن', 'بينها', 'منهم', 'منهن', 'منها'];

/**
 * Nouns of number: the noun after them is what a figure later in the clause
 * counts: "بلغ عدد القتلى 50", "ارتفعت حصيلة الضحايا إلى 73".
 */
export const countHeads: readonly string[] = ['عدد', 'أعداد', 'حصيلة', 'إجمالي', 'مجموع'];
