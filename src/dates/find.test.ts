import { describe, expect, it } from 'vitest';
import { findDates, type DateMatch } from '../index.js';

type Row = [text: string, kind: DateMatch['kind'], start: string | undefined, end: string | undefined];

/** The expressions found, as [text, kind, start, end]; every span is checked against the input. */
function dates(text: string, publishedAt?: string): Row[] {
  const found = findDates(text, publishedAt ? { publishedAt } : {});
  for (const d of found) expect(text.slice(d.span.start, d.span.end)).toBe(d.text);
  return found.map((d) => [d.text, d.kind, d.start, d.end]);
}

/** The one expression found, and where it starts. */
function one(text: string, publishedAt?: string): Row & { at: number } {
  const found = findDates(text, publishedAt ? { publishedAt } : {});
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const d = found[0]!;
  expect(text.slice(d.span.start, d.span.end)).toBe(d.text);
  return Object.assign([d.text, d.kind, d.start, d.end] as Row, { at: d.span.start });
}

/** A Wednesday. */
const WED = '2018-10-10';
/** A Thursday. */
const THU = '2017-12-07';

describe('findDates: month names', () => {
  it('reads the three systems, paired names and clitics', () => {
    expect(dates('في تموز 2014')).toEqual([['تموز 2014', 'date', '2014-07', '2014-07']]);
    expect(dates('في جويلية 2014')).toEqual([['جويلية 2014', 'date', '2014-07', '2014-07']]);
    expect(dates('كانون الثاني 2015')).toEqual([['كانون الثاني 2015', 'date', '2015-01', '2015-01']]);
    expect(dates('بين آب/ أغسطس 2014 وتشرين الأول/ أكتوبر 2017')).toEqual([['بين آب/ أغسطس 2014 وتشرين الأول/ أكتوبر 2017', 'period', '2014-08', '2017-10']]);
    expect(dates('في يناير كانون الثاني 2018')).toEqual([['يناير كانون الثاني 2018', 'date', '2018-01', '2018-01']]);
    // A glued و is left out: "وفي ديسمبر" → "ديسمبر".
    expect(one('وفي ديسمبر الماضي', THU)).toMatchObject({ 0: 'ديسمبر الماضي', 2: '2016-12', at: 4 });
  });

  it('reads a month alone only where a word introduces it or the clause ends, and never a verb', () => {
    expect(dates('في وقت سابق من تشرين الأول', '2020-11-01')).toEqual([['في وقت سابق من تشرين الأول', 'period', '2020-10', '2020-10']]);
    expect(dates('مارس الضغط')).toEqual([]);
    expect(dates('سأخرج سبتمبر.', '2016-11-07')).toEqual([['سبتمبر', 'date', '2016-09', '2016-09']]);
  });

  it('resolves a word of direction after a month', () => {
    expect(dates('في نوفمبر الماضي', '2018-02-10')).toEqual([['نوفمبر الماضي', 'relative', '2017-11', '2017-11']]);
    expect(dates('في يونيو القادم', '2016-11-07')).toEqual([['يونيو القادم', 'relative', '2017-06', '2017-06']]);
    expect(dates('حتى 10 مارس/آذار الجاري', '2018-03-12')[0]?.slice(2)).toEqual(['2018-03-10', '2018-03-10']);
  });

  it('takes the year of a month without one nearest publication, the past preferred', () => {
    expect(one('في يوليو', '2018-08-09')[2]).toBe('2018-07');
    expect(one('في يناير', '2016-11-07')[2]).toBe('2017-01');
    expect(one('في 25 مايو', '2018-05-28')[2]).toBe('2018-05-25');
    expect(one('ستفتح في 14 أيار/مايو', '2018-05-08')[2]).toBe('2018-05-14');
    // A deadline lies ahead.
    expect(one('بحلول شهر ديسمبر', '2018-02-10')[2]).toBe('2018-12');
  });
});

