/**
 * The `Lexicon`: every word the library knows, as typed tables, one part per
 * layer. Each layer reads only its own part and the parts below it, so a
 * numbers-only import carries only the number tables; this module assembles
 * the whole for those who want to read or extend all of it.
 *
 * A caller changes tables by passing `{ lexicon }` to the functions that read
 * them (`createClaimExtractor`, `findDates`, `findEntityMentions`,
 * `normalizeEntityName`, `sameEntity`, `entitySimilarity`): entries in an array
 * are added before the built-in ones, `{ replace: [...] }` replaces a table.
 * Entries are checked where they enter; a malformed one is a TypeError naming
 * the function, the table and the entry.
 *
 * @example
 * ```ts
 * import { createClaimExtractor, defaultLexicon } from 'arabic-claims';
 * const extractor = createClaimExtractor({
 *   lexicon: {
 *     countUnits: [{ lemma: 'مسيرة', kind: 'count', forms: ['مسيرات'] }],      // added
 *     vagueQuantities: { replace: defaultLexicon.vagueQuantities.filter((v) => v.phrase !== 'بضع') }, // replaced
 *   },
 * });
 * ```
 */
import { alignTables, type AlignTables } from './align/lexicon.js';
import { claimsTables, type ClaimsTables } from './claims/lexicon.js';
import { datesTables, type DatesTables } from './dates/lexicon.js';
import { namesTables, type NamesTables } from './names/lexicon.js';
import { numbersTables, type NumbersTables } from './numbers/lexicon.js';
import { syntaxTables, type SyntaxTables } from './syntax/lexicon.js';
import type { TablesInput } from './text/lexicon.js';

/** Every table of the library, by name. */
export interface Lexicon extends NumbersTables, NamesTables, SyntaxTables, DatesTables, ClaimsTables, AlignTables {}

/** A caller's changes to any tables: each given table extends (array) or replaces (`{ replace }`) the built-in one. */
export type LexiconInput = TablesInput<Lexicon>;

/** The built-in tables, for reading and for building replacements. */
export const defaultLexicon: Lexicon = /* @__PURE__ */ (() => ({ ...numbersTables, ...namesTables, ...syntaxTables, ...datesTables, ...claimsTables, ...alignTables }))();
