import { type TokenIndex } from '../../text/coordinates.js';
import type { TimeExpression } from '../expression.js';
import { wordIn, type DateContext } from '../recognizers/context.js';
import type { TimeRefiner } from './index.js';

/**
 * Drops a count of years that is a person's age, not a time: "البالغ من العمر
 * 13 عاما"، "عن عمر يناهز 85 عاما"، "جاكلين فلوريس (47 عاما)"، "جوكوفيتش، 31
 * عاما، …". An age is a figure a claim may state; the claims layer reads it.
 */
export const dropAges: TimeRefiner = {
  name: 'drop ages',
  refine(context, found) {
    return found.filter((e) => !isAge(context, e));
  },
};

function isAge(context: DateContext, e: TimeExpression): boolean {
  if (e.kind !== 'duration' || e.unit !== 'year' || e.count === undefined || !Number.isInteger(e.count) || e.duration !== `P${e.count}Y`) return false;
  const { tokens, lexicon } = context;
  let before = tokens.previousWord(e.start);
  if (before >= 0 && lexicon.links.of.has(tokens.text(before))) before = tokens.previousWord(before);
  if (before >= 0 && wordIn(tokens, before, lexicon.ageWords)) return true;
  const open = tokens.previous(e.start);
  const close = tokens.next((e.end - 1) as TokenIndex);
  // "(47 عاما)" after a name, "، 31 عاما،" set off between commas after one.
  if (tokens.isPunct(open, '(') && tokens.isPunct(close, ')')) return true;
  return tokens.isPunct(open, '،,') && tokens.isPunct(close, '،,') && tokens.isWord(tokens.previous(open));
}
