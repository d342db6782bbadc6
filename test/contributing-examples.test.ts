/**
 * The worked examples of docs/contributing-rules.md do what the document says: each run once with
 * the default tables (the word missing) and once with the entry added at run time.
 */
import { describe, expect, it } from 'vitest';
import { createClaimExtractor, findDates, findEntityMentions, normalizeEntityName, sameEntity } from '../src/index.js';

describe('docs/contributing-rules.md', () => {
  it('a month name: 3 أوكتوبر 2016 is a day once أوكتوبر is a name of October', () => {
    const text = 'في 3 أوكتوبر 2016';
    expect(findDates(text).map((d) => d.text)).toEqual(['2016']);
    const [day] = findDates(text, { lexicon: { monthNames: [{ month: 10, names: ['أوكتوبر'] }] } });
    expect(day).toMatchObject({ text: '3 أوكتوبر 2016', span: { start: 3, end: 17 }, start: '2016-10-03', end: '2016-10-03' });
  });

  it('a title: القائمقام is dropped from the name once it is a title', () => {
    const name = 'القائمقام زياد نصر الدين';
    const lexicon = { titleWords: ['القائمقام'] };
    expect(normalizeEntityName(name)).not.toBe(normalizeEntityName('زياد نصر الدين'));
    expect(normalizeEntityName(name, { lexicon })).toBe(normalizeEntityName('زياد نصر الدين'));
    expect(sameEntity(name, 'زياد نصر الدين')).toBe(false);
    expect(sameEntity(name, 'زياد نصر الدين', { lexicon })).toBe(true);
    const text = 'وقال القائمقام زياد نصر الدين إن الطريق مقطوع';
    expect(findEntityMentions(text, { lexicon }).map((m) => [m.text, m.type, text.slice(m.span.start, m.span.end)])).toEqual([
      ['زياد نصر الدين', 'person', 'زياد نصر الدين'],
    ]);
  });

  it('a bound phrase, a unit and a reporting verb added together', () => {
    const text = 'وغرّد الوزير بأن الدفاعات أسقطت ما ينوف على 12 مسيّرة';
    const extractor = createClaimExtractor({
      lexicon: {
        boundPhrases: [{ phrase: 'ما ينوف على', bound: 'moreThan', position: 'before' }],
        countUnits: [{ lemma: 'مسيّرة', kind: 'count', forms: [], inflect: 'feminine' }],
        reportingVerbs: [{ past: 'غرد', present: 'يغرد' }],
      },
    });
    const [claim] = extractor.extract(text);
    expect(claim).toMatchObject({ text: 'ما ينوف على 12 مسيّرة', value: 12, bound: 'moreThan', unit: { singular: 'مسيّرة' } });
    expect(text.slice(claim!.span.start, claim!.span.end)).toBe(claim!.text);
    expect(claim!.speaker?.text).toBe('الوزير');
    const [plain] = createClaimExtractor().extract(text);
    expect(plain?.bound).not.toBe('moreThan');
  });

  it('a bound verb: ينوف written once gives its feminine, ما before it and its negations', () => {
    const { extract } = createClaimExtractor({ lexicon: { boundVerbs: [{ present: 'ينوف', jussive: 'ينف', prepositions: ['على'], bound: 'moreThan' }] } });
    expect(extract('قتل ما ينوف على 30 شخصا')[0]).toMatchObject({ text: 'ما ينوف على 30 شخصا', bound: 'moreThan' });
    expect(extract('خسائر تنوف على 30 مليون دولار')[0]).toMatchObject({ bound: 'moreThan' });
    expect(extract('عدد لا ينوف على 30 شخصا')[0]).toMatchObject({ bound: 'atMost' });
    expect(extract('عدد لم ينف على 30 شخصا')[0]).toMatchObject({ bound: 'atMost' });
    expect(createClaimExtractor().extract('عدد لا ينوف على 30 شخصا')[0]?.bound).toBe('exact');
  });
});
