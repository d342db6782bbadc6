import type { TimeRefiner } from './index.js';

/** Drops the pieces no refiner completed: a share with no whole ("الفصل الأول" of a book), "صباح" of "صباح الخير". */
export const dropPartial: TimeRefiner = {
  name: 'drop partial',
  refine(_context, found) {
    return found.filter((e) => !e.partial);
  },
};
