import { conjunctionAnd, conjunctionClitics, isDefinite, prepositionBi, prepositionClitics, startsWithLetterOf, stemCandidates, withoutConjunction } from '../../text/clitics.js';
import { type TokenIndex, type TokenRange } from '../../text/coordinates.js';
import type { ClaimContext } from '../context.js';
import type { ClaimDraft } from '../draft.js';

/** Most words between a value cue and the sum it introduces: "قرض تبلغ قيمته الإجمالية 12 مليار", "بقيمة تعادل حوالي 12 مليار". */
const VALUE_GAP_WORDS = 3;
/** Most words of the thing valued, read back from its cue: "الشريحة الرابعة بقيمة". */
const OWNER_WORDS = 3;
/** Most tokens read after a distance for where it is measured from, past a restatement: "أي نحو عشرة كيلومترات عن". */
const DISTANCE_REACH = 8;
/** Most words of a place named without the article: "سواحل مدينة صفاقس". */
const PLACE_WORDS = 3;

/**
 * The thing a sum is the value of: the noun phrase before a cue of value that carries a pronoun of it
 * or a ب of price ("وبموجب صفقة بقيمة 112 مليون يورو" → صفقة، "من قرض تبلغ قيمته الإجمالية 12 مليار
 * دولار" → قرض), or after a cue in construct ("وتبلغ قيمة هذه الشريحة 2.2 مليار دولار" → الشريحة).
 * Two reports of one deal or one loan then give figures of one thing, however they differ.
 */
export function valueOwner(c: ClaimContext, d: ClaimDraft): TokenRange | null {
  if (d.subject || d.unitRef?.kind !== 'currency') return d.subject;
  const { tokens, lexicon } = c;
  const sentence = c.sentenceOf(d.start);
  let k = tokens.previous(d.start);
  for (let words = 0; k >= 0 && words <= VALUE_GAP_WORDS && c.sentenceOf(k) === sentence; k = tokens.previous(k)) {
    if (!tokens.isWord(k) || c.isNumberToken(k)) return d.subject;
    words++;
    const cue = lexicon.valueCues.matchEndingAt(tokens, k);
    if (!cue) continue;
    return cue.entry.position === 'before' ? phraseEndingAt(c, cue.start) : thingAfter(c, cue.end, d.start);
  }
  return relativeValued(c, d) ?? d.subject;
}

/** Most words between a cue in construct with a relative clause and its sum: "يبلغ إجمالي ما حصلت عليه مصر من الصندوق منذ بداية العام الماضي وحتى الآن نحو 8.06 مليار". */
const RELATIVE_GAP_WORDS = 16;
/** Most words of the relative clause kept as the thing: "ما حصلت عليه الحكومة المصرية". */
const RELATIVE_WORDS = 5;

/**
 * A sum of what a relative clause names, after a cue in construct further back in the clause: "ترتفع
 * قيمة ما حصلت عليه مصر حتى الآن من صندوق النقد الدولي إلى 8 مليارات دولار" → ما حصلت عليه مصر. The
 * clause runs from the relative (table valueRelatives) to the first function word, number or mark.
 */
function relativeValued(c: ClaimContext, d: ClaimDraft): TokenRange | null {
  const { tokens, lexicon } = c;
  let k = tokens.previous(d.start);
  for (let words = 0; k >= 0 && words < RELATIVE_GAP_WORDS; k = tokens.previous(k)) {
    if (!tokens.isWord(k) || c.isNumberToken(k)) return null;
    words++;
    if (!lexicon.valueRelatives.has(tokens.text(k))) continue;
    const cue = lexicon.valueCues.matchEndingAt(tokens, tokens.previousWord(k));
    if (!cue || cue.entry.position !== 'after') continue;
    let end = (k + 1) as TokenIndex;
    for (let j = tokens.nextWord(k), n = 1; j >= 0 && j < d.start && n < RELATIVE_WORDS; j = tokens.nextWord(j), n++) {
      if (c.isNumberToken(j) || c.isStopWord(tokens.text(j)) || c.inTime(j, (j + 1) as TokenIndex) || lexicon.boundsBefore.matchAt(tokens, j)) break;
      end = ((j + 1) as TokenIndex);
    }
    return end > k + 1 ? { start: k, end } : null;
  }
  return null;
}

