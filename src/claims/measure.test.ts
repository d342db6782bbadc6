import { describe, expect, it } from 'vitest';
import { extractQuantClaims } from './extract.js';

const figures = (text: string) => extractQuantClaims(text).map((c) => [c.text, c.value] as const);

describe('a unit alone: its dual', () => {
  it('a dual is two of its unit', () => {
    expect(figures('وقتل رجلان في الهجوم.')).toEqual([['رجلان', 2]]);
    expect(figures('واشترى لترين من الحليب.')).toEqual([['لترين', 2]]);
  });

  it('a known name written like a dual is no figure', () => {
    // طالبان is the movement, not two students; ميلان the club, not two miles.
    expect(figures('وأعلنت حركة طالبان مسؤوليتها عن الانفجار.')).toEqual([]);
    expect(figures('ويواجه ميلان الإيطالي ريال مدريد في الدور ثمن النهائي.')).toEqual([]);
  });
});

describe('a sign before the number', () => {
  it('a percent sign glued before the number is its unit, as right-to-left typing puts it', () => {
    const [c] = extractQuantClaims('أو نقترب منها ولو بنسبة %60!');
    expect([c!.text, c!.value, c!.unit?.kind]).toEqual(['%60', 60, 'percent']);
    // After another number the sign is that number's: "50%60" is 50% and then 60.
    expect(extractQuantClaims('ارتفع بنسبة 50%60 مرة').map((x) => x.text)).toEqual(['50%', '60 مرة']);
  });
});
