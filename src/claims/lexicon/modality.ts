import type { Modality } from '../../model.js';

/** A word or phrase before a figure that says the text does not simply assert it. */
export interface ModalityCue {
  /** The words, in careful spelling. A glued و/ف is allowed. */
  readonly phrase: string;
  /** What it makes of the figure after it. */
  readonly modality: Exclude<Modality, 'asserted'>;
  /** The cue counts only before a verb in the present: قد يصل "may reach", but قد وصل "has reached". */
  readonly beforePresent?: boolean;
}

/**
 * Cues of denial, projection and hedging, read in the claim's sentence before
 * it: "نفى الجيش مقتل 300" (denied), "من المتوقع أن يصل العدد إلى 500"
 * (projected), "قد يصل عدد الضحايا إلى 100" (hedged).
 */
export const modalityCues: readonly ModalityCue[] = [
  ...['نفى', 'نفت', 'ينفي', 'تنفي', 'نفوا', 'لم', 'عدم', 'لا يوجد', 'لا توجد', 'ليس هناك', 'ليست هناك', 'لا صحة'].map((phrase) => ({ phrase, modality: 'denied' as const })),
  ...[
    'من المتوقع', 'المتوقع', 'يتوقع', 'تتوقع', 'توقع', 'توقعت', 'يتوقعون', 'توقعات', 'تعتزم', 'يعتزم', 'تخطط', 'يخطط', 'تنوي', 'ينوي',
    'من المقرر', 'المقرر', 'من المرتقب', 'يرتقب', 'تستهدف', 'يستهدف', 'تهدف', 'يهدف', 'سوف', 'تأمل', 'يأمل', 'تسعى', 'يسعى', 'خطة',
  ].map((phrase) => ({ phrase, modality: 'projected' as const })),
  { phrase: 'قد', modality: 'hedged', beforePresent: true },
  ...['ربما', 'يعتقد', 'يرجح', 'من المرجح', 'يحتمل', 'من المحتمل', 'يشتبه', 'يخشى', 'يبدو', 'على ما يبدو'].map((phrase) => ({ phrase, modality: 'hedged' as const })),
];

/**
 * Verbs in the present that, with the future prefix س ("سيصل", "ستبلغ"), project
 * the figure they govern. The engine writes the prefixed forms for him and her
 * (سيصل، ستصل) from each entry.
 */
export const futureVerbs: readonly string[] = [
  'يصل', 'يبلغ', 'يرتفع', 'ينخفض', 'يتراجع', 'يتجاوز', 'يزيد', 'يكون', 'ينمو', 'يحقق', 'يستثمر', 'يبني', 'ينفق', 'يضخ', 'ينتج',
  'يحصل', 'يخصص', 'يوفر', 'يضم', 'يستقبل', 'يشارك', 'يدفع', 'يتلقى', 'يقدم', 'يستمر', 'يتم', 'يخلق', 'ينشئ', 'يطلق', 'يشمل',
  'يخفض', 'يقلص', 'يرفع', 'يضاعف', 'يسحب', 'ينشر', 'يرسل',
  // Verbs a price, a remainder or a cost takes: "الذي سيباع بسعر 299 دولارا"، "سيتبقى أقل من مليار متر مكعب".
  'يباع', 'يتبقى', 'يبقى', 'يصبح', 'يتخطى', 'يسجل', 'يتضاعف', 'يتراوح', 'يكلف', 'يستغرق', 'يتطلب',
];

/** Words after a negation that restrict rather than deny: "لم يتبق سوى 3000" asserts 3000. */
export const exceptionWords: readonly string[] = ['سوى', 'إلا', 'غير'];
