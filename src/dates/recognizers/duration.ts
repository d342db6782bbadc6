import { tokenIndex } from '../../text/coordinates.js';
import { numberStartingAt, type TimeRecognizer } from './context.js';

/** A number and a noun of time: "خمس سنوات", "ستة أعوام", "3 أشهر". */
export const duration: TimeRecognizer = {
  name: 'duration',
  read({ document, tokens, lexicon }, k) {
    const n = numberStartingAt(document, k);
    if (!n || n.kind === 'ordinal') return null;
    const noun = tokens.nextWord(tokenIndex(n.end - 1));
    const unit = noun >= 0 ? lexicon.durationUnit.get(tokens.text(noun)) : undefined;
    if (unit === undefined) return null;
    return { start: k, end: tokenIndex(noun + 1), kind: 'duration', count: n.value, unit };
  },
};
