import { prepositionLi } from '../../text/clitics.js';
import { type TokenIndex } from '../../text/coordinates.js';
import { foldWord } from '../../text/fold.js';
import { isoDay, type Resolution } from '../calendar.js';
import type { DatesLexicon } from '../lexicon.js';
import type { VagueReach } from '../lexicon/relative.js';
import { lastOf, unitNounAt, type DateContext, type TimeRecognizer } from './context.js';

/** Roles of the openers before a bare plural noun of time that make it some time ago: "منذ سنوات"، "قبل أيام". */
const PAST: ReadonlySet<string> = new Set(['since', 'before']);

/** Roles of a last word that ends a vague phrase only at the end of a clause: "من قبل" (before a noun, the "by" of a passive). */
const PREPOSITION: ReadonlySet<string> = new Set(['before', 'after']);

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
  starts: { words: (l) => [...l.vague.firstWords(), ...l.tables.periodOpeners.filter((o) => PAST.has(o.role)).map((o) => o.phrase.split(' ')[0]!), ...l.durationPlural] },
  read(context, k) {
    const { tokens, lexicon } = context;
    if (!tokens.isWord(k)) return null;
    const m = lexicon.vague.matchAt(tokens, k);
    // "من قبل" ends its clause; before a noun it is the "by" of a passive ("من قبل الشرطة").
    const lastRole = m ? lexicon.periodOpeners.matchAt(tokens, lastOf(m.end))?.entry.role : undefined;
    if (m && !(lastRole !== undefined && PREPOSITION.has(lastRole) && tokens.isWord(tokens.next(lastOf(m.end))))) {
      return vagueExpression(context, k, m.end, m.entry.kind, m.clitic);
    }
    const word = tokens.text(k);
    // "لأشهر"، "لسنوات": for an unsaid number of units, a length of time.
    if (word.length > 3 && word[0] === prepositionLi) {
      const unit = unitNounAt(context, k);
      if (unit && unit.plural && !unit.definite) return { start: k, end: (k + 1) as TokenIndex, kind: 'duration' as const, unit: unit.unit };
    }
    // Only منذ or قبل opens "منذ سنوات": في، من، إلى (which open vague phrases) are passed over without a lookup.
    const past = pastOpenerWords(lexicon);
    if (!past.has(word) && !(word.length > 2 && past.has(tokens.tail(k)))) return null;
    const opener = lexicon.periodOpeners.matchAt(tokens, k);
    if (!opener || opener.end !== k + 1 || !PAST.has(opener.entry.role)) return null;
    const j = tokens.nextWord(k);
    const unit = j >= 0 ? unitNounAt(context, j) : null;
    if (!unit || !unit.plural || unit.definite) return null;
    let end = (j + 1) as TokenIndex;
    const adjective = tokens.nextWord(j);
    if (adjective >= 0 && (lexicon.vagueSpan.has(tokens.text(adjective)) || lexicon.few.has(tokens.text(adjective)))) end = ((adjective + 1) as TokenIndex);
    return vagueExpression(context, k, end, 'past', opener.clitic);
  },
};

const pastOpeners = new WeakMap<DatesLexicon, ReadonlySet<string>>();

/**
 * The first words of the openers of some time ago (منذ، قبل), folded, once per lexicon: a word
 * that is none of them, as written or behind one clitic, opens no such period.
 */
function pastOpenerWords(lexicon: DatesLexicon): ReadonlySet<string> {
  let words = pastOpeners.get(lexicon);
  if (!words) {
    words = new Set(lexicon.tables.periodOpeners.filter((o) => PAST.has(o.role)).map((o) => foldWord(o.phrase.split(' ')[0]!)));
    pastOpeners.set(lexicon, words);
  }
  return words;
}

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
