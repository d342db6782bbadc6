/**
 * The names layer's part of the `Lexicon`: which entities are known under which
 * names, the titles that stand before a name, and the letters transliterators
 * write differently. The engine
 * compiles them once per table object (`normalize.ts`, `similarity.ts`).
 */
import { listOf, mergeTables, oneOf, phrase, record, type TableChecks, type TablesInput } from '../text/lexicon.js';
import { cheapSubstitutions, consonantGroups, distinguishingWords, gazetteer, genericHeads, type GazetteerEntry } from './gazetteer.js';
import { nameJoiners, titleWords } from './titles.js';

/** The tables of the names layer. */
export interface NamesTables {
  /** Entities known under several names: `{ canonical: 'داعش', aliases: ['تنظيم الدولة الإسلامية'], type: 'organization' }`. */
  readonly gazetteer: readonly GazetteerEntry[];
  /** Titles, ranks and roles before a person's name: العقيد، الوزير، الشيخ. */
  readonly titleWords: readonly string[];
  /** Words that make two otherwise equal names different: جنوب السودان is not السودان. */
  readonly distinguishingWords: readonly string[];
  /** Groups of letters that transliterations use for one sound (غ/ج/ق for G). */
  readonly consonantGroups: readonly string[];
  /** Pairs of letters that cost little to swap between two spellings (ك/ق). */
  readonly cheapSubstitutions: readonly string[];
  /** Heads that name no particular body on their own (التنظيم، الحكومة). */
  readonly genericHeads: readonly string[];
  /** Words that join the parts of an Arabic name: أبو بكر، بن لادن، عبد الله. */
  readonly nameJoiners: readonly string[];
}

/** The built-in tables of the names layer. */
export const namesTables: NamesTables = { gazetteer, titleWords, distinguishingWords, consonantGroups, cheapSubstitutions, genericHeads, nameJoiners };

const letterGroup = (min: number) => (v: unknown) =>
  typeof v === 'string' && [...v].length >= min && !/\s/u.test(v) ? null : `must be a string of at least ${min} letters without spaces, got ${JSON.stringify(v)}`;

/** Checks of each table's entries where they enter. */
export const namesChecks: TableChecks<NamesTables> = {
  gazetteer: record({ canonical: phrase, aliases: listOf(phrase), type: oneOf(['person', 'organization', 'place']) }),
  titleWords: phrase,
  distinguishingWords: phrase,
  consonantGroups: letterGroup(2),
  cheapSubstitutions: (v) => (typeof v === 'string' && [...v].length === 2 ? null : `must be a pair of two letters, got ${JSON.stringify(v)}`),
  genericHeads: phrase,
  nameJoiners: phrase,
};

/** Tables of the names layer a caller extends or replaces. */
export type NamesLexiconInput = TablesInput<NamesTables>;

/** The names tables with a caller's changes merged in and checked. */
export function mergeNamesTables(fn: string, input: unknown): NamesTables {
  return mergeTables(fn, namesTables, input, namesChecks);
}
