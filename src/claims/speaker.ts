import type { EntityRef } from '../model.js';
import { entityRef } from '../syntax/noun-phrase.js';
import { type TokenIndex } from '../text/coordinates.js';
import type { ClaimContext } from './context.js';

/**
 * The speaker slot: who asserts the figure at token `at`, ending at `end` —
 * the nearest speaker mention before it in its sentence, a close one after it,
 * an attribution opening the next sentence, or the agency that signs the
 * article (always, for a figure alone in brackets: "(250 مليون دولار)") — with
 * what kind of source it is and the office the text gives it.
 */
export function readSpeaker(c: ClaimContext, at: TokenIndex, end: TokenIndex): EntityRef | null {
  const found = inBrackets(c, at, end) ? c.speakers.outlet : c.speakers.speakerFor(at, c.sentenceOf(at), c.paragraphOf(at), (m) => c.closeAfter(end, m.at));
  if (!found) return null;
  const range = withoutTime(c, found);
  const { text, span, name } = entityRef(c.tokens, c.syntax, range);
  // Written out as literals, not spread: V8 (Node 20) takes a slow path, microseconds per claim, when a
  // spread copy gains a field its source lacks. The fields keep their order (text, span, name, kind, role).
  if (!found.role) return { text, span, name, kind: found.kind };
  return { text, span, name, kind: found.kind, role: c.textOf(c.tokens.spanOf(withoutTime(c, found.role))) };
}

/** Most tokens between the figure a conversion converts and its opening bracket: "950 مليون ريال سعودي (". */
const CONVERTED_REACH = 4;

/**
 * A figure alone in brackets after another figure, or a person's age in brackets, is the
 * writer's aside, whoever speaks around it: a conversion ("950 مليون ريال (250 مليون
 * دولار)"، "11 مليون باوند (أي 5500 طن)") or an age ("وقالت جاكلين فلوريس (47 عاماً)").
 * It is the outlet's. Figures in brackets after anything else are data ("فاس (39 في
 * المائة)"): they keep their speaker.
 */
function inBrackets(c: ClaimContext, at: TokenIndex, end: TokenIndex): boolean {
  const { tokens } = c;
  let open = tokens.previous(at);
  if (tokens.isWord(open) && c.lexicon.links.thatIs.has(tokens.text(open))) open = tokens.previous(open);
  if (!tokens.isPunct(open, '(') || !tokens.isPunct(tokens.next((end - 1) as TokenIndex), ')')) return false;
  const noun = tokens.nextWord(at);
  if (noun >= 0 && noun < end && c.lexicon.dates.durationUnit.get(tokens.text(noun)) === 'year') return true;
  for (let k = tokens.previous(open), n = 0; k >= 0 && n < CONVERTED_REACH; k = tokens.previous(k), n++) if (tokens.isNumeral(k)) return true;
  return false;
}

/**
 * A speaker phrase ends where a time expression starts: "قال معهد الإحصاء الخميس
 * إن …" is معهد الإحصاء. (The syntax layer reads phrases before dates are known.)
 */
function withoutTime<R extends { start: TokenIndex; end: TokenIndex }>(c: ClaimContext, range: R): R {
  for (let k = range.start; k < range.end; k++) {
    if (!c.inTime(k, (k + 1) as TokenIndex)) continue;
    const end = c.tokens.previous(k);
    return end >= range.start ? { ...range, end: (end + 1) as TokenIndex } : range;
  }
  return range;
}