/**
 * What a change is of: the noun phrase a verb of change has just before the figure, its subject or its
 * object ("رفعت الحكومة التونسية أسعار الوقود بنحو 4 في المئة" → أسعار الوقود، "ارتفعت الصادرات بنسبة
 * 5%" → الصادرات). Read for shares and sums only: a count says what it counts itself.
 */
export function changedThing(c: ClaimContext, d: ClaimDraft): TokenRange | null {
  const kind = d.unitRef?.kind;
  const verb = d.predicate;
  if (d.subject || !verb?.entry.change || verb.at >= d.start || (kind !== 'percent' && kind !== 'currency')) return d.subject;
  const { tokens, lexicon } = c;
  // "بنسبة 5%"، "إلى 8.6 بالمئة": the noun of a rate with its ب, or the word of the level reached, stands
  // between the thing and the figure.
  let end = d.start;
  const marker = tokens.previousWord(end);
  const word = marker > verb.at ? tokens.text(marker) : '';
  if (lexicon.changeLevel.has(word) || stemCandidates(word, prepositionBi).some((w) => w !== word && lexicon.rateNouns.has(w))) end = marker;
  // Another figure between the verb and this one took the thing: "زادت العملة 0.1 في المائة إلى 124.23 ين".
  for (let k = (verb.at + 1) as TokenIndex; k < end; k++) if (c.isNumberToken(k)) return d.subject;
  const np = phraseEndingAt(c, end, verb.at);
  // A thing changed is definite (العملة، أسعار الوقود); a lone indefinite word before the figure is an
  // adverb or a verb ("بشكل طفيف الى 6%"، "تتعدى خمسة في المائة"), and a phrase led by و is the last
  // conjunct of a longer one ("ضريبة القيمة المضافة على الغذاء والنقل العام").
  if (!np || !isDefinite(tokens.text((np.end - 1) as TokenIndex)) || tokens.text(np.start).startsWith(conjunctionAnd)) return d.subject;
  return np;
}

/** The noun phrase after a cue in construct, past a demonstrative, ending before the figure. */
function thingAfter(c: ClaimContext, from: TokenIndex, figure: TokenIndex): TokenRange | null {
  const { tokens, lexicon } = c;
  let k = tokens.nextWord((from - 1) as TokenIndex);
  if (k >= 0 && lexicon.valueDeterminers.has(tokens.text(k))) k = tokens.nextWord(k);
  const np = k >= 0 && !PREPOSITION_LED.test(tokens.text(k)) ? c.nounPhrase(k) : null;
  return np && np.end <= figure && !c.inTime(np.start, np.end) ? np : null;
}

/**
 * The longest noun phrase that ends right before token `end` and starts at most {@link OWNER_WORDS}
 * words back, after token `after`: "الشريحة الرابعة" before بقيمة, "صفقة" in "وبموجب صفقة بقيمة" (وبموجب صفقة is no phrase).
 */