describe('findDates: days and months', () => {
  it('reads no day after a month where a figure follows it', () => {
    expect(dates('ارتفعت الأسعار في يونيو 3% مقارنة', WED)).toEqual([['يونيو', 'date', '2018-06', '2018-06']]);
    expect(dates('بلغت في يونيو 3 مليارات', WED)).toEqual([['يونيو', 'date', '2018-06', '2018-06']]);
  });

  it('reads a day before or after a month, in digits, ordinals and number words', () => {
    expect(one('في 6 ديسمبر 2017')[2]).toBe('2017-12-06');
    expect(one('الخميس 30/نوفمبر/2017')).toMatchObject({ 0: 'الخميس 30/نوفمبر/2017', 2: '2017-11-30' });
    expect(one('سأعود يوم 2. أكتوبر', '2016-11-07')).toMatchObject({ 0: '2. أكتوبر', 2: '2016-10-02' });
    expect(one('انطلقت في التاسع من شباط/فبراير.', '2018-04-14')).toMatchObject({ 0: 'التاسع من شباط/فبراير', 2: '2018-02-09' });
    expect(one('في الـ20 من أكتوبر 2015')).toMatchObject({ 0: 'الـ20 من أكتوبر 2015', 2: '2015-10-20' });
    expect(one('سأعود في واحد وعشرين مايو', '2016-11-07')[2]).toBe('2016-05-21');
    expect(one('البيسبول على مايو الحادي عشر', '2016-11-07')).toMatchObject({ 0: 'مايو الحادي عشر', 2: '2016-05-11' });
    expect(one('في سبتمبر 10, 1901')[2]).toBe('1901-09-10');
  });

  it('reads a day of a month named from publication', () => {
    expect(one('في 20 من الشهر القادم', '2016-11-07')[2]).toBe('2016-12-20');
    expect(one('في 12 من الشهر المقبل', '2018-04-29')[2]).toBe('2018-05-12');
  });

  it('reads a day alone after يوم, after في at the end of a clause, or after a weekday, in the publication month', () => {
    expect(one('سأعود في 15.', '2016-11-07')).toMatchObject({ 0: '15', 2: '2016-11-15' });
    expect(one('عدت يوم 27', '2016-11-07')).toMatchObject({ 0: 'يوم 27', 2: '2016-11-27' });
    expect(one('عدت يوم الخميس في 21', '2017-09-27')).toMatchObject({ 0: 'الخميس في 21', 2: '2017-09-21' });
    expect(dates('في 22 دولة')).toEqual([]);
    expect(dates('ارتفع إلى 27.')).toEqual([]);
  });
});

describe('findDates: numeric dates', () => {
  it('reads every order and separator, the day first when both readings stand', () => {
    expect(one('في 30/11/2017')[2]).toBe('2017-11-30');
    expect(one('في 5/17/2018')[2]).toBe('2018-05-17');
    expect(one('سأعود 2016/02/22')[2]).toBe('2016-02-22');
    expect(one('سأعود 21-04-2016')[2]).toBe('2016-04-21');
    expect(one('في 16.11.2016')[2]).toBe('2016-11-16');
    expect(one('في 08/12/2015')[2]).toBe('2015-12-08');
  });

  it('decides a two-digit year by the reading nearest publication', () => {
    expect(one('سوف أعود 16/04/21', '2016-11-07')[2]).toBe('2016-04-21');
    expect(one('سأعود 9-18-15', '2016-11-07')[2]).toBe('2015-09-18');
    expect(one('سأعود 18-9-15', '2016-11-07')[2]).toBe('2015-09-18');
  });

  it('reads a day and a month after a word for a day, a month and a year, and split years', () => {
    expect(one('في 22-4', '2016-11-07')[2]).toBe('2016-04-22');
    expect(one('سأعود 22/04.', '2016-11-07')[2]).toBe('2016-04-22');
    expect(one('سأخرج 3/2015')[2]).toBe('2015-03');
    expect(one('سأخرج 2015/3')[2]).toBe('2015-03');
    expect(dates('في 2012/2013')).toEqual([['2012/2013', 'period', '2012', '2013']]);
    expect(dates('بين 2014-2018')).toEqual([['بين 2014-2018', 'period', '2014', '2018']]);
  });

  it('leaves scores, fractions and decimals alone', () => {
    expect(dates('فاز 3-1 على منافسه')).toEqual([]);
    expect(dates('ارتفع 4.22 مليون')).toEqual([]);
    expect(dates('نحو 1/2 السكان')).toEqual([]);
  });
});

