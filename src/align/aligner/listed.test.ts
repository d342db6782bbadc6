import { describe, expect, it } from 'vitest';
import { claim } from '../../../test/hand-claims.js';
import { shared } from '../../../test/align-of.js';
import type { Claim } from '../../model.js';
import { alignClaims } from '../align.js';

describe('alignClaims: the lists and the one toll of a document', () => {
  it('reads a toll beside figures of that thing too far from it, or of earlier days, as its document\'s one toll', () => {
    // Two reports of one shipwreck share "35 قتيلاً": one counts 67 rescued and also "إنقاذ ستة أشخاص" off
    // another coast (beyond ×1.5), the other 68 rescued and 120 rescued in March (an earlier day).
    const march = { text: 'في مارس', span: { start: 0, end: 1 }, start: '2018-03', end: '2018-03' };
    const rescued = (v: number, more: Partial<Claim> = {}): Claim => claim(v, 'مهاجر', { predicate: 'انقذ', ...more });
    const [, toll] = alignClaims([
      { id: 'a', publishedAt: '2018-06-03', claims: [claim(35, 'قتيل'), rescued(67), claim(6, 'شخص', { predicate: 'انقذ' })] },
      { id: 'b', publishedAt: '2018-06-03', claims: [claim(35, 'قتيل'), rescued(68), rescued(120, { time: march })] },
    ]);
    expect(toll!.members.map((m) => `${m.documentId}:${m.claim.text}`)).toEqual(['a:67 مهاجر', 'b:68 مهاجر']);
    expect(toll!.status).toBe('conflicting');
    // A document that gives three figures of one thing reviews many events: none is its one toll.
    const review = alignClaims([
      { id: 'a', publishedAt: '2018-06-03', claims: [claim(35, 'قتيل'), rescued(67), rescued(6), rescued(300)] },
      { id: 'b', publishedAt: '2018-06-03', claims: [claim(35, 'قتيل'), rescued(68)] },
    ]);
    expect(shared(review)).toEqual([['a:35 قتيل', 'b:35 قتيل']]);
    // "وإنقاذ العشرات" over "إنقاذ 67 مهاجرا" is the 67 said vaguely: it joins the toll, and the toll stays one.
    const dozens = claim(null, null, { text: 'العشرات', bound: 'vague', min: 10, max: 100, predicate: 'انقذ' });
    const withVague = alignClaims([
      { id: 'a', publishedAt: '2018-06-03', claims: [claim(35, 'قتيل'), rescued(67)] },
      { id: 'b', publishedAt: '2018-06-03', claims: [claim(35, 'قتيل'), dozens, rescued(67)] },
      { id: 'c', publishedAt: '2018-06-03', claims: [claim(35, 'قتيل'), rescued(68)] },
    ]);
    expect(shared(withVague)[1]).toEqual(['a:67 مهاجر', 'b:العشرات', 'b:67 مهاجر', 'c:68 مهاجر']);
  });

  it('reads figures of different things happening to people as no list: 37 dead, 5 dead earlier and 30 injured', () => {
    // "لقي 37 شخصا مصرعهم … مصرع خمسة أشخاص … وإصابة نحو ثلاثين آخرين" lists no three figures of شخص:
    // the story's "عشرات القتلى" joins the toll of the dead.
    const people = (v: number, predicate: string): Claim => claim(v, 'شخص', { predicate });
    const [dead] = alignClaims([
      { id: 'a', claims: [claim(37, 'قتيل'), claim(70, 'مفقود')] },
      { id: 'b', claims: [people(37, 'قتل'), people(5, 'قتل'), people(30, 'اصاب'), claim(null, 'قتيل', { text: 'عشرات القتلى', bound: 'vague', min: 10, max: 100 }), claim(70, 'مفقود')] },
    ]);
    expect(dead!.members.map((m) => `${m.documentId}:${m.claim.text}`)).toEqual(['a:37 قتيل', 'b:37 شخص', 'b:عشرات القتلى']);
  });

  it('reads no story tie into a list of figures of one noun: Sweden 1 diplomat, Italy 2, Germany 4', () => {
    const clusters = alignClaims([
      { id: 'list', claims: [claim(14, 'دوله'), claim(1, 'دبلوماسي'), claim(2, 'دبلوماسي'), claim(4, 'دبلوماسي')] },
      { id: 'report', claims: [claim(14, 'دوله'), claim(4, 'دبلوماسي')] },
    ]);
    expect(shared(clusters)).toEqual([['list:14 دوله', 'report:14 دوله']]);
  });
});