export function phraseEndingAt(c: ClaimContext, end: TokenIndex, after: TokenIndex = ((-1) as TokenIndex)): TokenRange | null {
  const { tokens } = c;
  // "من «تسهيل الصندوق الممدد» بقيمة": the phrase may close a quotation.
  const before = tokens.previous(end);
  const last = tokens.previousWord(c.syntax.isQuoteMark(tokens, before) ? before : end);
  let found: TokenRange | null = null;
  let k = last;
  for (let words = 0; k > after && words < OWNER_WORDS; words++, k = tokens.previousWord(k)) {
    // "تسوية مبالغ متراكمة لصندوق النقد الدولي بقيمة": a phrase behind a preposition is a complement;
    // the thing stands further back.
    if (PREPOSITION_LED.test(tokens.text(k))) return null;
    const np = c.nounPhrase(k);
    // A phrase may run on into a cue that is itself definite: "قرض الصندوق البالغ إجماليه" ends before البالغ.
    // Its head only must not be a time: "الشريحة الرابعة" (الرابعة alone reads as an hour).
    // An indefinite word behind a glued و or ف before a definite one opens a clause, as a verb does:
    // "وقال الرجل" is no phrase (a name alone, وليد، stays one).
    // A word written with the feminine ة is a noun, never a verb: "وإعادة التصدير بقيمة 866 مليون" stays whole
    // (behind a preposition too it is a complement: "ولشركة المياه" keeps المياه alone).
    const opener = np !== null && np.end > np.start + 1 && clauseOpener(tokens.text(np.start)) && !writtenNoun(c, np.start);
    if (np && np.end > last && !c.inTime(np.start, (np.start + 1) as TokenIndex) && !opener) found = { start: np.start, end: (last + 1) as TokenIndex };
  }
  if (found && !ownerShaped(c, found)) return null;
  // An indefinite adjective is of the noun before it: an ordinal ("على شريحة رابعة قيمتها"), a relative
  // adjective ("بميزانية سنوية قدرها"، "ضخ فوري قدره"), or an accusative after an accusative ("قرضا عاجلا
  // بقيمة"). "ترامب صفقة" is no noun and adjective.
  if (found && found.start === last && found.end === last + 1 && !isDefinite(tokens.text(last))) {
    const word = tokens.text(last);
    const noun = tokens.previousWord(last);
    const nounWord = noun > after ? tokens.text(noun) : '';
    const reading = tokens.reading(last);
    const adjective = (reading !== null && reading.sense.ordinal !== undefined) || RELATIVE_ADJECTIVE.test(word) || (word.endsWith('ا') && nounWord.endsWith('ا'));
    if (adjective && nounWord !== '' && !c.isNumberToken(noun) && !c.isStopWord(nounWord) && !isDefinite(nounWord) && !clauseOpener(nounWord) && !c.inTime(noun, (noun + 1) as TokenIndex)) {
      found = { start: noun, end: found.end };
    }
  }
  return found;
}

/**
 * False for a phrase that is no owner: the unit of a figure just before it ("بنسبة 17 في المائة بقيمة 578
 * مليون ريال": المائة), or a lone word shaped as a verb of the present ("ليصل حجمه"، "يصل عمرها").
 */
function ownerShaped(c: ClaimContext, phrase: TokenRange): boolean {
  const { tokens } = c;
  for (let k = tokens.previous(phrase.start), words = 0; k >= 0 && words < 2; k = tokens.previous(k), words++) if (c.isNumberToken(k)) return false;
  return !(phrase.end === phrase.start + 1 && PRESENT_VERB.test(tokens.text(phrase.start)));
}

/** The feminine ending as written (folded, it is ه, also the pronoun "his"). */
const FEMININE_ENDING = 'ة';
/** A short word shaped as a verb of the present, behind ل، و or ف or not: يصل، تصل، ليصل، وتبلغ. */
const PRESENT_VERB = /^[لوف]?[يت]\p{L}{2,3}$/u;
/** A word with a preposition glued before the article: للبنك، بالبنك، كالبنك. */
const PREPOSITION_LED = /^(?:لل|بال|كال)/u;
/** A relative (nisba) adjective, folded: سنويه، فوري، اضافيه. */
const RELATIVE_ADJECTIVE = /^\p{L}{2,}(?:ي|يه)$/u;

