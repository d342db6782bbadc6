/**
 * Every entry of the dates tables, read back through `findDates`, so that a
 * contributor's new line is tested with no further work.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from './find.js';
import { datesTables } from './lexicon.js';

const t = datesTables;
const published = { publishedAt: '2020-11-01' };

describe('dates tables', () => {
  it.each(t.monthNames.flatMap((m) => m.names.map((n) => [n, m.month] as const)))('month "%s" 2019 is month %d', (name, month) => {
    const [d] = findDates(`في ${name} 2019`);
    expect(d?.start).toBe(`2019-${String(month).padStart(2, '0')}`);
  });

  it.each(t.weekdayNames.flatMap((w) => w.names.map((n) => [n, w.day] as const)))('weekday "%s" resolves to day %d', (name, day) => {
    const [d] = findDates(`قال يوم ${name}`, published);
    expect(new Date(`${d!.start!}T00:00:00Z`).getUTCDay()).toBe(day);
  });

  it.each(t.relativeTimeWords.map((r) => [r.phrase, r.unit, r.offset] as const))('relative "%s" (%s %d) resolves against publishedAt', (phrase, unit, offset) => {
    const [d] = findDates(`قال ${phrase}`, published);
    expect(d?.kind).toBe('relative');
    const expected = { day: `2020-11-${String(1 + offset).padStart(2, '0')}`, week: '', month: `2020-${String(11 + offset).padStart(2, '0')}`, year: String(2020 + offset) }[unit];
    if (unit === 'day' && offset < 0) expect(d?.start).toBe('2020-10-31');
    else if (unit === 'week') expect(d?.end).toBe('2020-11-01');
    else expect(d?.start).toBe(expected);
  });

  it.each(t.durationWords.map((w) => [w.word, w.unit] as const))('"3 %s" is a duration in %ss', (word) => {
    expect(findDates(`استمر 3 ${word}`).map((d) => [d.text, d.kind])).toEqual([[`3 ${word}`, 'duration']]);
  });

  it.each(t.yearContextWords.map((w) => [w] as const))('"%s 2015 ما" introduces a year', (word) => {
    const found = findDates(`${word} 2015 ما`);
    expect(found.some((d) => d.start === '2015' || d.end === '2015')).toBe(true);
  });

  it.each(t.monthContextWords.map((w) => [w] as const))('"%s مارس" introduces a month', (word) => {
    const found = findDates(`${word} مارس`, published);
    expect(found.some((d) => d.text.endsWith('مارس') && (d.start ?? d.end)?.endsWith('-03'))).toBe(true);
  });

  it.each(t.periodOpeners.map((o) => [o.phrase, o.role] as const))('"%s" opens a %s period', (phrase, role) => {
    // Between needs two ends; every other opener takes the expression after it into the period.
    const text = role === 'between' ? `${phrase} آذار 2014 وأيار 2015` : `${phrase} 3 سنوات`;
    const [d] = findDates(text, published);
    expect(d?.text).toBe(text);
  });

  it.each(t.meridiemWords.map((w) => [w] as const))('"03:16 %s" is a time of day', (word) => {
    expect(findDates(`في 03:16 ${word}`).map((d) => [d.text, d.kind])).toEqual([[`03:16 ${word}`, 'time']]);
  });

  it.each(t.dayWords.map((w) => [w] as const))('"%s الثلاثاء" is one expression', (word) => {
    expect(findDates(`قال ${word} الثلاثاء`, published).map((d) => d.text)).toEqual([`${word} الثلاثاء`]);
  });
});