describe('findDates: years', () => {
  it('reads any year 1000–2999 after a word for it, with its era, and bare years 1900–2100 at the end of a clause', () => {
    expect(dates('في عام 1882 وقع')).toEqual([['عام 1882', 'date', '1882', '1882']]);
    expect(dates('في 2003م غزت')).toEqual([['2003م', 'date', '2003', '2003']]);
    expect(dates('صدر في اليمن عام 1994 م لحماية')).toEqual([['عام 1994 م', 'date', '1994', '1994']]);
    expect(dates('وتكرار سيناريو 1974 و1982 حين')).toEqual([
      ['1974', 'date', '1974', '1974'],
      ['1982', 'date', '1982', '1982'],
    ]);
    expect(dates('(1949)')).toEqual([['1949', 'date', '1949', '1949']]);
    expect(dates('بلغ عدد سكانها 2014 نسمة')).toEqual([]);
  });

  it('reads Hijri years with هـ as their Gregorian days', () => {
    expect(dates('عام 1436 هـ')).toEqual([['عام 1436 هـ', 'date', '2014-10-25', '2015-10-13']]);
    expect(one('في 1447هـ')[2]).toBe('2025-06-26');
  });

  it('reads years before the epoch as ISO astronomical years, with the era in words or letters', () => {
    expect(one('ولد عام 150 ق.م. في روما')).toMatchObject({ 0: 'عام 150 ق.م', 1: 'date', 2: '-0149', 3: '-0149', at: 4 });
    expect(one('في 600 ق م')).toMatchObject({ 0: '600 ق م', 2: '-0599', at: 3 });
    expect(one('سنة 2698 قبل الميلاد')).toMatchObject({ 0: 'سنة 2698 قبل الميلاد', 2: '-2697', at: 0 });
    expect(one('منذ 16000 ق.م.')[2]).toBe('-15999');
    // 1 BC is the year 0.
    expect(one('عام 1 ق.م')[2]).toBe('0000');
    // Years counted back from the epoch name a year.
    expect(one('بنيت نحو 3000 سنة قبل الميلاد')).toMatchObject({ 0: '3000 سنة قبل الميلاد', 1: 'date', 2: '-2999', at: 9 });
  });

  it('reads a small year an era mark makes one, and keeps metres as metres', () => {
    expect(one('توفي 630 هـ')).toMatchObject({ 0: '630 هـ', 2: '1232-10-25', 3: '1233-10-13', at: 5 });
    expect(one('عام 765 للميلاد')).toMatchObject({ 0: 'عام 765 للميلاد', 2: '0765' });
    expect(one('في عام 70م دمر')).toMatchObject({ 0: 'عام 70م', 2: '0070', at: 3 });
    expect(one('في 12 رمضان 630 هـ')).toMatchObject({ 0: '12 رمضان 630 هـ', 2: '1233-06-29' });
    expect(dates('فاز بسباق 100 م حرة')).toEqual([]);
    expect(dates('على بعد 500 م من الحدود.')).toEqual([]);
    // م after a small number is the era where a year with a sure mark stands before it.
    expect(dates('بين 300 ق.م. و300 م.')).toEqual([['بين 300 ق.م. و300 م', 'period', '-0299', '0300']]);
  });

  it('reads pairs of years: life dates, and an era written once for both', () => {
    expect(one('الشاعر ( 1882 - 1963 ) كتب')).toMatchObject({ 0: '1882 - 1963', 1: 'period', 2: '1882', 3: '1963', at: 9 });
    expect(one('عاش (1825-1899)')).toMatchObject({ 0: '1825-1899', 2: '1825', 3: '1899' });
    expect(dates('ولد في دانفيرملين 1600- لندن 1649 م')).toEqual([
      ['1600', 'date', '1600', '1600'],
      ['1649 م', 'date', '1649', '1649'],
    ]);
    expect(one('بين عامي 2357 و 2255 قبل الميلاد')).toMatchObject({ 0: 'بين عامي 2357 و 2255 قبل الميلاد', 2: '-2356', 3: '-2254', at: 0 });
    // ما before بين is left out of the span, as Recognizers-Text writes it ("ما بين 4 و 22 هذا الشهر" → "بين 4 و 22 هذا الشهر").
    expect(one('ما بين سنتي 9000 ق.م. و6000 ق.م. ازدهرت')).toMatchObject({ 0: 'بين سنتي 9000 ق.م. و6000 ق.م', 2: '-8999', 3: '-5999', at: 3 });
    expect(one('مابين 1990 و 1995')).toMatchObject({ 0: 'مابين 1990 و 1995', 2: '1990', 3: '1995' });
    // The Hijri mark after the second year counts the first in Hijri years too.
    expect(dates('في 1434 و1435 هـ')).toEqual([
      ['1434', 'date', '2012-11-15', '2013-11-03'],
      ['1435 هـ', 'date', '2013-11-04', '2014-10-24'],
    ]);
    // Figures in brackets far apart, and a count of years, are no years.
    expect(dates('(1200 - 1500)')).toEqual([]);
    expect(dates('منذ 1500 عام')).toEqual([['منذ 1500 عام', 'duration', undefined, undefined]]);
  });
});

describe('findDates: Hijri dates (Umm al-Qura)', () => {
  it('converts day, month and year', () => {
    expect(one('1 رمضان 1436 هـ')[2]).toBe('2015-06-18');
    expect(one('غرة شوال 1436')[2]).toBe('2015-07-17');
    expect(one('1 محرم 1447')[2]).toBe('2025-06-26');
    expect(one('الأحد 15 صفر 1439 هـ')).toMatchObject({ 0: 'الأحد 15 صفر 1439 هـ', 2: '2017-11-04' });
  });

  it('reads a Hijri month alone only after شهر or a word of time at the end of a clause, never a name or a score', () => {
    expect(one('خلال شهر رمضان', '2018-05-01')).toMatchObject({ 0: 'خلال شهر رمضان', 1: 'holiday', 2: '2018-05-16', 3: '2018-06-14' });
    expect(dates('قال الرئيس رجب طيب أردوغان')).toEqual([]);
    expect(dates('فاز على سوانزي 2- صفر يوم السبت', '2018-03-31')).toEqual([['السبت', 'relative', '2018-03-31', '2018-03-31']]);
  });
});

