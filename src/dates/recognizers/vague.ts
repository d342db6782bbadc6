import { tokenIndex, type TokenIndex } from '../../text/coordinates.js';
import { isoDay, type Resolution } from '../calendar.js';
import type { VagueReach } from '../lexicon/relative.js';
import { lastOf, unitNounAt, type DateContext, type TimeRecognizer } from './context.js';

/** Words before a bare plural noun of time that make it a vague time: "منذ سنوات"، "قبل أيام". */
const PAST_OPENERS: ReadonlySet<string> = new Set(['منذ', 'قبل']);

/** Words that end a vague phrase only at the end of a clause: "من قبل". */
const PREPOSITIONS: ReadonlySet<string> = new Set(['قبل', 'بعد']);

/** Adjectives a bare plural of "منذ سنوات طويلة" may take. */
const VAGUE_ADJECTIVES: ReadonlySet<string> = new Set(['طويله', 'عديده', 'قليله', 'عده', 'مضت']);

/**
 * A time the text leaves vague, with the interval it allows: "مؤخرا"، "في وقت
 * سابق"، "سابقا" (up to publication); "حاليا"، "الآن"، "في الوقت الحالي" (the
 * publication day); "قريبا"، "لاحقا"، "مستقبلا" (from it on); "حتى الآن" (a
 * running total up to it); "آنذاك"، "منذ ذلك الحين" (the time named before,
 * resolved by the anaphora refiner); and by rule "منذ سنوات"، "قبل أيام"
 * (a bare plural noun of time after منذ or قبل: some time before publication).
 */
export const vague: TimeRecognizer = {
  name: 'vague time',
  read(context, k) {
    const { tokens, lexicon } = context;
    if (!tokens.isWord(k)) return null;
    const m = lexicon.vague.matchAt(tokens, k);
    // "من قبل" ends its clause; before a noun it is the "by" of a passive ("من قبل الشرطة").
    if (m && !(PREPOSITIONS.has(tokens.text(lastOf(m.end))) && tokens.isWord(tokens.next(lastOf(m.end))))) {
      return vagueExpression(context, k, m.end, m.entry.kind, m.clitic);
    }
    const word = tokens.text(k);
    // "لأشهر"، "لسنوات": for an unsaid number of units, a length of time.
    if (word.length > 3 && word[0] === 'ل') {
      const unit = unitNounAt(context, k);
      if (unit && unit.plural && !unit.definite) return { start: k, end: tokenIndex(k + 1), kind: 'duration' as const, unit: unit.unit };
    }
    const opener = PAST_OPENERS.has(word) ? 0 : word.length > 2 && (word[0] === 'و' || word[0] === 'ف') && PAST_OPENERS.has(word.slice(1)) ? 1 : -1;
    if (opener < 0) return null;
    const j = tokens.nextWord(k);
    const unit = j >= 0 ? unitNounAt(context, j) : null;
    if (!unit || !unit.plural || unit.definite) return null;
    let end = tokenIndex(j + 1);
    const adjective = tokens.nextWord(j);
    if (adjective >= 0 && VAGUE_ADJECTIVES.has(tokens.text(adjective))) end = tokenIndex(adjective + 1);
    return vagueExpression(context, k, end, 'past', opener);
  },
};

/** A vague expression and the interval its reach allows. */
export function vagueExpression(context: DateContext, start: TokenIndex, end: TokenIndex, reach: VagueReach, skip: number) {
  const { reference } = context;
  const at = reference ? isoDay(reference) : undefined;
  let resolution: Resolution = {};
  if (at) {
    if (reach === 'past' || reach === 'sofar') resolution = { to: at };
    else if (reach === 'present') resolution = { from: at, to: at };
    else if (reach === 'future') resolution = { from: at };
  }
  return {
    start,
    end,
    kind: 'vague' as const,
    reach,
    ...resolution,
    ...(reach === 'sofar' ? { cumulative: true } : {}),
    ...(reach === 'then' || reach === 'sinceThen' ? { anaphoric: 0 } : {}),
    ...(skip ? { skip } : {}),
  };
}
