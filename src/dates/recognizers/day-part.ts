import { joined } from '../expression.js';
import { withoutArticle } from '../../text/clitics.js';
import { type TokenIndex } from '../../text/coordinates.js';
import { pad } from '../calendar.js';
import type { DayPart } from '../lexicon/context.js';
import { directionAt, lastOf, type DateContext, type TimeRecognizer } from './context.js';

/** Adverbs of the part of the day end in alef (صباحا، ليلا، ظهرا): whole on their own. */
const ADVERB = /ا$/u;


/**
 * A part of the day: "صباح الأربعاء"، "مساء أمس"، "ظهر اليوم"، "بعد ظهر
 * الأحد" (the day after it is read by its own recognizer and joined to it by
 * a refiner), or whole on its own: an adverb ("صباحا"), the definite noun after
 * في ("في المساء"), "الليلة" (tonight) and "الليلة الماضية" (last night). A
 * construct noun that no day completes ("صباح الخير") is dropped.
 */
export const dayPart: TimeRecognizer = {
  name: 'part of the day',
  starts: { words: (l) => [...l.dayParts.firstWords(), ...l.dayPartNouns.keys()] },
  read(context, k) {
    const match = dayPartAt(context, k);
    if (!match) return null;
    const { tokens } = context;
    const { from, to } = match.entry;
    const clock = { from: `${pad(from)}:00`, to: `${pad(to)}:00` };
    const last = lastOf(match.end);
    const base = { start: k, kind: 'time' as const, grain: 'day' as const, clock, ...(match.clitic ? { skip: match.clitic } : {}) };
    // "الليلة الماضية": last night.
    const dirToken = tokens.next(last);
    const dir = match.definite ? directionAt(context, dirToken) : undefined;
    if (dir !== undefined) return joined(base, { end: (dirToken + 1) as TokenIndex, dayOffset: dir });
    const bare = match.definite ? withoutArticle(tokens.text(last)) : tokens.text(last);
    const before = tokens.previousWord(k);
    // An adverb ends in alef (صباحا) or carries tanween (مساءً): whole on its own.
    // After a word that opens a period ("في الصباح"، "خلال الليل"), a definite part of the day is a time on its own.
    const standalone = match.definite
      ? match.entry.alone === true && before >= 0 && context.lexicon.periodOpeners.matchEndingAt(tokens, before) !== null
      : ADVERB.test(bare) || tokens.hasTanween(last);
    return joined(base, { end: match.end }, standalone ? {} : { partial: true });
  },
};

/** A part of the day at `k`, from the table or, with the article, by its bare noun (الصباح، المساء، الليلة). */
function dayPartAt(context: DateContext, k: TokenIndex): { entry: DayPart; end: TokenIndex; clitic: number; definite: boolean } | null {
  const { tokens, lexicon } = context;
  if (!tokens.isWord(k)) return null;
  const m = lexicon.dayParts.matchAt(tokens, k);
  if (m) return { entry: m.entry, end: m.end, clitic: m.clitic, definite: false };
  const word = tokens.text(k);
  const bare = withoutArticle(word);
  if (bare === word) return null;
  const entry = lexicon.dayPartNouns.get(bare);
  return entry ? { entry, end: (k + 1) as TokenIndex, clitic: word.length - bare.length - 2, definite: true } : null;
}