describe('findDates: relative days, weekdays and units', () => {
  it('reads أمس، الأمس، الغد، بعد غد and يوم before them (left out of the span)', () => {
    expect(dates('بحسب ما قال أمس', THU)).toEqual([['أمس', 'relative', '2017-12-06', '2017-12-06']]);
    expect(one('سأعود بالأمس', '2016-11-07')).toMatchObject({ 0: 'الأمس', at: 7 });
    expect(one('سأعود بعد غد', '2016-11-07')[2]).toBe('2016-11-09');
    expect(one('وأمس الأول السبت', '2018-03-12')).toMatchObject({ 0: 'أمس الأول السبت', 2: '2018-03-10' });
    expect(dates('في اليوم الأول من المؤتمر')).toEqual([]);
  });

  it('resolves weekdays back, forward with القادم, and a week back with الماضي on the same weekday', () => {
    expect(one('قال يوم الثلاثاء', THU)).toMatchObject({ 0: 'الثلاثاء', 2: '2017-12-05' });
    expect(one('الخميس', THU)[2]).toBe(THU);
    expect(one('الخميس الماضي', THU)[2]).toBe('2017-11-30');
    expect(one('الأحد القادم', THU)[2]).toBe('2017-12-10');
    // Much nearer ahead than back: "الجمعة" on a Thursday is tomorrow.
    expect(one('يصبح إعصارا يوم الجمعة', '2018-10-11')[2]).toBe('2018-10-12');
    expect(dates('يومي الأحد والاثنين', '2018-03-18').map((r) => r[2])).toEqual(['2018-03-18', '2018-03-19']);
  });

  it('reads weeks, months, years, decades and centuries with a word of direction or هذا', () => {
    expect(one('الأسبوع الماضي', '2018-07-22').slice(2)).toEqual(['2018-07-09', '2018-07-15']);
    expect(one('هذا الأسبوع', '2016-11-07').slice(2)).toEqual(['2016-11-07', '2016-11-13']);
    expect(one('الشهر الجاري', '2018-05-28')[2]).toBe('2018-05');
    expect(one('هذا العام', '2018-09-10')[2]).toBe('2018');
    expect(one('العام المقبل', '2018-08-09')[2]).toBe('2019');
    expect(one('السنة الماضية', '2018-08-09')[2]).toBe('2017');
    expect(one('العقد المقبل', '2016-11-07').slice(2)).toEqual(['2020', '2029']);
    expect(one('الأسبوع بعد القادم', '2016-11-07').slice(2)).toEqual(['2016-11-21', '2016-11-27']);
  });

  it('counts spans from publication', () => {
    expect(one('خلال الأشهر التسعة الماضية', '2018-05-16').slice(1)).toEqual(['period', '2017-08-16', '2018-05-16']);
    expect(one('العامين الماضيين', '2018-05-16').slice(2)).toEqual(['2016-05-16', '2018-05-16']);
    expect(one('على مدار آخر 8 أسابيع', '2018-09-10').slice(2)).toEqual(['2018-07-16', '2018-09-10']);
    expect(one('الأعوام المئة الأخيرة', '2018-10-11').slice(2)).toEqual(['1918-10-11', '2018-10-11']);
    expect(one('اليومين المقبلين', '2016-11-07').slice(2)).toEqual(['2016-11-08', '2016-11-09']);
    expect(one('في السنوات الأخيرة', '2018-04-25').slice(1)).toEqual(['vague', undefined, '2018-04-25']);
  });
});

describe('findDates: the same time as the one before', () => {
  it('reads "نفسه" after and "نفس"/"ذات" before a noun of time as the period of the time named before it', () => {
    expect(dates('وصل في 5 مارس 2018، وفي اليوم نفسه غادر').at(-1)).toEqual(['اليوم نفسه', 'relative', '2018-03-05', '2018-03-05']);
    expect(dates('عين في عام 2016، وفي ذات العام استقال', WED).at(-1)).toEqual(['ذات العام', 'relative', '2016', '2016']);
    expect(dates('ولد في 20 أبريل 1960، وهو نفس الشهر الذي', WED).at(-1)?.slice(2)).toEqual(['1960-04', '1960-04']);
    // Without a time before it, the one of publication.
    expect(one('استقال في اليوم نفسه', WED).slice()).toEqual(['اليوم نفسه', 'relative', WED, WED]);
  });

  it('keeps the reading from publication when the time before names only a coarser period', () => {
    // A year names no day: "اليوم نفسه" is not 1 January 2006.
    expect(dates('فاز بكأس العالم 2006، وفي اليوم نفسه', WED).at(-1)).toEqual(['اليوم نفسه', 'relative', WED, WED]);
  });

  it('gives a month or day whose year is unsaid the year of "من العام نفسه" after it', () => {
    expect(dates('نشر في عام 2016 تقريرا. وفي يوليو/تموز من العام نفسه، نشر', WED).at(-1)).toEqual(['يوليو/تموز من العام نفسه', 'date', '2016-07', '2016-07']);
    expect(dates('في عام 2016، ثم في 11 أغسطس من العام نفسه', WED).at(-1)).toEqual(['11 أغسطس من العام نفسه', 'date', '2016-08-11', '2016-08-11']);
    expect(dates('عزلت في ديسمبر 2016، وفي سبتمبر من العام التالي استعادت جوازها', WED).at(-1)).toEqual(['سبتمبر من العام التالي', 'date', '2017-09', '2017-09']);
    // A period that has its year takes the words into its span.
    expect(dates('من 13 يوليو 2018 إلى 11 أغسطس من نفس العام', WED)).toEqual([['من 13 يوليو 2018 إلى 11 أغسطس من نفس العام', 'period', '2018-07-13', '2018-08-11']]);
  });

  it('moves the same month or day into the year named after it', () => {
    expect(dates('ارتفعت الأسعار 3% في يونيو مقارنة مع الشهر نفسه من العام الماضي', WED).at(-1)).toEqual(['الشهر نفسه من العام الماضي', 'relative', '2017-06', '2017-06']);
    // "This day in history": the day of publication, in 1947.
    expect(one('وفي نفس اليوم من عام 1947، ظهر', '2018-10-05').slice(2)).toEqual(['1947-10-05', '1947-10-05']);
  });
});

