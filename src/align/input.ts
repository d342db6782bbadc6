/**
 * Checks of what enters alignment: options, documents, days. A wrong type is a
 * TypeError, a wrong number or date a RangeError, each naming the function,
 * the parameter and what was expected.
 */
import type { ClaimExtractor } from '../claims/extract.js';
import type { Claim } from '../model.js';
import { requireOptions } from '../text/validate.js';
import { DAY } from './features.js';
import type { AlignmentDocument, AlignOptions } from './types.js';

/** Days two publication dates may be apart by default. */
export const DEFAULT_WINDOW = 2;
/** How far apart two figures of one fact may be by default, as a ratio. */
export const DEFAULT_FACTOR = 1.5;
/** Share by which figures may differ and still agree, by default. */
export const DEFAULT_TOLERANCE = 0;

/** Options with their defaults, checked. */
export interface Settings {
  readonly window: number;
  readonly factor: number;
  readonly tolerance: number;
  readonly explain: boolean;
  readonly extractor: ClaimExtractor | undefined;
  readonly lexicon: unknown;
}

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? JSON.stringify(v.slice(0, 40)) : typeof v === 'object' ? 'an object' : String(v));

function numberOption(fn: string, name: string, value: unknown, fallback: number, ok: (x: number) => boolean, expected: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number') throw new TypeError(`${fn}: options.${name} must be ${expected}, got ${describe(value)}`);
  if (!ok(value)) throw new RangeError(`${fn}: options.${name} must be ${expected}, got ${describe(value)}`);
  return value;
}

/** The options with their defaults; TypeError or RangeError naming the option that is wrong. */
export function settingsOf(fn: string, options: unknown): Settings {
  requireOptions(options, fn);
  const o = (options ?? {}) as AlignOptions;
  const extractor = o.extractor;
  if (extractor !== undefined && (typeof extractor !== 'object' || extractor === null || typeof (extractor as { extract?: unknown }).extract !== 'function')) {
    throw new TypeError(`${fn}: options.extractor must be a ClaimExtractor (from createClaimExtractor), got ${describe(extractor)}`);
  }
  if (o.explain !== undefined && typeof o.explain !== 'boolean') throw new TypeError(`${fn}: options.explain must be true or false, got ${describe(o.explain)}`);
  return {
    window: numberOption(fn, 'window', o.window, DEFAULT_WINDOW, (x) => Number.isFinite(x) && x >= 0, 'a number of days, 0 or more'),
    factor: numberOption(fn, 'factor', o.factor, DEFAULT_FACTOR, (x) => Number.isFinite(x) && x >= 1, 'a ratio of 1 or more'),
    tolerance: numberOption(fn, 'tolerance', o.tolerance, DEFAULT_TOLERANCE, (x) => Number.isFinite(x) && x >= 0 && x < 1, 'a share from 0 to below 1'),
    explain: o.explain ?? true,
    extractor,
    lexicon: o.lexicon,
  };
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/u;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T/u;

/** A date (a Date, "YYYY-MM-DD" or an ISO date-time) as a day number; TypeError or RangeError naming `parameter`. */
export function dayNumber(fn: string, parameter: string, value: unknown): number {
  const expected = 'a date such as "2018-06-03", an ISO date-time, or a Date';
  let time: number;
  if (value instanceof Date) time = value.getTime();
  else if (typeof value === 'string') {
    const day = isoDay.exec(value);
    if (day) {
      const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
      time = Date.UTC(y, m - 1, d);
      const date = new Date(time);
      if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) time = Number.NaN;
    } else time = isoDateTime.test(value) ? Date.parse(value) : Number.NaN;
  } else throw new TypeError(`${fn}: ${parameter} must be ${expected}, got ${describe(value)}`);
  if (!Number.isFinite(time)) throw new RangeError(`${fn}: ${parameter} must be ${expected}, got ${value instanceof Date ? 'an invalid Date' : describe(value)}`);
  return Math.floor(time / DAY);
}

/** "YYYY-MM-DD" of a day number. */
export const isoOfDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** A document, checked: TypeError naming `parameter` (documents[3], document) and the field that is wrong. */
export function checkDocument(fn: string, parameter: string, d: unknown): AlignmentDocument {
  const expected = 'an object { id, text or claims, source?, publishedAt? }';
  if (typeof d !== 'object' || d === null || Array.isArray(d)) throw new TypeError(`${fn}: ${parameter} must be ${expected}, got ${describe(d)}`);
  const doc = d as Record<string, unknown>;
  if (typeof doc.id !== 'string') throw new TypeError(`${fn}: ${parameter}.id must be a string, got ${describe(doc.id)}`);
  if (doc.claims === undefined && doc.text === undefined) throw new TypeError(`${fn}: ${parameter} must have text or claims`);
  if (doc.text !== undefined && typeof doc.text !== 'string') throw new TypeError(`${fn}: ${parameter}.text must be a string, got ${describe(doc.text)}`);
  if (doc.claims !== undefined) {
    if (!Array.isArray(doc.claims)) throw new TypeError(`${fn}: ${parameter}.claims must be an array of claims, got ${describe(doc.claims)}`);
    doc.claims.forEach((c: unknown, i) => {
      const claim = c as Partial<Claim> | null;
      if (typeof claim !== 'object' || claim === null || typeof claim.bound !== 'string' || typeof claim.id !== 'string') {
        throw new TypeError(`${fn}: ${parameter}.claims[${i}] must be a claim (from extractQuantClaims), got ${describe(c)}`);
      }
    });
  }
  if (doc.source !== undefined && typeof doc.source !== 'string') throw new TypeError(`${fn}: ${parameter}.source must be a string, got ${describe(doc.source)}`);
  return d as AlignmentDocument;
}
