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
