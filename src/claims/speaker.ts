import type { EntityRef } from '../model.js';
import { entityRef } from '../syntax/noun-phrase.js';
import type { TokenIndex } from '../text/coordinates.js';
import type { ClaimContext } from './context.js';

/**
 * The speaker slot: who asserts the figure at token `at`, ending at `end` —
 * the nearest speaker mention before it in its sentence, a close one after it,
 * an attribution opening the next sentence, or the paragraph's last speaker.
 */
export function readSpeaker(c: ClaimContext, at: TokenIndex, end: TokenIndex): EntityRef | null {
  const range = c.speakers.speakerFor(at, c.sentenceOf(at), c.paragraphOf(at), (m) => c.closeAfter(end, m.at));
  return range ? entityRef(c.tokens, c.syntax, range) : null;
}
