/**
 * Every entry of the number tables, read back through the parser. A contributor
 * who adds a form to lexicon.ts gets it tested here with no further work; add a
 * focused case below when the form needs context.
 */
import { describe, expect, it } from 'vitest';
import { parseArabicNumber } from './find.js';
import {
  fractionWords,
  hundredWords,
  joinedHundredStems,
  joinedHundredTails,
  oneWordTeens,
  ordinalWords,
  scaleWords,
  teenHeadWords,
  tensWords,
  unitWords,
} from './lexicon.js';

describe('number tables', () => {
  it.each(unitWords.flatMap(({ value, forms }) => forms.map((f) => [f, value] as const)))('unit %s = %d', (form, value) => {
    expect(parseArabicNumber(form)).toBe(value);
  });

  it.each(teenHeadWords.flatMap(({ value, forms }) => forms.map((f) => [f, value + 10] as const)))('teen head %s + عشر = %d', (form, value) => {
    expect(parseArabicNumber(`${form} عشر`)).toBe(value);
    expect(parseArabicNumber(`${form} عشرة`)).toBe(value);
  });

  it.each(oneWordTeens.flatMap(({ value, forms }) => forms.map((f) => [f, value] as const)))('one-word teen %s = %d', (form, value) => {
    expect(parseArabicNumber(form)).toBe(value);
  });

  it.each(tensWords.flatMap(({ value, forms }) => forms.map((f) => [f, value] as const)))('ten %s = %d', (form, value) => {
    expect(parseArabicNumber(form)).toBe(value);
    expect(parseArabicNumber(`خمسة و${form}`)).toBe(value + 5);
  });

  it.each(hundredWords.flatMap(({ value, forms }) => forms.map((f) => [f, value] as const)))('hundred %s = %d', (form, value) => {
    expect(parseArabicNumber(form)).toBe(value);
  });

  it.each(
    joinedHundredStems.flatMap(({ value, forms }) => forms.flatMap((stem) => joinedHundredTails.map((tail) => [stem + tail, value] as const))),
  )('joined hundred %s = %d', (form, value) => {
    expect(parseArabicNumber(form)).toBe(value);
  });

  it.each(scaleWords.flatMap((s) => s.singular.map((f) => [f, s.value] as const)))('scale %s = %d', (form, value) => {
    expect(parseArabicNumber(form)).toBe(value);
    expect(parseArabicNumber(`ثلاثة ${form}`)).toBe(3 * value);
  });

  it.each(scaleWords.flatMap((s) => s.dual.map((f) => [f, s.value] as const)))('dual scale %s = 2 × %d', (form, value) => {
    expect(parseArabicNumber(form)).toBe(2 * value);
  });

  it.each(scaleWords.flatMap((s) => s.plural.map((f) => [f, s.value] as const)))('plural scale %s counts 3–10 and is vague alone', (form, value) => {
    expect(parseArabicNumber(`خمسة ${form}`)).toBe(5 * value);
    expect(parseArabicNumber(form)).toBeNull();
  });

  it.each(scaleWords.flatMap((s) => s.dualOrAccusative.map((f) => [f, s.value] as const)))('%s: dual alone, accusative singular after a count', (form, value) => {
    expect(parseArabicNumber(form)).toBe(2 * value);
    expect(parseArabicNumber(`${form}ً`)).toBe(value);
    expect(parseArabicNumber(`22 ${form}`)).toBe(22 * value);
  });

  it.each(fractionWords.filter((f) => !f.ambiguousSingular).flatMap((f) => f.singular.map((w) => [w, f.value] as const)))('fraction %s = %d', (form, value) => {
    expect(parseArabicNumber(form)).toBeCloseTo(value, 12);
  });

  it.each(fractionWords.flatMap((f) => f.plural.map((w) => [w, f.value] as const)))('plural fraction ثلاثة %s = 3 × %d', (form, value) => {
    expect(parseArabicNumber(`ثلاثة ${form}`)).toBeCloseTo(3 * value, 12);
  });

  const tenForms = new Set(tensWords.flatMap((t) => t.forms));
  it.each(fractionWords.flatMap((f) => f.dual.map((w) => [w, f.value] as const)))('dual fraction %s = 2 × %d', (form, value) => {
    if (tenForms.has(form)) {
      // خمسين alone is fifty; once the tens are taken it can only be two fifths.
      expect(parseArabicNumber(form)).toBe(50);
      expect(parseArabicNumber(`مئة وثلاثون و${form}`)).toBeCloseTo(130 + 2 * value, 12);
    } else {
      expect(parseArabicNumber(form)).toBeCloseTo(2 * value, 12);
    }
  });

  it.each(ordinalWords.filter((o) => !o.compoundOnly).flatMap((o) => [...o.masculine, ...o.feminine].map((w) => [`ال${w}`, o.value] as const)))('ordinal %s = %d', (form, value) => {
    expect(parseArabicNumber(form)).toBe(value);
  });
});