describe('findDates: shares, parts, seasons, centuries and decades', () => {
  it('reads halves, quarters and weeks of a whole', () => {
    expect(one('في النصف الأول من 2015').slice(2)).toEqual(['2015-01', '2015-06']);
    expect(one('بالربع الأول من العام الحالي', '2018-05-16').slice(2)).toEqual(['2018-01', '2018-03']);
    expect(one('في الفصل الرابع والأخير من عام 2017').slice(2)).toEqual(['2017-10', '2017-12']);
    expect(one('سأخرج 2016 الربع الثالث').slice(2)).toEqual(['2016-07', '2016-09']);
    expect(one('النصف الثاني من القرن العشرين').slice(2)).toEqual(['1950', '1999']);
    expect(one('الأسبوع الأول من أكتوبر 2016').slice(2)).toEqual(['2016-10-03', '2016-10-09']);
    expect(one('الأسبوع الأول من عام 2015').slice(2)).toEqual(['2014-12-29', '2015-01-04']);
    expect(one('أول يوم جمعة من يوليو 2016')[2]).toBe('2016-07-01');
    expect(dates('الفصل الأول من الرواية')).toEqual([]);
  });

  it('reads the whole of a share whatever follows it, and an anaphoric whole from the time before it', () => {
    // A bare year after "share من" is a year even before إلى and a figure (a range of figures otherwise).
    expect(dates('لتصعد من 8.9% في الربع الأخير من 2010 إلى 11.9% في الربع الأول من العام التالي.', '2018-04-15')).toEqual([
      ['الربع الأخير من 2010', 'period', '2010-10', '2010-12'],
      ['الربع الأول من العام التالي', 'period', '2011-01', '2011-03'],
    ]);
    expect(dates('وانخفضت من 12% خلال الربع الأول من 2017 إلى 11.3% خلال الربع الأخير من العام نفسه.', '2018-04-15').map((r) => r.slice(2))).toEqual([
      ['2017-01', '2017-03'],
      ['2017-10', '2017-12'],
    ]);
    expect(dates('ارتفع من 2010 إلى 3000')).toEqual([]);
  });

  it('narrows to the part a word names', () => {
    expect(one('منذ نهاية عام 2017', '2018-06-23').slice(2)).toEqual(['2017-12', '2018-06-23']);
    expect(one('مطلع العام المقبل', '2017-11-08').slice(2)).toEqual(['2018-01', '2018-06']);
    expect(one('أواخر الشهر الماضي', '2017-11-08').slice(2)).toEqual(['2017-10-16', '2017-10-31']);
    expect(one('نهاية الأسبوع الماضي', '2018-07-06').slice(2)).toEqual(['2018-06-30', '2018-07-01']);
    expect(one('بقية العام', '2016-11-07').slice(2)).toEqual(['2016-11-07', '2016-12-31']);
    expect(one('في مطلع الأربعينات', '2018-03-02').slice(2)).toEqual(['1940', '1942']);
  });

  it('reads seasons, and not the Arab Spring', () => {
    expect(one('في الصيف', '2018-05-16').slice(2)).toEqual(['2018-06', '2018-08']);
    expect(one('صيف 2016').slice(2)).toEqual(['2016-06', '2016-08']);
    expect(one('الربيع القادم', '2016-11-07').slice(2)).toEqual(['2017-03', '2017-05']);
    expect(one('خلال الموسم الحالي', '2018-02-24').slice(2)).toEqual(['2017-08', '2018-05']);
    // Between two seasons the last one is the season just ended, the next the one about to start.
    expect(one('في الموسم الماضي', '2018-07-02').slice(2)).toEqual(['2017-08', '2018-05']);
    expect(one('في الموسم المقبل', '2018-07-02').slice(2)).toEqual(['2018-08', '2019-05']);
    expect(one('في الموسم الماضي', '2018-02-24').slice(2)).toEqual(['2016-08', '2017-05']);
    expect(dates('منذ الربيع العربي')).toEqual([]);
  });

  it('reads centuries and decades', () => {
    expect(one('في القرن العشرين').slice(2)).toEqual(['1900', '1999']);
    expect(one('في القرن الماضي', '2018-01-01').slice(2)).toEqual(['1900', '1999']);
    expect(one('الستينيات من القرن الماضي', '2018-01-01').slice(2)).toEqual(['1960', '1969']);
    expect(one('في التسعينيات', '2018-03-07').slice(2)).toEqual(['1990', '1999']);
    // Centuries with their era: before the epoch (500–401 BC), and Hijri (300–399 AH as Gregorian days).
    expect(one('في القرن الخامس قبل الميلاد')).toMatchObject({ 0: 'القرن الخامس قبل الميلاد', 2: '-0499', 3: '-0400', at: 3 });
    // (Outside the embedded table the day depends on the runtime's calendar: the years do not.)
    const hijri = one('في القرن الرابع الهجري');
    expect([hijri[0], hijri[2]?.slice(0, 4), hijri[3]?.slice(0, 4)]).toEqual(['القرن الرابع الهجري', '0912', '1009']);
    expect(one('في القرن السابع الميلادي')).toMatchObject({ 0: 'القرن السابع الميلادي', 2: '0600', 3: '0699' });
  });
});

