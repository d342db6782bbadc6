import type { TimeExpression } from '../expression.js';
import type { TimeRefiner } from './index.js';

/** Drops an expression that starts inside the one before it (what a refiner widened over). */
export const dropOverlapped: TimeRefiner = {
  name: 'drop overlapped',
  refine(_context, found) {
    const out: TimeExpression[] = [];
    for (const e of found) {
      const last = out[out.length - 1];
      if (last && e.start < last.end) continue;
      out.push(e);
    }
    return out;
  },
};
