/** What the light stem of the alignment layer (src/align/stem.ts) takes off a word, in the order it tries them. */
export interface StemEnding {
  /** The letters, folded (ة is written ه). */
  readonly ending: string;
  /**
   * `pronoun`: a pronoun glued to a noun or verb (أنقذهم، قواتها), taken first; `plural`: a plural or verb
   * ending (مشروعات، عاملون، أنقذوا), one of which is taken next; `final`: one letter taken when no plural
   * ending was (مشروعة، مدني، مشروعاً).
   */
  readonly role: 'pronoun' | 'plural' | 'final';
}

/**
 * Endings the stem takes off, each role tried in the order written: "أنقذتهم" loses هم (and the verb's
 * ت before it), "مشروعات" ات, "مشروعاً" its accusative ا.
 */
export const stemEndings: readonly StemEnding[] = [
  { ending: 'هم', role: 'pronoun' },
  { ending: 'ها', role: 'pronoun' },
  { ending: 'هن', role: 'pronoun' },
  { ending: 'كم', role: 'pronoun' },
  { ending: 'ات', role: 'plural' },
  { ending: 'ون', role: 'plural' },
  { ending: 'ين', role: 'plural' },
  { ending: 'وا', role: 'plural' },
  { ending: 'ه', role: 'final' },
  { ending: 'ي', role: 'final' },
  { ending: 'ا', role: 'final' },
  { ending: 'ء', role: 'final' },
];

/**
 * Long vowels and hamza seats, dropped after a word's first letter so that broken and sound plurals meet:
 * مشاريع and مشروع are مشرع, أشخاص and شخص شخص.
 */
export const stemVowels: readonly string[] = ['ا', 'و', 'ي', 'ء', 'ئ', 'ؤ'];