describe('findDates: fiscal years', () => {
  /** Published in Cairo or Kuwait in April 2018. */
  const APR = '2018-04-15';

  it('reads a fiscal year in the months of the state the text names nearest before it in its line', () => {
    // Egypt's runs July to June.
    expect(dates('وتتوقع الحكومة المصرية نموا في العام المالي المقبل', APR)).toEqual([['العام المالي المقبل', 'relative', '2018-07', '2019-06']]);
    expect(dates('عجز موازنة مصر في العام المالي الحالي', APR)).toEqual([['العام المالي الحالي', 'relative', '2017-07', '2018-06']]);
    expect(dates('موازنة مصر للعام المالي المقبل 2018/2019', APR)).toEqual([['للعام المالي المقبل 2018/2019', 'period', '2018-07', '2019-06']]);
    // Kuwait's April to March; the United States' October to September.
    expect(dates('ميزانية الكويت للسنة المالية 2018/2019')).toEqual([['للسنة المالية 2018/2019', 'period', '2018-04', '2019-03']]);
    expect(dates('ميزانية الحكومة الأميركية في السنة المالية الحالية', APR)).toEqual([['السنة المالية الحالية', 'relative', '2017-10', '2018-09']]);
    // The state named nearest before it in the line, not the one named most.
    expect(dates('مصر ومصر ومصر.\nأما ميزانية السعودية للعام المالي المقبل', APR)).toEqual([['للعام المالي المقبل', 'relative', '2019', '2019']]);
  });

  it("takes the state the text names most when its line names none, else the calendar year, else the caller's month", () => {
    expect(dates('وزارة المالية المصرية.\nالعجز في العام المالي الجاري', APR)).toEqual([['العام المالي الجاري', 'relative', '2017-07', '2018-06']]);
    expect(dates('العجز في العام المالي الجاري', APR)).toEqual([['العام المالي الجاري', 'relative', '2018', '2018']]);
    // A split year is no calendar year: with no state named, both its years.
    expect(dates('في السنة المالية 2017-2018')).toEqual([['السنة المالية 2017-2018', 'period', '2017', '2018']]);
    const ofKuwait = findDates('العجز في العام المالي الجاري في مصر', { publishedAt: APR, fiscalYearStart: 4 });
    expect(ofKuwait.map((d) => [d.text, d.start, d.end])).toEqual([['العام المالي الجاري', '2018-04', '2019-03']]);
  });

  it('leaves a fiscal year of one year to the year reader where it is no calendar year', () => {
    expect(dates('موازنة مصر للعام المالي 2019')).toEqual([['2019', 'date', '2019', '2019']]);
    expect(dates('ميزانية السعودية للعام المالي 2019')).toEqual([['للعام المالي 2019', 'date', '2019', '2019']]);
  });

  it('narrows a fiscal year or a football season to its part in its own months', () => {
    expect(dates('وصل العجز في نهاية العام المالي الحالي في مصر إلى 9%', APR)).toEqual([['نهاية العام المالي الحالي', 'period', '2018-06', '2018-06']]);
    expect(dates('في مطلع العام المالي الجاري بمصر', APR)).toEqual([['مطلع العام المالي الجاري', 'period', '2017-07', '2017-12']]);
    expect(dates('حتى نهاية موسم 2022-2023', '2018-07-02')).toEqual([['حتى نهاية موسم 2022-2023', 'period', '2018-07-02', '2023-05']]);
  });

  it('checks fiscalYearStart where it enters', () => {
    expect(() => findDates('', { fiscalYearStart: 13 })).toThrow(new RangeError('findDates: options.fiscalYearStart must be a month number from 1 to 12, got 13'));
    expect(() => findDates('', { fiscalYearStart: '7' as unknown as number })).toThrow(new TypeError('findDates: options.fiscalYearStart must be a month number from 1 to 12, got string'));
  });
});

