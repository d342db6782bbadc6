/**
 * Proclitics: the one-letter words Arabic writes glued to the next word, and
 * the article. Every layer strips them through this module, so that "a word
 * behind a clitic" means the same thing everywhere.
 *
 *   وقال = و + قال        (conjunction)
 *   بالعراق = ب + ال + عراق (preposition, article)
 *   للصحيفة = ل + ال + صحيفة, written لل
 *
 * All forms are in folded spelling (see `foldWord`).
 */

/** The conjunction و "and" alone: it joins coordinated words and the two ends of a range (وقال، بين 5 و8). */
export const conjunctionAnd = 'و';

/** The conjunction ف glued before a word: فالجيش. */
export const conjunctionFa = 'ف';

/** Conjunctions written glued to the next word: و "and", ف "so". */
export const conjunctionClitics = conjunctionAnd + conjunctionFa;

/** The preposition ب "with, in, per" alone: "مرة بالأسبوع". */
export const prepositionBi = 'ب';

/** The preposition ل "for, to" alone: "لسنوات"، "لأبي الحسن". */
export const prepositionLi = 'ل';

/** The preposition ك "as, like" alone: "كرئيس". */
export const prepositionKa = 'ك';

/** Prepositions written glued to the next word: ب "with/in", ل "for/to", ك "as". */
export const prepositionClitics = prepositionBi + prepositionLi + prepositionKa;

/** Every one-letter clitic glued before a word: a conjunction or a preposition (و ف ب ل ك). */
export const wordClitics = conjunctionClitics + prepositionClitics;

/** The future prefix س glued to a verb: "ستتجاوز" (it will exceed). */
export const futureClitic = 'س';

/** The definite article. */
export const article = 'ال';

/** ل + ال as it is written, the article's alef dropped: للعام، للصحيفة. */
export const liArticle = 'لل';

/**
 * The clitics before a noun or a name but ك "as": و، ف، ب، ل (وأبو، بالأسبوع، لمدينة). ك
 * opens as many words as it glues to (كانون، كوريا، كابول), so the layers that strip a clitic
 * to find a listed word leave it out.
 */
export const cliticsButKaf = conjunctionClitics + prepositionBi + prepositionLi;

/**
 * Every proclitic prefix a word can carry, longest first: a conjunction, then a
 * preposition, then the article (وبال، فلل، وال، بـ …). ل + ال is written لل.
 * Derived from the letters above, never listed by hand.
 */
export const proclitics: readonly string[] = /* @__PURE__ */ (() => {
  const out = new Set<string>();
  for (const conj of ['', ...conjunctionClitics]) {
    for (const prep of ['', ...prepositionClitics]) {
      for (const art of ['', article]) {
        if (conj === '' && prep === '' && art === '') continue;
        out.add(prep === prepositionLi && art === article ? `${conj}${liArticle}` : `${conj}${prep}${art}`);
      }
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
})();

/** The prefixes of {@link proclitics} that end in the article (ال، وال، بال، لل، ولل …). */
export const definitePrefixes: ReadonlySet<string> = /* @__PURE__ */ new Set(proclitics.filter((p) => p.endsWith(article) || p.endsWith(liArticle)));

/** Smallest stem a clitic may leave: و before a one-letter word is the word itself. */
const MIN_STEM = 2;

/** True when UTF-16 code `code` is one of the one-letter clitics in `letters`. */
function isLetterOf(letters: string, code: number): boolean {
  for (let i = 0; i < letters.length; i++) if (letters.charCodeAt(i) === code) return true;
  return false;
}

/**
 * True when `word` starts with one of the one-letter clitics in `letters` (وقال with و، ف), compared
 * by char code: the layers ask this of most words of a text, and no one-letter string is made.
 */
export function startsWithLetterOf(letters: string, word: string): boolean {
  return word.length > 0 && isLetterOf(letters, word.charCodeAt(0));
}

/**
 * The length of the prefix of {@link definitePrefixes} that `word` starts with, or 0. Read
 * letter by letter in the order the prefixes are built (a conjunction, then a preposition, then
 * the article, ل + ال written لل) rather than by trying every prefix: no two prefixes start
 * alike, and the layers ask this of most words of a text. والجيش → 3 (وال), للصحيفة → 2 (لل),
 * لاعب → 0 (لا is no ل + ال).
 */
function definitePrefixLength(word: string): number {
  const alef = article.charCodeAt(0);
  const lam = article.charCodeAt(1);
  let i = isLetterOf(conjunctionClitics, word.charCodeAt(0)) ? 1 : 0;
  const letter = word.charCodeAt(i);
  if (letter === lam) return word.charCodeAt(i + 1) === lam ? i + 2 : 0;
  if (isLetterOf(prepositionClitics, letter)) i++;
  return word.charCodeAt(i) === alef && word.charCodeAt(i + 1) === lam ? i + 2 : 0;
}

/**
 * Where the article's alef stands in folded `word` (after its clitics), or -1 when the word has no
 * article: والجيش → 1, الجيش → 0, جيش → -1. A caller with the written word reads the letter there:
 * أ or إ is no article (ألمودوفار، إلياس).
 */
export function articleStart(word: string): number {
  const prefix = definitePrefixLength(word);
  return prefix > 0 ? prefix - article.length : -1;
}

/**
 * True when folded `word` is a clitic written on its own (a conjunction or preposition of one letter):
 * the لـ of "بتفجير انتحاري لـ«داعش»", whose word follows behind a quotation mark.
 */
export function isCliticAlone(word: string): boolean {
  return word.length === 1 && wordClitics.includes(word);
}

/** True for a word with the article, behind clitics or not: الدعم، والدعم، بالعراق، للاستراتيجية. */
export function isDefinite(word: string): boolean {
  const prefix = definitePrefixLength(word);
  return prefix > 0 && word.length - prefix >= MIN_STEM;
}

/** The word without a glued و or ف (وقال → قال), when enough of it is left; else the word. */
export function withoutConjunction(word: string, minStem = MIN_STEM): string {
  return word.length - 1 >= minStem && conjunctionClitics.includes(word[0]!) ? word.slice(1) : word;
}

/**
 * The word without the clitics before its article (والجيش → الجيش، للصحيفة → الصحيفة),
 * or the word itself when it has no article behind a clitic.
 */
export function withoutCliticsBeforeArticle(word: string): string {
  const prefix = definitePrefixLength(word);
  if (prefix === 0 || word.startsWith(article) || word.length - prefix < MIN_STEM) return word;
  // A prefix ending in لل is ل + ال: its article lost its alef (للصحيفة → الصحيفة).
  return word.charCodeAt(prefix - 2) === article.charCodeAt(1) ? `${article}${word.slice(prefix)}` : word.slice(prefix - article.length);
}

/** The word without its article and any clitic before it (والجيش → جيش), or the word itself. */
export function withoutArticle(word: string): string {
  const definite = withoutCliticsBeforeArticle(word);
  return definite.startsWith(article) && definite.length - article.length >= MIN_STEM ? definite.slice(article.length) : word;
}

/** The stems a word may stand for behind at most one glued letter of `letters`: [word] or [word, stem]. */
export function stemCandidates(word: string, letters: string = conjunctionClitics): readonly string[] {
  return word.length > MIN_STEM && letters.includes(word[0]!) ? [word, word.slice(1)] : [word];
}
