import { isCliticAlone } from '../../text/clitics.js';
import { type TokenIndex, type TokenRange } from '../../text/coordinates.js';
import { SEARCH_REACH, type ClaimContext } from '../context.js';
import type { ClaimDraft } from '../draft.js';

/** Most words read after a toll for the incident it is of: "قتل 48 مهاجرا على الأقل قبالة السواحل التونسية إثر غرق قاربهم". */
const INCIDENT_WORDS_AFTER = 12;
/** Most words read back from a toll for a verb whose subject is the incident: "أدى خروج قطار ركاب عن سكته في شمال غرب تركيا الأحد إلى سقوط 10 قتلى". */
const INCIDENT_WORDS_BEFORE = 14;
/** Most words of an incident's description: the noun and what it is of and where ("تحطم طائرة ركاب بنغلاديشية بالقرب من مطار"). */
const INCIDENT_PHRASE_WORDS = 6;
/** Fewest words of a description: "الحادث" alone refers back and tells no incident from another. */
const INCIDENT_PHRASE_MIN = 2;


/**
 * The incident a toll is of, as its subject: "10 قتلى و73 جريحاً في انهيار
 * جسر" (after the toll, behind في، إثر، جراء …), or "أدى خروج قطار ركاب عن
 * سكته … إلى سقوط 10 قتلى" (the subject of a verb of cause before it). A toll
 * is a figure of the dead, the injured or the rescued: its counted noun says
 * so (قتيل، جريح، جثة) or its predicate does (مقتل، إصابة، إنقاذ). Two reports
 * of one shipwreck that give 48 and 35 dead then give one fact.
 */
export function incidentSubject(c: ClaimContext, d: ClaimDraft): TokenRange | null {
  if (!isToll(c, d)) return d.subject;
  // "9 قتلى بحريق في مستودع": a noun with a glued preposition after the toll is its incident, not its owner.
  if (d.subject && !(d.subject.start === c.tokens.nextWord((d.end - 1) as TokenIndex) && c.lexicon.incidentNouns.matchAt(c.tokens, d.subject.start)?.clitic)) return d.subject;
  return incidentAfter(c, d.end) ?? incidentBefore(c, d.start) ?? d.subject;
}

function isToll(c: ClaimContext, d: ClaimDraft): boolean {
  const { tollNouns, tollPredicates } = c.lexicon;
  return (d.unitRef !== null && d.unitRef.kind === 'count' && tollNouns.has(d.unitRef.lemma)) || (d.predicate !== null && tollPredicates.has(d.predicate.entry.stem));
}

/** "… في تحطم طائرة ركاب": a link word and an incident noun after the toll, in its sentence and before any comma. */
function incidentAfter(c: ClaimContext, end: TokenIndex): TokenRange | null {
  const { tokens, lexicon } = c;
  const sentence = c.sentenceAround(Math.max(0, end - 1) as TokenIndex);
  for (let k = end, words = 0; k < sentence.end && k < end + SEARCH_REACH && words < INCIDENT_WORDS_AFTER; k++) {
    // A comma ends the toll's clause, unless a link opens the next one: "53 شخصا، عقب حريق مدمر".
    if (tokens.isPunct(k) && c.syntax.commas.has(tokens.text(k)) && !lexicon.incidentLinks.matchAt(tokens, tokens.nextWord(k))) return null;
    if (!tokens.isWord(k)) continue;
    words++;
    const link = lexicon.incidentLinks.matchAt(tokens, k);
    // The shadow copy reads a hashtag's words without the mark: "عقب #حريق مدمر" is عقب حريق مدمر.
    const at = link ? tokens.nextWord((link.end - 1) as TokenIndex) : k;
    // A glued preposition is a link of its own: "بانفجار", "لغرق".
    const noun = at >= 0 ? lexicon.incidentNouns.matchAt(tokens, at) : null;
    if (!noun || (!link && noun.clitic === 0)) continue;
    return description(c, at, sentence.end);
  }
  return null;
}

/** "أدى خروج قطار … إلى سقوط 10 قتلى": the incident a verb of cause before the toll has as its subject. */
function incidentBefore(c: ClaimContext, start: TokenIndex): TokenRange | null {
  const { tokens, lexicon } = c;
  const sentence = c.sentenceAround(start);
  for (let k = (start - 1) as TokenIndex, words = 0; k >= sentence.start && k >= start - SEARCH_REACH && words < INCIDENT_WORDS_BEFORE; k--) {
    if (tokens.isPunct(k) && c.syntax.commas.has(tokens.text(k))) return null;
    if (!tokens.isWord(k)) continue;
    words++;
    if (!lexicon.incidentCauses.has(tokens, k)) continue;
    const at = tokens.nextWord(k);
    if (at < 0 || at >= start || !lexicon.incidentNouns.matchAt(tokens, at)) return null;
    return description(c, at, start);
  }
  return null;
}

/**
 * The words of an incident from its noun on, up to INCIDENT_PHRASE_WORDS and
 * before `limit`: it stops at punctuation, a figure, a function word, another
 * event word (وأصيب) or a clause opener, and leaves out a time.
 */
function description(c: ClaimContext, at: TokenIndex, limit: number): TokenRange | null {
  const { tokens, syntax } = c;
  let end = (at + 1) as TokenIndex;
  let words = 1;
  for (let k = tokens.next(at); k >= 0 && k < limit && k < at + SEARCH_REACH && words < INCIDENT_PHRASE_WORDS; k = tokens.next(k)) {
    if (tokens.isPunct(k)) break;
    if (!tokens.isWord(k)) continue;
    // A day between says when, not what: "حريق اندلع الأحد بمركز تجاري" goes on past it.
    if (c.inTime(k, (k + 1) as TokenIndex)) continue;
    if (c.isNumberToken(k) || syntax.predicates.matchAt(tokens, k) || syntax.clauseOpeners.matchAt(tokens, k)) break;
    // A function word ends it too ("غرق القارب الذي كانوا على متنه" is the boat's sinking), but for a
    // preposition that says where or of what: "حريق في مركز تسوق".
    if (c.isStopWord(tokens.text(k)) && !(c.lexicon.incidentPrepositions.has(tokens.text(k)) && tokens.nextWord(k) >= 0 && !c.isStopWord(tokens.text(tokens.nextWord(k))))) break;
    // A clitic written apart before a quotation ("بتفجير انتحاري لـ«داعش»") is left out with what it opens.
    if (isCliticAlone(tokens.text(k)) && tokens.isPunct(tokens.next(k))) break;
    words++;
    end = ((k + 1) as TokenIndex);
  }
  return words >= INCIDENT_PHRASE_MIN ? { start: at, end } : null;
}
