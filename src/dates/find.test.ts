import { describe, expect, it } from 'vitest';
import { findDates } from './find.js';

function dates(text: string, publishedAt?: string): Array<[string, string, string | undefined, string | undefined]> {
  const found = findDates(text, publishedAt ? { publishedAt } : {});
  for (const d of found) expect(text.slice(d.span.start, d.span.end)).toBe(d.text);
  return found.map((d) => [d.text, d.kind, d.start, d.end]);
}

describe('findDates', () => {
  it('reads month names in the three systems', () => {
    expect(dates('في تموز 2014')).toEqual([['تموز 2014', 'date', '2014-07', '2014-07']]);
    expect(dates('في يوليو 2014')).toEqual([['يوليو 2014', 'date', '2014-07', '2014-07']]);
    expect(dates('في جويلية 2014')).toEqual([['جويلية 2014', 'date', '2014-07', '2014-07']]);
    expect(dates('كانون الثاني 2015')).toEqual([['كانون الثاني 2015', 'date', '2015-01', '2015-01']]);
    expect(dates('أفريل 2015')).toEqual([['أفريل 2015', 'date', '2015-04', '2015-04']]);
  });

  it('reads paired month names and periods between them', () => {
    expect(dates('بين آب/ أغسطس 2014 وتشرين الأول/ أكتوبر 2017')).toEqual([
      ['بين آب/ أغسطس 2014 وتشرين الأول/ أكتوبر 2017', 'period', '2014-08', '2017-10'],
    ]);
    expect(dates('في الفترة بين آب (أغسطس) 2014 وتشرين الأول (أكتوبر) 2017')).toEqual([
      ['بين آب (أغسطس) 2014 وتشرين الأول (أكتوبر) 2017', 'period', '2014-08', '2017-10'],
    ]);
  });

  it('reads day-month-year with spaces or slashes, digit dates and times of day', () => {
    expect(dates('الخميس 30/نوفمبر/2017 - 03:16 م')).toEqual([
      ['الخميس 30/نوفمبر/2017', 'date', '2017-11-30', '2017-11-30'],
      ['03:16 م', 'time', undefined, undefined],
    ]);
    expect(dates('في 30/11/2017')).toEqual([['30/11/2017', 'date', '2017-11-30', '2017-11-30']]);
    expect(dates('في 5/17/2018')).toEqual([['5/17/2018', 'date', '2018-05-17', '2018-05-17']]);
  });

  it('reads a year glued to the next word, as a careless dateline writes it', () => {
    expect(dates('فريق التحرير6 ديسمبر 2017آخر تحديث')).toEqual([['6 ديسمبر 2017', 'date', '2017-12-06', '2017-12-06']]);
  });

  it('resolves relative words and weekdays against publishedAt', () => {
    expect(dates('قال يوم الثلاثاء', '2017-12-06')).toEqual([['يوم الثلاثاء', 'relative', '2017-12-05', '2017-12-05']]);
    expect(dates('بحسب ما قال أمس', '2017-12-06')).toEqual([['أمس', 'relative', '2017-12-05', '2017-12-05']]);
    expect(dates('في الشهر الماضي', '2020-11-01')).toEqual([['الشهر الماضي', 'relative', '2020-10', '2020-10']]);
    expect(dates('قال يوم الثلاثاء')).toEqual([['يوم الثلاثاء', 'relative', undefined, undefined]]);
  });

  it('takes the reference from the article dateline when none is given, shifted by أمس', () => {
    // "Yesterday, Saturday (31 October 2020)": the article is from 1 November, so last month is October.
    expect(dates('قال يوم أمس السبت (31 تشرين الأول 2020). وفي الشهر الماضي')).toEqual([
      ['يوم أمس السبت (31 تشرين الأول 2020)', 'date', '2020-10-31', '2020-10-31'],
      ['الشهر الماضي', 'relative', '2020-10', '2020-10'],
    ]);
  });

  it('reads durations and the periods they open', () => {
    expect(dates('قبل خمس سنوات', '2020-11-01')).toEqual([['قبل خمس سنوات', 'duration', '2015', '2015']]);
    expect(dates('خلال ستة أعوام')).toEqual([['خلال ستة أعوام', 'duration', undefined, undefined]]);
    expect(dates('بحلول 2019')).toEqual([['بحلول 2019', 'period', undefined, '2019']]);
  });

  it('reads a bare month only where a word introduces it', () => {
    expect(dates('في وقت سابق من تشرين الأول', '2020-11-01')).toEqual([['تشرين الأول', 'date', '2020-10', '2020-10']]);
    expect(dates('مارس الضغط')).toEqual([]);
  });

  it('never throws and rejects non-strings', () => {
    expect(dates('')).toEqual([]);
    expect(() => findDates(3 as unknown as string)).toThrow(new TypeError('findDates: text must be a string, got number'));
  });
});
