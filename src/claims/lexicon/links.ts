/**
 * The function words the claim rules read by their role, and the nouns a kind of claim is
 * counted in when no unit is written beside its figure. One record per word, as the dates
 * layer's `dateLinkWords`.
 */
import type { RoleWord } from '../../text/lexicon.js';

/** What a function word does for the claim rules. */
export type ClaimLinkRole = 'of' | 'in' | 'against' | 'thatIs';

/** A function word and its role: `{ word: 'من', role: 'of' }`. */
export type ClaimLinkWord = RoleWord<ClaimLinkRole>;

/**
 * The function words of the claim rules, one role each:
 * - `of`, the partitive and "of" between a figure and what it counts: "اثنان من الجنود"
 *   (a count of soldiers, not a pair), "عشرات من المدنيين", "من الدرجة الرابعة", "45 كيلومترا
 *   من العاصمة" (a distance from a place, not a unit of "العاصمة");
 * - `in`, between a figure and its time: "في عام 2019";
 * - `against`, between the two sides of a score written as nouns: "بثلاثية مقابل هدف";
 * - `thatIs`, the writer's restatement in brackets: "11 مليون باوند (أي 5500 طن)".
 */
export const claimLinkWords: readonly ClaimLinkWord[] = [
  { word: 'من', role: 'of' },
  { word: 'في', role: 'in' },
  { word: 'مقابل', role: 'against' },
  { word: 'أي', role: 'thatIs' },
];

/** The kinds of claim whose figure is counted in a noun the rules know without a unit table: an age, a score, a temperature below zero. */
export type KindUnitKind = 'age' | 'score' | 'temperature';

/** The noun a kind of claim is counted in: `{ kind: 'age', noun: 'عام' }`. */
export interface KindUnit {
  /** The kind of claim: `'age'`. */
  readonly kind: KindUnitKind;
  /** The noun in the singular, as the claim's unit writes it. */
  readonly noun: string;
}

/**
 * Nouns the claims of a kind are counted in: an age in years whatever the text writes ("45
 * عاماً"، "(47 سنة)"، "في السادسة من العمر" are all عام, so that two outlets' ages meet), a
 * football score in goals ("فاز بثلاثية"، "2 - 1"), a figure below zero with no unit in degrees
 * Celsius ("2 تحت الصفر"). A caller's entry for a kind comes first and wins.
 */
export const kindUnits: readonly KindUnit[] = [
  { kind: 'age', noun: 'عام' },
  { kind: 'score', noun: 'هدف' },
  { kind: 'temperature', noun: 'درجة مئوية' },
];

/** Time units a length per which is a speed: "120 كيلومتراً في الساعة". */
export const speedTimeUnits: readonly string[] = ['ساعة', 'ثانية', 'دقيقة'];

/** Prepositions a bound phrase may end in, before which a filler may stand: "يقل عن"، "يزيد على"، "أكثر من". */
export const boundPrepositions: readonly string[] = ['عن', 'على', 'من'];
