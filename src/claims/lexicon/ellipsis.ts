/**
 * Words that leave a figure's counted noun unsaid because the sentence has just
 * said it: "ستة منهم في هندوراس", "وفاة ثلاثة آخرين", "20 محافظة من أصل 23".
 */

/** Words right after a figure that refer back to the noun counted before it: "ستة منهم", "ثلاثة آخرين". */
export const elisionAfter: readonly string[] = ['آخرين', 'آخرون', 'أخرى', 'أخريات', 'منهم', 'منها', 'منهن'];

/** Phrases right before a figure that take the noun of the figure before them: "20 محافظة من أصل 23". */
export const elisionBefore: readonly string[] = ['من أصل', 'من بين', 'من مجموع', 'من إجمالي'];