/** True for a word written with the feminine ة and no preposition behind its و: وإعادة (ولشركة is a complement). */
function writtenNoun(c: ClaimContext, k: TokenIndex): boolean {
  const { tokens } = c;
  return !startsWithLetterOf(prepositionClitics, withoutConjunction(tokens.text(k))) && c.textOf(tokens.span(k, (k + 1) as TokenIndex)).endsWith(FEMININE_ENDING);
}

/** True for an indefinite word behind a glued و or ف: وقال، فأصبح (والشريحة keeps its article and stays a noun). */
function clauseOpener(word: string): boolean {
  return startsWithLetterOf(conjunctionClitics, word) && !isDefinite(word) && word.length > 3;
}

/**
 * Where a distance is measured from: the noun phrase after من or عن, or after a point of the compass
 * ("160 كيلومترا جنوب طرابلس" → طرابلس), that follows it, past a restatement of the distance in another unit ("خمسة أميال بحرية أي نحو عشرة كيلومترات عن جزيرة
 * قرقنة"، "16 ميلا بحريا (نحو 32 كيلومترا) عن سواحل مدينة صفاقس"). Reports of one shipwreck then give
 * the distance from one coast.
 */
export function distanceOrigin(c: ClaimContext, d: ClaimDraft): TokenRange | null {
  if (d.subject || d.unitRef?.kind !== 'length') return d.subject;
  const { tokens, lexicon, syntax } = c;
  const sentence = c.sentenceOf(d.start);
  let k = tokens.next((d.end - 1) as TokenIndex);
  // "160 كيلومترا جنوب طرابلس"، "30 كلم شمال شرق بغداد"، "100 كلم شرقي عفرين": after points of the compass
  // (or their relative adjectives in ي), the next word names the place.
  let compass = false;
  for (let steps = 0; k >= 0 && steps < DISTANCE_REACH && c.sentenceOf(k) === sentence; steps++) {
    // A restatement: brackets, أي, a bound (نحو), a number and a unit of length.
    if (tokens.isPunct(k, '()') || c.isNumberToken(k)) {
      k = tokens.next(k);
      continue;
    }
    if (!tokens.isWord(k)) return d.subject;
    const word = tokens.text(k);
    if (lexicon.distanceFrom.has(word)) {
      const head = tokens.nextWord(k);
      return head >= 0 ? (placeAt(c, head) ?? d.subject) : d.subject;
    }
    const point = lexicon.compassWords.has(word.endsWith('ي') ? word.slice(0, -1) : word);
    compass ||= point;
    const bound = lexicon.boundsBefore.matchAt(tokens, k);
    const unit = bound ? null : syntax.units.tableUnitAt(tokens, k);
    if (bound) k = tokens.next((bound.end - 1) as TokenIndex);
    else if (unit && unit.kind === 'length') k = tokens.next((unit.end - 1) as TokenIndex);
    else if (point || lexicon.restatementWords.has(word)) k = tokens.next(k);
    else return compass ? (placeAt(c, k) ?? d.subject) : d.subject;
  }
  return d.subject;
}

/**
 * The place named from word `head`: its noun phrase, or a noun and the names after it that no article
 * marks ("جزيرة قرقنة"، "سواحل مدينة صفاقس"), up to a function word, a number, a glued و or punctuation.
 */
function placeAt(c: ClaimContext, head: TokenIndex): TokenRange | null {
  const { tokens } = c;
  const np = c.nounPhrase(head);
  if (!np || c.inTime(np.start, np.end)) return null;
  if (np.end !== head + 1 || isDefinite(tokens.text(head))) return np;
  let end = np.end;
  for (let k = tokens.nextWord(head), words = 1; k >= 0 && words < PLACE_WORDS; k = tokens.nextWord(k), words++) {
    const word = tokens.text(k);
    if (c.isNumberToken(k) || c.isStopWord(word) || word.startsWith(conjunctionAnd) || c.inTime(k, (k + 1) as TokenIndex)) break;
    end = ((k + 1) as TokenIndex);
  }
  return { start: np.start, end };
}
