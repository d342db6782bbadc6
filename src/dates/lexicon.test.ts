/**
 * Every entry of the dates tables, read back through `findDates`, so that a
 * contributor's new line is tested with no further work.
 */
import { describe, expect, it } from 'vitest';
import { foldWord } from '../text/fold.js';
import { extractQuantClaims } from '../index.js';
import { findDates } from './find.js';
import { datesTables } from './lexicon.js';

const t = datesTables;
/** A Sunday: every relative word is counted from it. */
const published = { publishedAt: '2020-11-01' };
const only = (text: string, options = published): Array<[string, string]> => findDates(text, options).map((d) => [d.text, d.kind]);

describe('dates tables', () => {
  it.each(t.monthNames.flatMap((m) => m.names.map((n) => [n, m.month] as const)))('month "%s" 2019 is month %d', (name, month) => {
    const [d] = findDates(`في ${name} 2019`);
    expect(d?.start).toBe(`2019-${String(month).padStart(2, '0')}`);
  });

  it.each(t.ambiguousMonthNames.map((n) => [n] as const))('"%s" alone at the end of a clause is no month, after في it is', (name) => {
    expect(findDates(`وقال ${name}.`, published)).toEqual([]);
    expect(findDates(`في ${name}.`, published).map((d) => d.text)).toEqual([name]);
  });

  it.each(t.hijriMonthNames.flatMap((m) => m.names.map((n) => [n, m.month] as const)))('Hijri month "%s" 1436 هـ is month %d', (name, month) => {
    const [d] = findDates(`في 1 ${name} 1436 هـ`);
    // 1 Muharram 1436 is 25 October 2014; each month starts 29 or 30 days after the one before.
    const days = (Date.parse(`${d!.start!}T00:00:00Z`) - Date.parse('2014-10-25T00:00:00Z')) / 86_400_000;
    expect(Math.round(days / 29.53)).toBe(month - 1);
  });

  it.each(t.weekdayNames.flatMap((w) => w.names.map((n) => [n, w.day] as const)))('weekday "%s" resolves to day %d', (name, day) => {
    const [d] = findDates(`قال يوم ${name}`, published);
    expect(new Date(`${d!.start!}T00:00:00Z`).getUTCDay()).toBe(day);
  });

  it.each(t.seasonNames.flatMap((s) => s.names.map((n) => [n, s.firstMonth] as const)))('season "%s" 2016 starts in month %d', (name, first) => {
    const [d] = findDates(`في ${name} 2016`);
    expect(d?.start).toBe(`2016-${String(first).padStart(2, '0')}`);
  });

  it.each(t.decadeNames.flatMap((d) => d.names.map((n) => [n, d.tens] as const)))('decade "ال%s" of the twentieth century starts in 19%d', (name, tens) => {
    const [d] = findDates(`في ال${name} من القرن العشرين`);
    expect(d?.start).toBe(String(1900 + tens));
  });

  it.each(t.relativeTimeWords.map((r) => [r.phrase, r.offset] as const))('relative day "%s" is %d days from publication', (phrase, offset) => {
    const [d] = findDates(`قال ${phrase}`, published);
    const expected = new Date(Date.UTC(2020, 10, 1 + offset)).toISOString().slice(0, 10);
    expect([d?.kind, d?.start]).toEqual(['relative', expected]);
  });

  it.each(t.directionWords.map((w) => [w.word, w.offset] as const))('direction "%s" counts %d months from publication', (word, offset) => {
    // The month word with its direction, masculine or feminine alike: "الشهر الماضي".
    const [d] = findDates(`في الشهر ${word}`, published);
    expect(d?.start).toBe(`2020-${String(11 + offset).padStart(2, '0')}`);
  });

  it.each(t.anaphoricWords.map((w) => [w.word, w.offset] as const))('"العام %s" counts %d from the year before it', (word, offset) => {
    const found = findDates(`في عام 2010، ثم في العام ${word}`, published);
    expect(found[1]?.start).toBe(String(2010 + offset));
  });

  it.each(t.durationWords.filter((w) => !w.count).map((w) => [w.word, w.unit] as const))('"خلال 3 %s" is a duration in %ss', (word) => {
    expect(only(`خلال 3 ${word}`)).toEqual([[`خلال 3 ${word}`, 'duration']]);
  });

  it.each(t.durationWords.filter((w) => w.count).map((w) => [w.word, w.unit] as const))('dual "لمدة %s" is two %ss', (word, unit) => {
    const [d] = findDates(`لمدة ${word}`, published);
    expect(d?.duration).toMatch(unit === 'hour' || unit === 'minute' || unit === 'second' ? /^PT2[HMS]$/u : /^P(?:2[YMWD]|20Y|200Y)$/u);
  });

  it.each(t.vagueTimes.map((v) => [v.phrase, v.kind] as const))('"%s" is a vague time reaching %s', (phrase, kind) => {
    const found = findDates(`في عام 2010، ${phrase}.`, published);
    const d = found.find((x) => foldWord(x.text.split(' ')[0]!) === foldWord(phrase.split(' ')[0]!));
    expect(d?.kind).toBe(kind === 'sinceThen' ? 'period' : 'vague');
    if (kind === 'present') expect([d?.start, d?.end]).toEqual(['2020-11-01', '2020-11-01']);
    if (kind === 'past' || kind === 'sofar') expect([d?.start, d?.end]).toEqual([undefined, '2020-11-01']);
    if (kind === 'future') expect([d?.start, d?.end]).toEqual(['2020-11-01', undefined]);
    if (kind === 'then') expect(d?.start).toBe('2010');
    if (kind === 'sinceThen') expect([d?.start, d?.end]).toEqual(['2010', '2020-11-01']);
  });

  it.each(t.frequencyWords.map((f) => [f.word, f.unit] as const))('"%s" repeats every %s', (word, unit) => {
    expect(findDates(`يصدر ${word}`).map((d) => [d.kind, d.duration])).toEqual([['set', unit === 'hour' ? 'PT1H' : `P1${unit[0]!.toUpperCase()}`]]);
  });

  it.each(t.yearContextWords.map((w) => [w] as const))('"%s 2015 ما" introduces a year', (word) => {
    // The year is read, and resolved through what the word makes of it ("قبل 2015" ends in 2014, "بعد 2015" starts in 2016).
    const [d] = findDates(`${word} 2015 ما`, published);
    expect(d?.text.endsWith('2015')).toBe(true);
    expect([d?.start, d?.end].some((iso) => iso !== undefined && /^201[456]/u.test(iso))).toBe(true);
  });

  it.each(t.monthContextWords.map((w) => [w] as const))('"%s مارس" introduces a month', (word) => {
    const found = findDates(`${word} مارس`, published);
    expect(found.some((d) => d.text.endsWith('مارس'))).toBe(true);
  });

  it.each(t.dayContextWords.map((w) => [w] as const))('"%s 22/4." introduces a day and a month', (word) => {
    expect(findDates(`${word} 22/4.`, published).some((d) => d.start?.startsWith('2020-04-22'))).toBe(true);
  });

  it.each(t.monthDayWords.map((w) => [w] as const))('"%s شوال 1436" is the first of the month', (word) => {
    expect(findDates(`${word} شوال 1436`)[0]?.start).toBe('2015-07-17');
  });

  it.each(t.periodOpeners.map((o) => [o.phrase, o.role] as const))('"%s" opens a %s period', (phrase, role) => {
    const text =
      role === 'between' ? `${phrase} آذار 2014 وأيار 2015` : role === 'from' ? `${phrase} 4 إلى 22 يناير 2017` : role === 'within' || role === 'for' ? `${phrase} 3 سنوات` : `${phrase} عام 2015`;
    const [d] = findDates(text, published);
    // لمدة is left out of the span; every other opener belongs to it.
    expect(d?.text).toBe(role === 'for' ? '3 سنوات' : text);
  });

  it.each(t.dateRangeJoiners.map((w) => [w] as const))('"من 2014 %s 2018" is a span of years', (word) => {
    expect(findDates(`من 2014 ${word} 2018`).map((d) => [d.start, d.end])).toEqual([['2014', '2018']]);
  });

  it.each(t.approximateWords.map((a) => [a.phrase, a.bound] as const))('"قبل %s أسبوعين" is bounded %s', (phrase, bound) => {
    const [d] = findDates(`قبل ${phrase} أسبوعين`, published);
    if (bound === 'less') expect([d?.start, d?.end]).toEqual(['2020-10-18', '2020-11-01']);
    if (bound === 'more') expect([d?.start, d?.end]).toEqual([undefined, '2020-10-18']);
    if (bound === 'about') expect([d?.start, d?.end]).toEqual(['2020-10-18', '2020-10-18']);
  });

  it.each(t.weekEndingWords.map((w) => [w] as const))('"%s 25 مايو" is the week ending that day', (phrase) => {
    const [d] = findDates(`${phrase} 25 مايو 2018`);
    expect([d?.start, d?.end]).toEqual(['2018-05-19', '2018-05-25']);
  });

  it.each(t.edgeWords.map((e) => [e.word, e.position] as const))('"%s أسبوعين من تموز 2018" is at the %s of it', (word, position) => {
    const [d] = findDates(`${word} أسبوعين من تموز 2018`);
    expect([d?.start, d?.end]).toEqual(position === 'first' ? ['2018-07-01', '2018-07-14'] : ['2018-07-18', '2018-07-31']);
  });

  it.each(t.periodPartWords.map((p) => [p.phrase, p.kind] as const))('"%s عام 2017" is its %s', (phrase, kind) => {
    const [d] = findDates(`${phrase} عام 2017`, { publishedAt: '2017-11-15' });
    const expected = { start: ['2017-01', '2017-01'], early: ['2017-01', '2017-06'], middle: ['2017-06', '2017-07'], late: ['2017-07', '2017-12'], end: ['2017-12', '2017-12'], rest: ['2017-11-15', '2017-12-31'] }[kind];
    expect([d?.start, d?.end]).toEqual(expected);
  });

  it.each(t.periodDivisions.map((p) => [p.word, p.parts] as const))('"ال%s الأول من 2016" is one of %d', (word, parts) => {
    const [d] = findDates(`في ال${word} الأول من 2016`);
    expect([d?.start, d?.end]).toEqual(['2016-01', `2016-${String(12 / parts).padStart(2, '0')}`]);
  });

  it.each(t.eraWords.map((e) => [e.word, e.type, e.beforeEpoch ?? false] as const))('"1436 %s" is a %s year (before the epoch: %s)', (word, type, before) => {
    const found = findDates(`عام 1436 ${word}`);
    expect(found.map((d) => d.text)).toEqual([`عام 1436 ${word}`]);
    expect(found[0]?.start).toBe(type === 'hijri' ? '2014-10-25' : before ? '-1435' : '1436');
  });

  it.each(t.eraWords.map((e) => [e.word, e.ambiguous ?? false] as const))('"630 %s" alone is a year unless the mark is also a unit (%s)', (word, ambiguous) => {
    expect(findDates(`وقع 630 ${word}`).map((d) => d.text)).toEqual(ambiguous ? [] : [`630 ${word}`]);
  });

  it.each(t.eraWords.filter((e) => e.word.split(' ').every((w) => foldWord(w).length === 1) && e.word.includes(' ')).map((e) => [e.word] as const))(
    'the abbreviation "%s" reads with dots between its letters',
    (word) => {
      const dotted = `${word.split(' ').join('.')}.`;
      expect(findDates(`عام 150 ${dotted}`).map((d) => d.text)).toEqual([`عام 150 ${dotted.slice(0, -1)}`]);
    },
  );

  it.each(t.meridiemWords.map((w) => [w.phrase, w.kind] as const))('"الساعة 8 %s" is %s', (phrase, kind) => {
    const [d] = findDates(`الساعة 8 ${phrase}`, published);
    expect(d?.start?.slice(11)).toBe(kind === 'am' ? '08:00' : '20:00');
  });

  it.each(t.dayParts.map((p) => [p.phrase, p.from] as const))('"%s الأحد" starts at %d', (phrase, from) => {
    const [d] = findDates(`${phrase} الأحد`, published);
    expect(d?.start).toBe(`2020-11-01T${String(from).padStart(2, '0')}:00`);
  });

  it.each(t.dayWords.map((w) => [w] as const))('"%s الثلاثاء" is the weekday, the day word left out', (word) => {
    expect(findDates(`قال ${word} الثلاثاء`, published).map((d) => d.text)).toEqual(['الثلاثاء']);
  });

  it.each(t.clockWords.map((w) => [w] as const))('"%s 14:00" is a time of day', (word) => {
    expect(findDates(`في ${word} 14:00`, published).map((d) => [d.text, d.start])).toEqual([[`${word} 14:00`, '2020-11-01T14:00']]);
  });

  it.each(t.timeZoneWords.map((z) => [z.phrase, z.named] as const))('"21,00 %s" carries its zone (named %s)', (phrase, named) => {
    const text = named ? `21,00 ${phrase} غرينتش` : `21,00 ${phrase}`;
    expect(findDates(`(${text})`, published).map((d) => d.text)).toEqual([text]);
  });

  it.each(t.ageWords.map((w) => [w] as const))('"%s 40 عاما" is an age, no time', (word) => {
    expect(findDates(`رجل ${word} 40 عاما`, published)).toEqual([]);
  });

  it.each(t.seasonWords.map((w) => [w] as const))('"%s 2017/2018" is a football season', (word) => {
    expect(findDates(`${word} 2017/2018`).map((d) => [d.start, d.end])).toEqual([['2017-08', '2018-05']]);
  });

  it.each(t.fiscalYearNouns.map((w) => [w] as const))('"%s المقبل" in a text on Egypt is its next fiscal year, July to June', (noun) => {
    expect(findDates(`موازنة مصر ${noun} المقبل`, published).map((d) => [d.start, d.end])).toEqual([['2021-07', '2022-06']]);
  });

  it.each(t.fiscalYearStarts.flatMap((f) => f.places.map((p) => [p, f.month] as const)))('"%s" names a state whose fiscal year starts in month %d', (place, month) => {
    const [d] = findDates(`${place} في السنة المالية 2020/2021`);
    const from = month === 1 ? '2020' : `2020-${String(month).padStart(2, '0')}`;
    expect(d?.start).toBe(from);
  });

  it.each(t.comparisonWords.map((w) => [w] as const))('a figure compared "%s" a year is not scoped by it', (word) => {
    const [claim] = findDates(`ارتفع 5% ${word} العام الماضي`, published);
    expect(claim?.start).toBe('2019');
  });

  it.each(t.recordWords.map((w) => [w] as const))('"%s … منذ 2008" marks the start of a record', (word) => {
    expect(findDates(`${word} مستوى منذ 2008`, published)[0]?.start).toBe('2008');
  });

  it.each(t.beginningWords.map((w) => [w] as const))('a figure of an operation that "%s" on a day counts from it to publication', (word) => {
    const [claim] = extractQuantClaims(`قتل 22 جنديا في عملية ${word} في 9 فبراير 2018.`, { publishedAt: '2018-04-14' });
    expect([claim?.time?.text, claim?.time?.start, claim?.time?.end, claim?.time?.cumulative]).toEqual(['9 فبراير 2018', '2018-02-09', '2018-04-14', true]);
  });

  it.each(t.dateLinkWords.map((w) => [w.word, w.role] as const))('"%s" links the parts of a date as %s', (word, role) => {
    if (role === 'of') expect(findDates(`في العاشر ${word} مارس 2019`).map((d) => [d.text, d.start])).toEqual([[`العاشر ${word} مارس 2019`, '2019-03-10']]);
    if (role === 'in') expect(only(`يتقاضى ألف يورو ${word} الشهر`)).toEqual([[`${word} الشهر`, 'set']]);
    if (role === 'this') expect(findDates(`قال ${word} العام`, published).map((d) => [d.text, d.start])).toEqual([[`${word} العام`, '2020']]);
    if (role === 'same') expect(findDates(`في عام 2010، ثم في ${word} العام`, published).map((d) => [d.text, d.start])).toEqual([['عام 2010', '2010'], [`${word} العام`, '2010']]);
    // A baseline scopes no figure: the claim keeps no time, although the date is found.
    const timeOfClaim = (text: string): [string | undefined, string | null | undefined] => {
      const [claim] = extractQuantClaims(text, published);
      if (!claim) return [undefined, undefined];
      return [claim.text, claim.time ? claim.time.text : null];
    };
    if (role === 'with') {
      // The with of "مقارنة مع" is not counted in how far the word of comparison may stand.
      expect(timeOfClaim(`ارتفع عدد الزوار 5% مقارنة ${word} الفترة المماثلة من العام الماضي`)).toEqual(['5%', null]);
    }
    if (role === 'than') {
      // Right before the time it makes a baseline; further back it is the "about" of a verb.
      expect(timeOfClaim(`ارتفع عدد الزوار 5% ${word} العام الماضي`)).toEqual(['5%', null]);
      expect(timeOfClaim(`كشف ${word} زيادة الصادرات في العام الماضي بنسبة 5%`)).toEqual(['5%', 'العام الماضي']);
    }
    if (role === 'or') expect(findDates(`بقي 3 ${word} 4 أيام`, published).map((d) => [d.text, d.kind])).toEqual([[`3 ${word} 4 أيام`, 'duration']]);
    // Without the entry the words around it come apart: the table does the work.
    const without = { ...published, lexicon: { dateLinkWords: { replace: t.dateLinkWords.filter((w) => w.word !== word) } } };
    if (role === 'between') {
      const days = (options: typeof published): Array<[string, string | undefined, string | undefined]> => findDates(`نوفمبر ${word} 15 و 19`, options).map((d) => [d.text, d.start, d.end]);
      expect(days(published)).toEqual([[`نوفمبر ${word} 15 و 19`, '2020-11-15', '2020-11-19']]);
      expect(days(without)).not.toEqual(days(published));
    }
    if (role === 'now') {
      // Counted from publication (a Sunday, 1 November 2020): two weeks from now is 15 November.
      const fromNow = (options: typeof published): Array<[string, string | undefined]> => findDates(`بعد أسبوعين من ${word}`, options).map((d) => [d.text, d.start]);
      expect(fromNow(published)).toEqual([[`بعد أسبوعين من ${word}`, '2020-11-15']]);
      expect(fromNow(without)).not.toEqual(fromNow(published));
    }
  });

  it.each(t.holidays.flatMap((h) => h.names.map((n) => [n, h.type ?? 'none'] as const)))('holiday "%s" (%s)', (name, type) => {
    const [d] = findDates(`في ${name} 2018`);
    expect(d?.kind).toBe('holiday');
    if (type === 'none') expect(d?.start).toBeUndefined();
    else expect(d?.start?.slice(0, 4)).toBe('2018');
  });

  it.each(t.holidayContextWords.map((w) => [w] as const))('"%s رمضان" introduces the month of Ramadan', (word) => {
    expect(findDates(`${word} رمضان`, published).map((d) => d.kind)).toEqual(['holiday']);
  });
});
