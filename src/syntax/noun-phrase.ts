/**
 * Noun phrases for subjects and speakers, read without a part-of-speech
 * tagger from what Arabic marks on the surface: the article ال, the construct
 * chain (indefinite heads followed by a definite noun: أفراد قوات الأمن),
 * quotation marks around names.
 */
import type { EntityRef } from '../model.js';
import type { TokenStream } from '../numbers/tokens.js';
import { article, conjunctionAnd, isDefinite, liArticle, prepositionLi } from '../text/clitics.js';
import { NO_TOKEN, type TokenIndex, type TokenRange } from '../text/coordinates.js';
import type { SyntaxLexicon } from './lexicon.js';

/** True when token `k` is a quotation mark. */
export function isQuote(tokens: TokenStream, lexicon: SyntaxLexicon, k: TokenIndex): boolean {
  return tokens.isPunct(k) && lexicon.quoteMarks.has(tokens.text(k));
}

/** Most words a quoted name may have ("“داعش”", "«ايرورز»"): a longer quote is speech, not a name. */
const QUOTED_NAME_WORDS = 4;

/**
 * A short quoted name starting at the quotation mark `k` ("“داعش”", "«ايرورز»", "«إيكوالايزر 2»"):
 * the words inside, when there are one to four of them and the quote closes (a numeral after the
 * first word counts as one).
 */
export function quotedName(tokens: TokenStream, lexicon: SyntaxLexicon, k: TokenIndex): TokenRange | null {
  if (!isQuote(tokens, lexicon, k)) return null;
  let j = tokens.next(k);
  const start = j;
  let words = 0;
  // A numeral after the first word numbers a sequel or an edition: "فيلم «إيكوالايزر 2»"، "«فيفا 19»".
  while ((tokens.isWord(j) || (words > 0 && tokens.isNumeral(j))) && words <= QUOTED_NAME_WORDS) {
    words++;
    const n = tokens.next(j);
    if (isQuote(tokens, lexicon, n)) return words <= QUOTED_NAME_WORDS ? { start, end: (j + 1) as TokenIndex } : null;
    j = n;
  }
  return null;
}

/** Most indefinite heads a construct chain may have before its definite noun: أفراد قوات الأمن. */
const CONSTRUCT_HEADS = 2;

/**
 * The noun phrase starting at word token `k`: a construct chain of at most two
 * indefinite heads ending in a definite noun (قوات الأمن، أفراد قوات الأمن), then
 * the definite adjectives after it (العراقية). A lone indefinite word is a name
 * (داعش). `isStop` words end the phrase before they start it.
 */
export function nounPhraseAt(tokens: TokenStream, lexicon: SyntaxLexicon, k: TokenIndex, isStop: (word: string) => boolean): TokenRange | null {
  const quoted = quotedName(tokens, lexicon, k);
  if (quoted) return quoted;
  if (!tokens.isWord(k) || tokens.isForeign(k) || isStop(tokens.text(k))) return null;
  let end = (k + 1) as TokenIndex;
  if (!isDefinite(tokens.text(k))) {
    // Up to two indefinite heads, then a definite noun, or the first word alone.
    let j = tokens.next(k);
    let heads = 1;
    while (tokens.isWord(j) && !isDefinite(tokens.text(j)) && heads < CONSTRUCT_HEADS && !isStop(tokens.text(j))) {
      heads++;
      j = tokens.next(j);
    }
    // A construct can end in a quoted name: تنظيم “داعش”.
    const name = quotedName(tokens, lexicon, j);
    if (name && heads === 1) return { start: k, end: (tokens.next((name.end - 1) as TokenIndex) + 1) as TokenIndex };
    if (!tokens.isWord(j) || !isDefinite(tokens.text(j)) || isStop(tokens.text(j))) return { start: k, end: (k + 1) as TokenIndex };
    end = ((j + 1) as TokenIndex);
  }
  // Definite words after a definite noun: adjectives and the rest of the chain (الدولة الإسلامية).
  end = definiteRun(tokens, end, isStop);
  // A complement with ل names what the body is of or for: "الجهاز المركزي للتعبئة العامة والإحصاء",
  // "المركز الوطني للأعاصير", "مجلس التنمية الاقتصادية لمملكة البحرين".
  const complement = tokens.next((end - 1) as TokenIndex);
  if (tokens.isWord(complement) && !isStop(tokens.text(complement))) {
    const word = tokens.text(complement);
    if (word.startsWith(liArticle) && word.length > 4) {
      end = definiteRun(tokens, (complement + 1) as TokenIndex, isStop);
      // Inside such a name, و joins a second complement: "للتعبئة العامة والإحصاء".
      const joined = tokens.next((end - 1) as TokenIndex);
      if (tokens.isWord(joined) && tokens.text(joined).startsWith(conjunctionAnd + article) && !isStop(tokens.text(joined))) end = definiteRun(tokens, (joined + 1) as TokenIndex, isStop);
    } else if (word.startsWith(prepositionLi) && !isDefinite(word) && word.length > 3) {
      const owner = tokens.next(complement);
      if (tokens.isWord(owner) && tokens.text(owner).startsWith(article) && !isStop(tokens.text(owner))) end = definiteRun(tokens, (owner + 1) as TokenIndex, isStop);
    }
  }
  return { start: k, end };
}

/** Past the definite words that follow `end` (adjectives: الدولية، العامة); only the bare article continues: والشرطة starts a second phrase. */
function definiteRun(tokens: TokenStream, end: TokenIndex, isStop: (word: string) => boolean): TokenIndex {
  let j = tokens.next((end - 1) as TokenIndex);
  while (tokens.isWord(j) && tokens.text(j).startsWith(article) && !isStop(tokens.text(j))) {
    end = ((j + 1) as TokenIndex);
    j = tokens.next(j);
  }
  return end;
}

/** An EntityRef for tokens `range`, its name the entity key of its text. */
export function entityRef(tokens: TokenStream, lexicon: SyntaxLexicon, range: TokenRange & { readonly skip?: number }): EntityRef {
  const span = tokens.span(range.start, range.end, range.skip ?? 0);
  const text = tokens.shadow.original.slice(span.start, span.end);
  return { text, span, name: lexicon.names.key(text) };
}

/**
 * "د. محمد معيط": the abbreviation of دكتور, a one-letter word and a full stop before a name. The
 * token after the stop, or {@link NO_TOKEN} when word `k` opens no such abbreviation.
 */
export function afterDoctor(tokens: TokenStream, k: TokenIndex): TokenIndex {
  const dot = tokens.next(k);
  return tokens.text(k) === 'د' && tokens.isPunct(dot, '.') ? tokens.next(dot) : NO_TOKEN;
}
