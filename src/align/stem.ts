/**
 * A light stem for matching counted nouns and the words of subjects, so that
 * singular and plural are one: مشروع، مشروعات، مشاريع، مشروعاً → مشرع;
 * أشخاص، شخص → شخص; قتيل، قتلى → قتل; مدني، مدنيين → مدن.
 *
 * Steps, on a folded word without its article: a pronoun suffix (أنقذهم → أنقذ);
 * one suffix (the plurals ات/ون/ين and the verb's وا, or a final ة، ي، accusative ا, hamza); the أفعال plural's first alef
 * (أشخاص → شخاص); then the long vowels and hamza seats after the first letter.
 * The endings and vowels are the tables `stemEndings` and `stemVowels` (src/align/lexicon/stems.ts).
 * It is a key for matching, never shown: two different nouns that differ only in
 * their long vowels meet (طالب/طلب), which the other parts of a fact still tell apart.
 */
import { withoutArticle } from '../text/clitics.js';
import { createShadow } from '../text/shadow.js';
import type { StemEnding } from './lexicon/stems.js';

/** Shortest stem a step may leave. */
const MIN_STEM = 2;

/** The stem tables, folded, in the order each step tries them. */
export interface Stemmer {
  /** Pronouns glued to the end of a noun or verb: أنقذهم، قواتها، عناصره. */
  readonly pronouns: readonly string[];
  readonly plurals: readonly string[];
  /** Single letters taken off when no plural ending was. */
  readonly finals: ReadonlySet<string>;
  /** Long vowels and hamza seats, dropped after the first letter. */
  readonly vowels: ReadonlySet<string>;
}

/** Any text folded as the shadow folds it (letter forms, diacritics, presentation forms): safe on every string. */
export const fold = (text: string): string => createShadow(text).text;

/** The stemmer of the tables `stemEndings` and `stemVowels`. */
export function stemmerOf(endings: readonly StemEnding[], vowels: readonly string[]): Stemmer {
  const of = (role: StemEnding['role']): string[] => [...new Set(endings.filter((e) => e.role === role).map((e) => fold(e.ending)))];
  return { pronouns: of('pronoun'), plurals: of('plural'), finals: new Set(of('final')), vowels: new Set(vowels.map(fold)) };
}

/** The stem of one folded word. */
export function stemWord(folded: string, stemmer: Stemmer): string {
  let w = withoutArticle(folded);
  const pronoun = stemmer.pronouns.find((s) => w.endsWith(s));
  if (pronoun && w.length - pronoun.length >= MIN_STEM + 1) {
    w = w.slice(0, -pronoun.length);
    // A verb before its pronoun: أنقذتهم → أنقذت → أنقذ.
    if (w.endsWith('ت') && w.length >= MIN_STEM + 2) w = w.slice(0, -1);
  }
  const plural = stemmer.plurals.find((s) => w.endsWith(s));
  if (plural && w.length - plural.length >= MIN_STEM) w = w.slice(0, -plural.length);
  else if (w.length - 1 >= MIN_STEM && stemmer.finals.has(w[w.length - 1]!)) w = w.slice(0, -1);
  // أفعال: أشخاص، أطفال، أرباح.
  if (w.length >= 5 && w[0] === 'ا' && w[w.length - 2] === 'ا') w = w.slice(1);
  let core = w[0] ?? '';
  for (let i = 1; i < w.length; i++) if (!stemmer.vowels.has(w[i]!)) core += w[i];
  return core.length >= MIN_STEM ? core : w;
}

/** The stem of a phrase, word by word: ميل بحري، صالة سينما. */
export function stemPhrase(text: string, stemmer: Stemmer): string {
  return fold(text)
    .split(/\s+/u)
    .filter((w) => w !== '')
    .map((w) => stemWord(w, stemmer))
    .join(' ');
}
