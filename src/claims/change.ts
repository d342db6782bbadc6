/**
 * The change slot: when a verb of change governs a figure, whether the figure
 * is the size of the change or the level reached, relative or absolute, and
 * from what base.
 */
import type { ChangeDetail } from '../model.js';
import { withoutConjunction } from '../text/clitics.js';
import { type TokenIndex } from '../text/coordinates.js';
import type { ClaimContext } from './context.js';
import type { ClaimDraft } from './draft.js';

/**
 * "ارتفع المؤشر بنسبة 3.5%" → the amount, relative (a share: بمقدار الثلث too); "تراجع 120 نقطة" → the
 * amount, absolute; "ارتفع عدد الوفيات من 50 إلى 73" → for 73, the level reached
 * from a base of 50. Only a predicate before the figure governs it this way.
 */
export function readChangeDetail(c: ClaimContext, d: ClaimDraft): ChangeDetail | null {
  const direction = d.predicate?.entry.change;
  if (!direction || d.predicate!.at >= d.start) return null;
  const { tokens, lexicon } = c;
  let level = false;
  let base: number | null = null;
  // Read back from the figure to the verb; another figure on the way keeps what stands before it.
  for (let k = (d.start - 1) as TokenIndex; k > d.predicate!.at; k--) {
    if (c.isNumberToken(k)) {
      const n = c.document.numberAt(k)!;
      const from = tokens.previousWord(n.start);
      if (level && from >= 0 && lexicon.changeBase.has(tokens.text(from))) base = n.value;
      break;
    }
    if (!tokens.isWord(k)) continue;
    if (lexicon.changeLevel.has(tokens.text(k)) || lexicon.changeLevel.has(withoutConjunction(tokens.text(k)))) level = true;
  }
  // A share of what changes (بنسبة 5%، بمقدار الثلث) is a relative change; a count of the figure's unit (120 نقطة) an absolute one.
  const share = d.unitRef?.kind === 'percent' || d.unitRef?.kind === 'fraction';
  return { direction, figure: level ? 'level' : 'amount', relative: !level && share, base: level ? base : null };
}
