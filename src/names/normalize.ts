import { titleWords } from './titles.js';
import { requireString } from '../text/require-string.js';
import { createShadow } from '../text/shadow.js';
import { gazetteer } from './gazetteer.js';

const nonNameCharacters = /[\p{P}\p{S}\d]/gu;
const clitics = new Set(['و', 'ب', 'ف', 'ل', 'ك']);
const longVowels = new Set(['ا', 'و', 'ي']);

/** Folds and cleans a name into words: letters folded, punctuation and quotes gone, glued words split. */
function words(name: string): string[] {
  const folded = createShadow(name).text.replace(nonNameCharacters, ' ');
  const out: string[] = [];
  for (let word of folded.split(/\s+/u)) {
    if (word === '') continue;
    // A clitic before the article (والجيش، بالعراق، للصحيفة) is not part of the name.
    if (word.length > 3 && clitics.has(word[0]!) && word.startsWith('ال', 1)) word = word.slice(1);
    else if (word.startsWith('لل') && word.length > 3) word = `ا${word.slice(1)}`;
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

const foldedTitles = titleWords.map((t) => words(t)).sort((a, b) => b.length - a.length);

/** Removes titles, ranks and roles in front of a name: العقيد، الميجر جنرال، الرئيس … */
function withoutTitles(ws: string[]): string[] {
  let i = 0;
  for (;;) {
    const title = foldedTitles.find((t) => t.every((w, k) => ws[i + k] === w));
    if (!title || i + title.length >= ws.length) return ws.slice(i);
    i += title.length;
  }
}

/** A word without its article and without the long vowels inside it (رايان → رن، البيشمركة → بشمركه). */
function skeletonWord(word: string): string {
  const bare = word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
  if (bare.length <= 2) return bare;
  let out = bare[0]!;
  for (let i = 1; i < bare.length - 1; i++) if (!longVowels.has(bare[i]!)) out += bare[i];
  return out + bare[bare.length - 1]!;
}

function keyOf(ws: readonly string[]): string {
  return ws.map(skeletonWord).join(' ');
}

/** Alias keys to canonical keys, built once from the gazetteer. */
const aliasKeys: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (const entry of gazetteer) {
    const canonical = keyOf(withoutTitles(words(entry.canonical)));
    map.set(canonical, canonical);
    for (const alias of entry.aliases) map.set(keyOf(withoutTitles(words(alias))), canonical);
  }
  return map;
})();

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
 * @returns The key; an empty string for a string with no letters.
 * @throws TypeError when `name` is not a string.
 *
 * @example
 * ```ts
 * normalizeEntityName('العقيد “ريان ديلون”') === normalizeEntityName('رايان ديلون'); // true
 * normalizeEntityName('تنظيم «الدولة الإسلامية»') === normalizeEntityName('داعش');  // true
 * ```
 */
export function normalizeEntityName(name: string): string {
  requireString(name, 'normalizeEntityName');
  let key = memo.get(name);
  if (key === undefined) {
    const raw = keyOf(withoutTitles(words(name)));
    key = aliasKeys.get(raw) ?? raw;
    if (memo.size >= memoLimit) memo.clear();
    memo.set(name, key);
  }
  return key;
}

/** Keys of names already seen: news repeats its names, and every claim asks for two. */
const memo = new Map<string, string>();
const memoLimit = 10_000;
