/**
 * Every entry of the claim tables, read back through the public functions, so
 * that a contributor's new line is tested with no further work.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../dates/dates.js';
import { extractQuantClaims } from '../extract.js';
import { monthNames, relativeTimeWords, weekdayNames } from '../../dates/lexicon.js';
import { predicates } from '../../syntax/lexicon/predicates.js';
import { attributionPhrases, reportingVerbs } from '../../syntax/lexicon/reporting.js';
import { titleWords } from '../../names/titles.js';

describe('months', () => {
  it.each(monthNames.flatMap((m) => m.names.map((n) => [n, m.month] as const)))('%s 2019 is month %d', (name, month) => {
    const [d] = findDates(`في ${name} 2019`);
    expect(d?.start).toBe(`2019-${String(month).padStart(2, '0')}`);
  });

  it.each(weekdayNames.flatMap((w) => w.names.map((n) => [n, w.day] as const)))('%s resolves to weekday %d', (name, day) => {
    const [d] = findDates(`قال يوم ${name}`, { publishedAt: '2020-11-01' });
    expect(new Date(`${d!.start!}T00:00:00Z`).getUTCDay()).toBe(day);
  });

  it.each(relativeTimeWords.map((r) => [r.phrase] as const))('relative "%s" resolves against publishedAt', (phrase) => {
    const [d] = findDates(`قال ${phrase}`, { publishedAt: '2020-11-01' });
    expect(d?.kind).toBe('relative');
    expect(d?.start).toBeDefined();
  });
});

describe('reporting verbs, attributions and titles', () => {
  it.each(reportingVerbs.map((v) => [v] as const))('"%s" introduces its speaker', (verb) => {
    const [c] = extractQuantClaims(`${verb} البيان إن 30 مدنيا قتلوا`);
    expect(c?.speaker?.text).toBe('البيان');
  });

  it.each(attributionPhrases.map((a) => [a] as const))('"%s" attributes the figure', (phrase) => {
    const [c] = extractQuantClaims(`قتل 30 مدنيا، ${phrase} البيان`);
    expect(c?.speaker?.text).toBe('البيان');
  });

  it.each(titleWords.map((t) => [t] as const))('the name after "%s" is the speaker', (title) => {
    const [c] = extractQuantClaims(`وقال ${title} جون سميث إن 30 مدنيا قتلوا`);
    expect(c?.speaker?.text).toBe('جون سميث');
  });
});

describe('predicates', () => {
  it.each(predicates.flatMap((p) => p.forms.map((f) => [f, p.stem] as const)))('"%s" is the predicate %s', (form, stem) => {
    const [c] = extractQuantClaims(`قال البيان إن ${form} 30 شخصا`);
    expect(c?.predicate).toBe(stem);
  });
});
