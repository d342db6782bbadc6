import { compiledOnce } from '../text/lexicon.js';
import { requireOptions, requireString } from '../text/validate.js';
import { nameKeys, type NameKeys, type NameOptions } from './normalize.js';

/** The names tables compiled for similarity: consonant groups, cheap swaps, distinguishing words, known entities. */
interface SimilarityTables {
  readonly keys: NameKeys;
  /** Letter → the first letter of its consonant group (G as غ/ج/ق/گ, ت/ط …). */
  readonly groupOf: ReadonlyMap<string, string>;
  /** Cheap letter pairs, in both orders. */
  readonly cheap: ReadonlySet<string>;
  /** Keys of words that make names different places or bodies. */
  readonly distinguishing: ReadonlySet<string>;
  /** Keys of the gazetteer's entities: a known entity matches other names only through its aliases. */
  readonly known: ReadonlySet<string>;
}

const similarityTables = compiledOnce((fn, input): SimilarityTables => {
  const keys = nameKeys(fn, input);
  const { tables } = keys;
  const groupOf = new Map<string, string>();
  for (const group of tables.consonantGroups) for (const letter of group) groupOf.set(letter, group[0]!);
  return {
    keys,
    groupOf,
    cheap: new Set(tables.cheapSubstitutions.flatMap((p) => [p, `${p[1]}${p[0]}`])),
    distinguishing: new Set(tables.distinguishingWords.map((w) => keys.key(w))),
    known: new Set(tables.gazetteer.map((e) => keys.key(e.canonical))),
  };
});

const consonantSkeleton = (t: SimilarityTables, token: string): string => [...token].map((c) => t.groupOf.get(c) ?? c).join('');

/**
 * Restricted Damerau–Levenshtein distance, weighted: letters of one consonant
 * group or a cheap pair cost 0.3 to swap, anything else 1; an adjacent
 * transposition (كيغنز / كينغز) costs 1.
 */
function distance(t: SimilarityTables, a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const x = a[i - 1]!;
      const y = b[j - 1]!;
      const substitution = x === y ? 0 : (t.groupOf.get(x) ?? x) === (t.groupOf.get(y) ?? y) || t.cheap.has(x + y) ? 0.3 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + substitution);
      if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[n]![m]!;
}

/**
 * How alike two tokens of a key are: 1 when their consonant skeletons are equal,
 * 0.85 for one transposition (tokens of four letters or more) or one other edit
 * (five letters or more), else 0. Short tokens get no edits: كيري/كيلي and
 * الرقة/الرقعة stay apart.
 */
function tokenSimilarity(t: SimilarityTables, a: string, b: string): number {
  if (a === b || consonantSkeleton(t, a) === consonantSkeleton(t, b)) return 1;
  const shortest = Math.min(a.length, b.length);
  const d = distance(t, a, b);
  if (d <= 0.6 && shortest >= 3) return 0.9;
  const transposition = a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
  if (d <= 1 && ((transposition && shortest >= 4) || shortest >= 5)) return 0.85;
  return 0;
}

/**
 * How likely two names are to name the same entity, from 0 to 1.
 *
 * A cascade, from surest to loosest:
 * 1. equal keys ({@link normalizeEntityName}: spelling, titles, article, long
 *    vowels, gazetteer aliases) → 1;
 * 2. names whose words pair up one to one, each pair equal up to the
 *    consonants transliterators choose differently (غوتيريش / جوتيريش، غوغل /
 *    جوجل; ت/ط، س/ص، ز/ذ/ظ، د/ض) → 1, a cheap letter swap (ك/ق) → 0.9, one typo or
 *    transposition in words long enough to carry it (كيغنز / كينغز) → 0.85, an
 *    initial for a first name (م. كيغنز) → 0.8;
 * 3. a single word that is the last word of the other name, a surname alone
 *    (كيغنز ↔ مايلز كيغنز) → 0.85, unless either is a gazetteer entity (known
 *    places and bodies match through their aliases only);
 * 4. anything else → 0.
 *
 * A word that distinguishes places (جنوب، الشمالية …) present in one name and not
 * the other makes them different whatever else matches (السودان ≠ جنوب السودان).
 * Two full names with different first names are different people (دونالد ترامب ≠
 * إيفانكا ترامب); the cost is that a surname alone matches every bearer of it.
 *
 * @param a - A name as written.
 * @param b - Another name as written.
 * @param options - `lexicon`: tables that extend the built-in gazetteer, titles and letter groups.
 * @returns A score in [0, 1]; {@link sameEntity} uses 0.8 as its threshold.
 * @throws TypeError when a name is not a string, or a table entry is malformed.
 *
 * @example
 * ```ts
 * entitySimilarity('غوتيريش', 'جوتيريش'); // 1: غ and ج both write G
 * entitySimilarity('كيغنز', 'كينغز');     // 0.85: one transposition
 * entitySimilarity('جون كيري', 'جون كيلي'); // 0
 * ```
 */
export function entitySimilarity(a: string, b: string, options?: NameOptions): number {
  return similarity('entitySimilarity', a, b, options);
}

function similarity(fn: string, a: string, b: string, options: NameOptions | undefined): number {
  requireString(a, fn, 'a');
  requireString(b, fn, 'b');
  requireOptions(options, fn);
  const t = similarityTables(fn, options?.lexicon);
  const ka = t.keys.key(a);
  const kb = t.keys.key(b);
  if (ka === '' || kb === '') return 0;
  if (ka === kb) return 1;
  const ta = ka.split(' ');
  const tb = kb.split(' ');
  const marked = (ts: string[], other: string[]): boolean => ts.some((w) => t.distinguishing.has(w) && !other.includes(w));
  if (marked(ta, tb) || marked(tb, ta)) return 0;
  if (ta.length === tb.length) {
    let score = 1;
    for (let i = 0; i < ta.length; i++) {
      const x = ta[i]!;
      const y = tb[i]!;
      // "م. كيغنز" ↔ "مايلز كيغنز": an initial stands for a first name, never for the last.
      const initial = i < ta.length - 1 && ((x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y)));
      score = Math.min(score, initial ? 0.8 : tokenSimilarity(t, x, y));
    }
    return score;
  }
  const [short, long] = ta.length < tb.length ? [ta, tb] : [tb, ta];
  // A surname alone names a person; a known place or body is not named by its last word (وكالة كل العراق ≠ العراق).
  if (t.known.has(ka) || t.known.has(kb)) return 0;
  return short.length === 1 ? Math.min(0.85, tokenSimilarity(t, short[0]!, long[long.length - 1]!)) : 0;
}

/**
 * True when two names very likely name the same person, body or place:
 * {@link entitySimilarity} of 0.8 or more.
 *
 * @param a - A name as written.
 * @param b - Another name as written.
 * @param options - `lexicon`: tables that extend the built-in gazetteer, titles and letter groups.
 * @throws TypeError when a name is not a string, or a table entry is malformed.
 *
 * @example
 * ```ts
 * sameEntity('كيغنز', 'كينغز');             // true: a transposition
 * sameEntity('كيغنز', 'العقيد مايلز كيغنز'); // true: the surname alone
 * sameEntity('جون كيري', 'جون كيلي');       // false
 * ```
 */
export function sameEntity(a: string, b: string, options?: NameOptions): boolean {
  return similarity('sameEntity', a, b, options) >= 0.8;
}