describe('findDates: periods, durations, frequencies and vague times', () => {
  it('widens by the word that opens a period', () => {
    expect(dates('منذ 2011', '2018-01-01')).toEqual([['منذ 2011', 'period', '2011', '2018-01-01']]);
    expect(dates('بحلول 2025')).toEqual([['بحلول 2025', 'date', '2025', '2025']]);
    expect(dates('حتى عام 2023', '2018-04-18')).toEqual([['حتى عام 2023', 'period', '2018-04-18', '2023']]);
    expect(dates('قبل عام 2001')).toEqual([['قبل عام 2001', 'period', undefined, '2000']]);
    expect(dates('من 2014 إلى 2018')).toEqual([['من 2014 إلى 2018', 'period', '2014', '2018']]);
    expect(dates('من 3 حتى 12 سبتمبر', '2016-11-07')).toEqual([['من 3 حتى 12 سبتمبر', 'period', '2016-09-03', '2016-09-12']]);
    expect(dates('بين 15 و 19 نوفمبر', '2016-11-07')).toEqual([['بين 15 و 19 نوفمبر', 'period', '2016-11-15', '2016-11-19']]);
    expect(dates('الأسبوع المنتهي في 25 مايو', '2018-05-28')).toEqual([['الأسبوع المنتهي في 25 مايو', 'period', '2018-05-19', '2018-05-25']]);
    expect(dates('أول أسبوعين من تموز/يوليو', '2018-07-22')).toEqual([['أول أسبوعين من تموز/يوليو', 'period', '2018-07-01', '2018-07-14']]);
  });

  it('opens a period since a weekday at the last such day, with يوم between or not', () => {
    // 2018-07-14 is a Saturday: "منذ الأحد" is the Sunday before (08), never the one after (15).
    expect(dates('وتوقفت الرحلات منذ الأحد', '2018-07-14')).toEqual([['منذ الأحد', 'period', '2018-07-08', '2018-07-14']]);
    expect(dates('وتوقفت الرحلات منذ يوم الجمعة', '2018-07-14')).toEqual([['منذ يوم الجمعة', 'period', '2018-07-13', '2018-07-14']]);
  });

  it('reads durations with their ISO length, anchored by قبل، منذ، بعد', () => {
    const found = findDates('استمرت ساعة ونصف، ثم لمدة عام واحد و شهر و 21 يوما', { publishedAt: '2016-11-07' });
    expect(found.map((d) => [d.text, d.duration])).toEqual([
      ['ساعة ونصف', 'PT1.5H'],
      ['عام واحد و شهر و 21 يوما', 'P1Y1M21D'],
    ]);
    expect(dates('قبل خمس سنوات', '2020-11-01')).toEqual([['قبل خمس سنوات', 'date', '2015', '2015']]);
    expect(dates('قبل شهرين ونصف', '2018-05-16')[0]?.slice(2)).toEqual(['2018-03-01', '2018-03-01']);
    expect(dates('منذ 40 عاما', '2018-01-01')).toEqual([['منذ 40 عاما', 'duration', '1978', '2018-01-01']]);
    expect(dates('بعد يومين', '2016-11-07')).toEqual([['بعد يومين', 'date', '2016-11-09', '2016-11-09']]);
    expect(dates('خلال ستة أعوام')).toEqual([['خلال ستة أعوام', 'duration', undefined, undefined]]);
  });

  it('reads two counts of one noun of time as one length, never a day or a date', () => {
    expect(dates('قتل منذ 5- 8 سنوات .', '2018-03-20')).toEqual([['منذ 5- 8 سنوات', 'duration', undefined, undefined]]);
    expect(dates('منذ 5-8 أعوام', '2018-03-20')).toEqual([['منذ 5-8 أعوام', 'duration', undefined, undefined]]);
    expect(one('بقي بين 5 و8 أيام')).toMatchObject({ 0: 'بين 5 و8 أيام', 1: 'duration', at: 4 });
    expect(one('من 5 إلى 8 أسابيع')[0]).toBe('من 5 إلى 8 أسابيع');
    expect(one('خلال 2 - 3 سنوات')[0]).toBe('خلال 2 - 3 سنوات');
    // Two counts of years with no word of time before them are ages, a claim's to read.
    expect(dates('الضحايا رجال بين 53 و85 عاما')).toEqual([['85 عاما', 'duration', undefined, undefined]]);
    expect(one('بقي 3 أو 4 أيام')).toMatchObject({ 0: '3 أو 4 أيام', at: 4 });
    expect(one('منذ 10-15 عاما')[0]).toBe('منذ 10-15 عاما');
    // A date may be followed by its day word: "22/4 يوم الأحد".
    expect(dates('في 22/4 يوم الأحد', '2018-03-20')[0]).toEqual(['22/4', 'date', '2018-04-22', '2018-04-22']);
  });

  it('reads the deep past in thousands and millions of years after منذ or قبل, uncounted', () => {
    expect(one('ظهر البشر منذ 130 ألف سنة')).toMatchObject({ 0: 'منذ 130 ألف سنة', 1: 'duration', 2: undefined, at: 10 });
    expect(one('قبل نحو 65 مليون عام')[0]).toBe('قبل نحو 65 مليون عام');
    expect(one('منذ 5- 8 مليون سنة .')[0]).toBe('منذ 5- 8 مليون سنة');
    // Elsewhere a count by the thousand is a quantity: "77 مليون ساعة عمل"، "خلال 130 ألف سنة".
    expect(dates('77 مليون ساعة عمل')).toEqual([]);
    expect(dates('خلال 130 ألف سنة')).toEqual([]);
  });

  it('leaves ages and quantities of hours to the claims', () => {
    expect(dates('وقالت جاكلين فلوريس (47 عاما) إن')).toEqual([]);
    expect(dates('البالغ من العمر 13 عاما')).toEqual([]);
    expect(dates('وبدأ جوكوفيتش، 31 عاما، الموسم')).toEqual([]);
    expect(dates('توفر 77 مليون ساعة عمل')).toEqual([]);
  });

  it('reads frequencies as sets', () => {
    expect(findDates('مليون برميل يوميا، كل عامين، كل يوم سبت').map((d) => [d.text, d.kind, d.duration])).toEqual([
      ['يوميا', 'set', 'P1D'],
      ['كل عامين', 'set', 'P2Y'],
      ['كل يوم سبت', 'set', 'P1W'],
    ]);
    expect(findDates('بأقل من ألف يورو في الشهر، إلى').map((d) => [d.text, d.kind])).toEqual([['في الشهر', 'set']]);
    expect(findDates('250 كيلومترا في الساعة')).toEqual([]);
  });

  it('keeps vague times vague, with the interval they allow, and resolves anaphora', () => {
    expect(dates('أعرب مؤخرا عن أسفه', '2018-06-21')).toEqual([['مؤخرا', 'vague', undefined, '2018-06-21']]);
    expect(dates('سيبدأ قريبا', '2018-02-16')).toEqual([['قريبا', 'vague', '2018-02-16', undefined]]);
    expect(dates('يعمل حاليا', '2018-08-09')).toEqual([['حاليا', 'vague', '2018-08-09', '2018-08-09']]);
    expect(dates('منذ سنوات طويلة', '2015-12-24')).toEqual([['منذ سنوات طويلة', 'vague', undefined, '2015-12-24']]);
    expect(dates('في عام 2011، ومنذ ذلك الوقت', '2018-02-10')).toEqual([
      ['عام 2011', 'date', '2011', '2011'],
      ['منذ ذلك الوقت', 'period', '2011', '2018-02-10'],
    ]);
    expect(dates('بنسبة 29% في العام الذي سبقه', '2018-04-25')).toEqual([['العام الذي سبقه', 'relative', '2017', '2017']]);
    expect(dates('يتم من قبل الشرطة')).toEqual([]);
  });
});

