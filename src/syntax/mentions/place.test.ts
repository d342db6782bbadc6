import { describe, expect, it } from 'vitest';
import { findEntityMentions } from '../mentions.js';

/** Each mention as [text, type, start], its span checked against the input. */
function placed(text: string): Array<[string, string | null, number]> {
  return findEntityMentions(text).map((m) => {
    expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
    return [m.text, m.type, m.span.start];
  });
}

describe('places that are part of something else', () => {
  it('reads a place in every quoted title of a list a noun of works opens as part of a title', () => {
    expect(placed('ومن أعماله روايات " اللص والكلاب " و " الطريق " و " ثرثرة فوق النيل " أيضا')).toEqual([]);
    expect(placed('مثل لوحات " منظر عام " ، " الحياة في النيل " ، " جسور بغداد "')).toEqual([]);
    // Quoted slogans after no noun of works still name the places.
    expect(placed('رفعوا " الموت لأمريكا " و " الموت لإسرائيل "')).toEqual([
      ['أمريكا', 'place', 15],
      ['إسرائيل', 'place', 35],
    ]);
  });

  it('reads a place and a number alone in quotation marks as a title', () => {
    expect(placed('وعرض التلفزيون " القاهرة 2000 " أمس')).toEqual([]);
    expect(placed('أطلق الجيش العملية الشاملة " سيناء 2018 " ضد المسلحين')).toEqual([]);
    expect(placed('وصل إلى " القاهرة " 2000 زائر')).toEqual([['القاهرة', 'place', 10]]);
  });

  it('reads a word before a pronoun written apart as a noun, no place', () => {
    expect(placed('أخلوا منطقة قطر ها ستة كيلومترات')).toEqual([]);
    expect(placed('في مدينة يقطن ها مليون نسمة')).toEqual([]);
    // هما stands alone as the next clause's subject.
    expect(placed('وإيران وروسيا هما الحليفان')).toEqual([
      ['إيران', 'place', 1],
      ['روسيا', 'place', 8],
    ]);
  });

  it('reads a place head with the article after another head as its complement', () => {
    expect(placed('واستشهد شاب شرق مخيم المدينة')).toEqual([]);
    expect(placed('واستشهد شاب قرب مخيم اليرموك')).toEqual([['اليرموك', 'place', 21]]);
  });

  it('reads a country written as its demonym after a body’s quoted name as its adjective', () => {
    expect(placed('وقالت صحيفة « الحياة » السعودية إن')).toEqual([['الحياة', 'organization', 14]]);
    expect(placed('وأعلنت شركة " صلة " السعودية وقف الرعاية')).toEqual([['صلة', 'organization', 14]]);
    // Quoted words after no descriptor: the place is their complement.
    expect(placed('رحبت بما وصفته " التجاوب مع طلب " السعودية')).toEqual([['السعودية', 'place', 34]]);
  });

  it('reads a place after راديو as the station named after it', () => {
    expect(placed('وقال الوزير لراديو إسرائيل إنه علم بالاجتماع')).toEqual([['إسرائيل', 'organization', 19]]);
  });

  it('reads a place between a dateline’s dash and a colon as the newspaper credited', () => {
    expect(placed('دبي - الخليج : ارتفعت الأسهم المحلية')).toEqual([
      ['دبي', 'place', 0],
      ['الخليج', 'organization', 6],
    ]);
    // After a heading's dash, with no dateline before it, the place stays.
    expect(placed('للمزيد - الشرق الأوسط: إيران تطغى على الجولة')).toEqual([
      ['الشرق الأوسط', 'place', 9],
      ['إيران', 'place', 23],
    ]);
  });

  it('reads a word with the article after حي as the quarter it names, a bare one as its adjective', () => {
    expect(placed('قصفت منزلا بحي المفرق غرب المدينة')).toEqual([['المفرق', 'place', 15]]);
    expect(placed('يسكن في حي فقير')).toEqual([]);
  });
});
