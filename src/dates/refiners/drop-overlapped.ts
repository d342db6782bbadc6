import type { TimeExpression } from '../expression.js';
import type { TimeRefiner } from './index.js';

/** Drops an expression that starts inside the one before it (what a refiner widened over). */
export const dropOverlapped: TimeRefiner = {
  name: 'drop overlapped',
  refine(_context, found) {
    const out: TimeExpression[] = [];
    for (const e of found) {
      // Bounds checked: one read at index -1 slows this read for the whole process (see NumberTokens.kindOf).
      const last = out.length > 0 ? out[out.length - 1] : undefined;
      if (last && e.start < last.end) continue;
      out.push(e);
    }
    return out;
  },
};
