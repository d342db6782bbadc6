/**
 * Who asserts a figure: the noun phrase after a reporting verb (قال المتحدث …),
 * after an attribution (بحسب، وفق، نقلت … عن), before a headline colon
 * ("التحالف: …", but not a place: "المكسيك: …"), or before a verb that follows its
 * subject ("التحالف الدولي يكشف"). A name after a title or role wins over the
 * description (العقيد مايلز كيغنز → مايلز كيغنز); a document speaks with its author
 * ("بيانات مجلس التنمية الاقتصادية"، "دراسة أجراها مكتب الإحصاءات"); a verb with no
 * subject of its own (وأضاف أن) keeps the last speaker, but a verb of record or an
 * impersonal one (وسجل 23 هدفاً، ويتوقع أن) keeps no one. A source the speaker cites or
 * is relayed by (بحسب ما نقلت وكالة الأناضول) does not speak over the speaker.
 *
 * One rule per file under `speakers/`: where a text names who speaks (`find`), the
 * words of a speaker phrase (`reader`), what they name (`choose`), a phrase that
 * names no one (`description`), direct speech (`quotations`), the agency that signs
 * an article (`signature`), and which mention a figure belongs to (`speaker-index`).
 */
export type { SpeakerMention, SpeakerRange } from './speakers/types.js';
export { speakerMentionsOf } from './speakers/find.js';
export { quotationsOf } from './speakers/quotations.js';
export { signatureOf } from './speakers/signature.js';
export { SpeakerIndex } from './speakers/speaker-index.js';