describe('findDates: times of day and holidays', () => {
  it('reads clock times and parts of the day, on their day', () => {
    expect(dates('في الساعة 14:00 (18:00 بتوقيت غرينتش)، الأربعاء', WED)).toEqual([
      ['الساعة 14:00', 'time', `${WED}T14:00`, `${WED}T14:00`],
      ['18:00 بتوقيت غرينتش', 'time', `${WED}T18:00`, `${WED}T18:00`],
      ['الأربعاء', 'relative', WED, WED],
    ]);
    expect(one('الساعة الثامنة مساءً', WED)[2]).toBe(`${WED}T20:00`);
    expect(one('السابعة والنصف صباحا', WED)[2]).toBe(`${WED}T07:30`);
    expect(one('الساعة 8 إلا ربع', WED)[2]).toBe(`${WED}T07:45`);
    expect(one('ظهر اليوم', WED)[2]).toBe(`${WED}T12:00`);
    expect(one('صباح الأربعاء', '2018-10-11').slice(2)).toEqual(['2018-10-10T08:00', '2018-10-10T12:00']);
    expect(one('مساء أمس', WED)[2]).toBe('2018-10-09T16:00');
    expect(dates('صباح الخير')).toEqual([]);
    expect(dates('في الدورة الثامنة')).toEqual([]);
  });

  it('reads holidays for the year meant', () => {
    expect(one('عيد الفطر', '2018-06-01').slice(1)).toEqual(['holiday', '2018-06-15', '2018-06-17']);
    expect(one('عيد الأضحى المبارك', '2018-08-01').slice(2)).toEqual(['2018-08-21', '2018-08-24']);
    expect(one('موسم الحج', '2018-08-01').slice(2)).toEqual(['2018-08-19', '2018-08-24']);
    expect(one('اليوم الوطني السعودي', '2018-08-01')[2]).toBe('2018-09-23');
    expect(one('عيد الشكر 2010')[2]).toBe('2010-11-25');
    expect(one('في رأس السنة', '2017-12-20')[2]).toBe('2018-01-01');
    expect(one('احتفالات اليوم الوطني', '2018-08-01').slice(1)).toEqual(['holiday', undefined, undefined]);
    expect(dates('وزارة الحج')).toEqual([]);
  });
});

describe('findDates: reference and input', () => {
  it('takes the reference from the article dateline when none is given, shifted by أمس', () => {
    expect(dates('قال يوم أمس السبت (31 تشرين الأول 2020). وفي الشهر الماضي')).toEqual([
      ['أمس السبت (31 تشرين الأول 2020)', 'date', '2020-10-31', '2020-10-31'],
      ['الشهر الماضي', 'relative', '2020-10', '2020-10'],
    ]);
    expect(dates('قال يوم الثلاثاء')).toEqual([['الثلاثاء', 'relative', undefined, undefined]]);
  });

  it('never throws and rejects non-strings', () => {
    expect(dates('')).toEqual([]);
    expect(() => findDates(3 as unknown as string)).toThrow(new TypeError('findDates: text must be a string, got number'));
  });
});
