import type { UnitReading } from '../../syntax/units.js';
import { conjunctionAnd, isDefinite, withoutArticle } from '../../text/clitics.js';
import { tokenIndex, type TokenRange } from '../../text/coordinates.js';
import type { ClaimContext } from '../context.js';
import { isFraction, type ClaimDraft } from '../draft.js';


/**
 * The owner after a counted noun: "مقاتلاً من تنظيم الدولة" (partitive), "مقاتلي
 * البشمركة" (construct), "ثلث الأراضي" (a fraction in construct), "جندي أميركي"
 * (a nationality). Measures (من الأراضي) and places (من قبضة التنظيم) own nothing.
 */
export function ownerAfter(c: ClaimContext, d: ClaimDraft): TokenRange | null {
  const unit = d.unit;
  if (!unit || d.subject) return d.subject;
  return ownerOfUnit(c, unit, isFraction(d));
}

/** The owner after `unit` (shared with vague claims: "عشرات الآلاف من المدنيين السوريين"). */
export function ownerOfUnit(c: ClaimContext, unit: UnitReading, fraction: boolean): TokenRange | null {
  const { tokens, syntax } = c;
  const after = tokens.nextWord(tokenIndex(unit.end - 1));
  if (after < 0) return null;
  if (c.lexicon.links.of.has(tokens.text(after))) {
    const head = tokens.nextWord(after);
    if (unit.kind !== 'count' || head < 0 || syntax.notOwnerHeads.has(tokens.text(head))) return null;
    return c.nounPhrase(head);
  }
  if ((unit.construct || fraction) && !isDefinite(tokens.text(unit.start))) {
    // "10 قتلى وعشرات الجرحى": a second count joined by و, not whose the first one is.
    if (c.isNumberToken(after) || c.lexicon.vague.matchAt(tokens, after) !== null) return null;
    const np = c.nounPhrase(after);
    // An owner is a definite phrase or a name; a lone word with a glued و starts a new clause ("رجال وأحرقوا").
    const conjoined = np !== null && np.end === np.start + 1 && tokens.text(np.start).startsWith(conjunctionAnd);
    if (np && !conjoined && !c.inTime(np.start, np.end)) return np;
  }
  // "جندي أميركي", and with the article after a definite noun: "من القوات العراقية".
  const word = tokens.text(after);
  if (syntax.units.isDemonym(word) || (isDefinite(word) && syntax.units.isDemonym(withoutArticle(word)))) return { start: after, end: tokenIndex(after + 1) };
  return null;
}
