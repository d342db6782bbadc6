/**
 * Hostile input to every public function: random strings with control
 * characters, lone surrogates, bidi marks, presentation forms, huge and tiny
 * numbers in every digit script. No function may throw on a string, and every
 * span it returns must slice its own text out of the caller's string.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  alignClaims,
  createAligner,
  createClaimExtractor,
  entitySimilarity,
  extractQuantClaims,
  findDates,
  findEntityMentions,
  findNumbers,
  formatArabicNumber,
  groupEntities,
  normalizeEntityName,
  parseArabicNumber,
  sameEntity,
} from '../src/index.js';

/** Pieces that have broken text libraries: controls, lone surrogates, marks, ligatures, separators and long digit runs. */
const hostilePieces = [
  '\u0000', '\u0007', '\u001b', '\u200f', '\u202e', '\u2066', '\ufeff', '\ud800', '\udfff', '\ud83d\ude00', '\ufdfa', '\ufd3f', '\ufefb',
  'ٌ', 'ـــ', '٫', '٬', '،', '/', '-', '−', '%', '٪', '$', '(', ')', '«', '»', '“', '”', ':', '.', '..', '\n', '\r\n', '\t', ' ',
  '9007199254740993', '1e308', '٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩', '0.000000001', '125.000', '1,2,3,4', '٣/٤', 'مليار مليار مليار', 'ألف ألف',
  'أكثر من', 'بين', 'و', 'قال', 'العقيد', 'ثلاثة آلاف', 'عشرات', 'أمس', 'رمضان 1436 هـ', '30/11/2017', '3-1', 'الرياض - واس',
];
const hostile = fc.array(fc.oneof(fc.constantFrom(...hostilePieces), fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join(''));

/** Every span of a result object, found wherever it sits, with the text it claims to cover. */
function spans(value: unknown, out: Array<{ text: string; start: number; end: number }> = []): Array<{ text: string; start: number; end: number }> {
  if (Array.isArray(value)) for (const v of value) spans(v, out);
  else if (value && typeof value === 'object') {
    const o = value as { text?: unknown; span?: { start: number; end: number } };
    if (typeof o.text === 'string' && o.span && typeof o.span.start === 'number' && o.text !== '') out.push({ text: o.text, ...o.span });
    for (const v of Object.values(value)) if (v && typeof v === 'object') spans(v, out);
  }
  return out;
}

function exactSpans(input: string, result: unknown): void {
  for (const s of spans(result)) expect(input.slice(s.start, s.end)).toBe(s.text);
}

describe('hostile input', () => {
  const extractor = createClaimExtractor({ lexicon: { countUnits: [{ lemma: 'مسيرة', kind: 'count', forms: [] }] } });

  test.prop([hostile], { numRuns: 300 })('the text functions never throw and every span is exact', (input) => {
    exactSpans(input, findNumbers(input));
    parseArabicNumber(input);
    exactSpans(input, findDates(input, { publishedAt: '2018-06-04' }));
    exactSpans(input, extractQuantClaims(input));
    exactSpans(input, extractor.extract(input));
    exactSpans(input, findEntityMentions(input));
    exactSpans(input, findEntityMentions(input, { nested: false }));
  });

  test.prop([hostile, hostile], { numRuns: 200 })('the name functions never throw and agree with themselves', (a, b) => {
    normalizeEntityName(a);
    const s = entitySimilarity(a, b);
    expect(s).toBeGreaterThanOrEqual(0);
    expect(s).toBeLessThanOrEqual(1);
    expect(sameEntity(a, b)).toBe(sameEntity(b, a));
  });

  test.prop([fc.array(hostile, { minLength: 1, maxLength: 4 })], { numRuns: 60 })('grouping and alignment take any documents', (texts) => {
    const documents = texts.map((text, i) => ({ id: `d${i}`, text }));
    groupEntities(documents.map((d) => ({ id: d.id, mentions: findEntityMentions(d.text) })));
    alignClaims(documents.map((d) => ({ id: d.id, claims: extractQuantClaims(d.text) })));
    const aligner = createAligner();
    for (const d of documents) aligner.add({ id: d.id, claims: extractQuantClaims(d.text) });
    aligner.clusters();
  });

  test.prop([fc.oneof(fc.double(), fc.integer(), fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map(Number))], { numRuns: 300 })(
    'formatArabicNumber answers every number with a string or a RangeError that says why',
    (n) => {
      try {
        expect(typeof formatArabicNumber(n)).toBe('string');
      } catch (error) {
        expect(error).toBeInstanceOf(RangeError);
        expect((error as Error).message).toMatch(/formatArabicNumber/u);
      }
    },
  );

  test.prop([fc.oneof(fc.constant(null), fc.integer(), fc.object(), fc.array(fc.string()), fc.constant(undefined))], { numRuns: 50 })(
    'a value that is not text is a TypeError naming the function',
    (value) => {
      const calls: Array<[string, () => unknown]> = [
        ['findNumbers', () => findNumbers(value as never)],
        ['parseArabicNumber', () => parseArabicNumber(value as never)],
        ['findDates', () => findDates(value as never)],
        ['extractQuantClaims', () => extractQuantClaims(value as never)],
        ['findEntityMentions', () => findEntityMentions(value as never)],
        ['normalizeEntityName', () => normalizeEntityName(value as never)],
      ];
      for (const [name, call] of calls) expect(call, name).toThrow(new RegExp(`^${name}: `, 'u'));
    },
  );
});
