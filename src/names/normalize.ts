import { withoutCliticsBeforeArticle } from '../text/clitics.js';
import { compiledOnce } from '../text/lexicon.js';
import { createShadow } from '../text/shadow.js';
import { requireOptions, requireString } from '../text/validate.js';
import { mergeNamesTables, type NamesLexiconInput, type NamesTables } from './lexicon.js';

const nonNameCharacters = /[\p{P}\p{S}\d]/gu;
const longVowels = new Set(['ا', 'و', 'ي']);

/** Folds and cleans a name into words: letters folded, punctuation and quotes gone, glued words split. */
export function nameWords(name: string): string[] {
  const folded = createShadow(name).text.replace(nonNameCharacters, ' ');
  const out: string[] = [];
  for (const raw of folded.split(/\s+/u)) {
    if (raw === '') continue;
    // A clitic before the article (والجيش، بالعراق، للصحيفة) is not part of the name.
    const word = withoutCliticsBeforeArticle(raw);
    // Words glued by a missing space: الولاياتالمتحدة → الولايات المتحدة.
    const glued = word.indexOf('ال', 3);
    if (glued >= 3 && word.length - glued - 2 >= 3) {
      out.push(word.slice(0, glued), word.slice(glued));
      continue;
    }
    out.push(word);
  }
  return out;
}

/** A word without its article and without the long vowels inside it (رايان → رن، البيشمركة → بشمركه). */
function skeletonWord(word: string): string {
  const bare = word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
  if (bare.length <= 2) return bare;
  let out = bare[0]!;
  for (let i = 1; i < bare.length - 1; i++) if (!longVowels.has(bare[i]!)) out += bare[i];
  return out + bare[bare.length - 1]!;
}

/** Most characters of names a key memo holds before it starts afresh (about 4 MB of strings). */
const MEMO_CHARACTERS = 1_000_000;

/** The names tables compiled for keys: folded titles, alias keys, and a memo of keys already made. */
export class NameKeys {
  /** The tables it was compiled from. */
  readonly tables: NamesTables;
  private readonly titles: readonly (readonly string[])[];
  private readonly aliasKeys = new Map<string, string>();
  // News repeats its names, and every claim asks for two: keys already made, bounded by their total length.
  private readonly memo = new Map<string, string>();
  private memoCharacters = 0;

  constructor(tables: NamesTables) {
    this.tables = tables;
    this.titles = tables.titleWords.map((t) => nameWords(t)).sort((a, b) => b.length - a.length);
    for (const entry of tables.gazetteer) {
      const canonical = this.rawKey(entry.canonical);
      this.aliasKeys.set(canonical, canonical);
      for (const alias of entry.aliases) {
        const key = this.rawKey(alias);
        if (!this.aliasKeys.has(key)) this.aliasKeys.set(key, canonical);
      }
    }
  }

  /** Removes titles, ranks and roles in front of a name: العقيد، الميجر جنرال، الرئيس … */
  withoutTitles(ws: readonly string[]): readonly string[] {
    let i = 0;
    for (;;) {
      const title = this.titles.find((t) => t.every((w, k) => ws[i + k] === w));
      if (!title || i + title.length >= ws.length) return ws.slice(i);
      i += title.length;
    }
  }

  private rawKey(name: string): string {
    return this.withoutTitles(nameWords(name)).map(skeletonWord).join(' ');
  }

  /** The entity key of `name` (see {@link normalizeEntityName}). */
  key(name: string): string {
    let key = this.memo.get(name);
    if (key === undefined) {
      const raw = this.rawKey(name);
      key = this.aliasKeys.get(raw) ?? raw;
      this.memoCharacters += name.length + key.length;
      if (this.memoCharacters > MEMO_CHARACTERS) {
        this.memo.clear();
        this.memoCharacters = name.length + key.length;
      }
      this.memo.set(name, key);
    }
    return key;
  }
}

/** The name keys of the built-in tables, or of a caller's `lexicon`, compiled once per table object. */
export const nameKeys: (fn: string, lexicon: unknown) => NameKeys = compiledOnce((fn, input) => new NameKeys(mergeNamesTables(fn, input)));

/** Options of the entity-name functions. */
export interface NameOptions {
  /**
   * Tables that extend or replace the built-in names tables: more gazetteer
   * entries (`{ gazetteer: [{ canonical: 'حزب الله', aliases: ['الحزب'], type: 'organization' }] }`),
   * titles, distinguishing words. See `Lexicon`.
   */
  lexicon?: NamesLexiconInput;
}

/**
 * A canonical key for a name of a person, body or place: names that differ only
 * in how they are written get the same key.
 *
 * Folds hamza and alef forms, ى/ي, ة/ه, diacritics, tatweel and Persian letters;
 * drops quotes, brackets and punctuation; splits words glued together
 * (الولاياتالمتحدة); removes titles, ranks and roles in front (العقيد، الميجر جنرال،
 * الرئيس …), a clitic before the article (والجيش) and the article itself; drops the
 * long vowels inside each word, which transliterations of foreign names add or omit
 * (ريان/رايان، فيليكس/فيلكس، البشمركة/البيشمركة); and maps aliases from the
 * gazetteer to one key (داعش = تنظيم الدولة الإسلامية; سوريا = سورية).
 *
 * The key is for matching, not display. Dropping long vowels also joins a few
 * native names that differ only in them (سعيد/سعد): check such pairs with
 * {@link sameEntity}'s context or a gazetteer entry.
 *
 * @param name - A name as written, with or without title and article.
 * @param options - `lexicon`: tables that extend the built-in gazetteer and titles.
 * @returns The key; an empty string for a string with no letters.
 * @throws TypeError when `name` is not a string, or a table entry is malformed.
 *
 * @example
 * ```ts
 * normalizeEntityName('العقيد “ريان ديلون”') === normalizeEntityName('رايان ديلون'); // true
 * normalizeEntityName('تنظيم «الدولة الإسلامية»') === normalizeEntityName('داعش');  // true
 * ```
 */
export function normalizeEntityName(name: string, options?: NameOptions): string {
  requireString(name, 'normalizeEntityName', 'name');
  requireOptions(options, 'normalizeEntityName');
  return nameKeys('normalizeEntityName', options?.lexicon).key(name);
}
