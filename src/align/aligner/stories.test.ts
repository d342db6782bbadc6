import { describe, expect, it } from 'vitest';
import { claim } from '../../../test/hand-claims.js';
import { shared, subject } from '../../../test/align-of.js';
import type { Claim } from '../../model.js';
import { alignClaims } from '../align.js';

describe('alignClaims: stories that documents share', () => {
  it('ties a small figure with no subject only within a story two documents share: "10 قتلى" beside "73 جريحاً"', () => {
    const story = alignClaims([
      { id: 'a', claims: [claim(73, 'جريح'), claim(10, 'قتيل')] },
      { id: 'b', claims: [claim(10, 'قتيل'), claim(73, 'جريح')] },
      { id: 'c', claims: [claim(10, 'قتيل')] },
    ]);
    expect(shared(story)).toEqual([
      ['a:73 جريح', 'b:73 جريح'],
      ['a:10 قتيل', 'b:10 قتيل'],
    ]);
    // Without a shared figure, two reports of "10 قتلى" may be two attacks.
    expect(shared(alignClaims([{ id: 'a', claims: [claim(10, 'قتيل')] }, { id: 'c', claims: [claim(10, 'قتيل')] }]))).toEqual([]);
    // Never a figure of what happened to nobody that disagrees (خمس مرات / ست مرات), nor a vague word of
    // another noun (عشرات fits most figures of a story).
    const apart = alignClaims([
      { id: 'a', claims: [claim(73, 'جريح'), claim(5, 'مرة')] },
      { id: 'b', claims: [claim(73, 'جريح'), claim(6, 'مرة'), claim(null, 'مفقود', { bound: 'vague', min: 10, max: 100 })] },
    ]);
    expect(shared(apart)).toEqual([['a:73 جريح', 'b:73 جريح']]);
  });

  it('ties a measure with no subject within a story by agreeing, converted, unless its document lists distances', () => {
    // Two reports of one shipwreck: "خمسة أميال" from the coast; "حوالي خمسة أميال بحرية (نحو عشرة
    // كيلومترات)" and, of another place, "16 ميلاً بحرياً (نحو 32 كلم)": two distances, not a list of four.
    const length = (v: number, unit: string, more: Partial<Claim> = {}): Claim => claim(v, unit, { kind: 'length', ...more });
    const b = [claim(73, 'مهاجر'), length(5, 'ميل بحري', { bound: 'approximate' }), length(10, 'كيلومتر', { bound: 'approximate' }), length(16, 'ميل بحري'), length(32, 'كيلومتر', { bound: 'approximate' })];
    expect(shared(alignClaims([{ id: 'a', claims: [claim(73, 'مهاجر'), length(5, 'ميل')] }, { id: 'b', claims: b }]))).toEqual([
      ['a:73 مهاجر', 'b:73 مهاجر'],
      ['a:5 ميل', 'b:5 ميل بحري', 'b:10 كيلومتر'],
    ]);
    // Outside a story, five miles meet by chance.
    expect(shared(alignClaims([{ id: 'a', claims: [length(5, 'ميل')] }, { id: 'b', claims: b.slice(1) }]))).toEqual([]);
    // Figures that do not agree once converted (5 miles, 5 km) stay apart.
    expect(shared(alignClaims([{ id: 'a', claims: [claim(73, 'مهاجر'), length(5, 'ميل')] }, { id: 'b', claims: [claim(73, 'مهاجر'), length(5, 'كيلومتر')] }]))).toEqual([['a:73 مهاجر', 'b:73 مهاجر']]);
    // A precise figure that found no cluster as one number ("نحو 32 كيلومتراً") meets the story's "16
    // ميلاً بحرياً" it agrees with once converted; outside the story it does not.
    const far = (more: Claim[]) => [{ id: 'a', claims: [...more, length(16, 'ميل بحري')] }, { id: 'b', claims: [...more.map((c) => ({ ...c, id: `${c.id}b` })), length(32, 'كيلومتر', { bound: 'approximate' })] }];
    expect(shared(alignClaims(far([claim(73, 'مهاجر')])))).toEqual([
      ['a:73 مهاجر', 'b:73 مهاجر'],
      ['a:16 ميل بحري', 'b:32 كيلومتر'],
    ]);
    expect(shared(alignClaims(far([])))).toEqual([]);
    // A range holds too many figures to tie so: "من 500 إلى 1500 ريال" is not the other report's "800 ريال".
    const riyals = (v: number, more: Partial<Claim> = {}): Claim => claim(v, 'ريال', { kind: 'currency', currency: 'SAR', ...more });
    const range = riyals(500, { bound: 'range', min: 500, max: 1500 });
    expect(shared(alignClaims([{ id: 'a', claims: [claim(73, 'مهاجر'), range] }, { id: 'b', claims: [claim(73, 'مهاجر'), riyals(800)] }]))).toEqual([['a:73 مهاجر', 'b:73 مهاجر']]);
    expect(shared(alignClaims([{ id: 'a', claims: [claim(73, 'مهاجر'), riyals(800, { bound: 'approximate' })] }, { id: 'b', claims: [claim(73, 'مهاجر'), riyals(800)] }]))).toHaveLength(2);
    // A document that gives three distances lists them: which one is the other's five miles, nothing says.
    const list = [claim(73, 'مهاجر'), length(5, 'ميل بحري', { bound: 'approximate' }), length(12, 'كيلومتر'), length(40, 'كيلومتر')];
    expect(shared(alignClaims([{ id: 'a', claims: [claim(73, 'مهاجر'), length(5, 'ميل')] }, { id: 'b', claims: list }]))).toEqual([['a:73 مهاجر', 'b:73 مهاجر']]);
  });

  it('ties a measure whose subject shares some words with the story\'s by agreeing, within the story only', () => {
    // "خمسة أميال" from "ساحل جزيرة كركنة" and "حوالي 5 أميال بحرية" from "جزيرة قرقنة" in two reports of one shipwreck.
    const length = (v: number, unit: string, text: string, more: Partial<Claim> = {}): Claim => claim(v, unit, { kind: 'length', subject: subject(text), ...more });
    const a = [claim(73, 'مهاجر'), length(5, 'ميل', 'ساحل جزيرة كركنة')];
    const b = [claim(73, 'مهاجر'), length(5, 'ميل بحري', 'جزيرة قرقنة', { bound: 'approximate' })];
    expect(shared(alignClaims([{ id: 'a', claims: a }, { id: 'b', claims: b }]))).toEqual([
      ['a:73 مهاجر', 'b:73 مهاجر'],
      ['a:5 ميل', 'b:5 ميل بحري'],
    ]);
    expect(shared(alignClaims([{ id: 'a', claims: a.slice(1) }, { id: 'b', claims: b.slice(1) }]))).toEqual([]);
  });

  it('reads a story\'s toll in its reports: one figure each, agreeing or not, and a vague word of the same toll', () => {
    // Two reports of one attack share "73 جريحاً"; one counts 10 dead, the other 12: one toll in conflict.
    const [injured, dead] = alignClaims([
      { id: 'a', claims: [claim(73, 'جريح'), claim(10, 'قتيل')] },
      { id: 'b', claims: [claim(73, 'جريح'), claim(12, 'قتيل')] },
      { id: 'c', claims: [claim(73, 'جريح'), claim(null, 'جريح', { text: 'عشرات الجرحى', bound: 'vague', min: 10, max: 100 })] },
    ]);
    expect(injured!.members.map((m) => `${m.documentId}:${m.claim.text}`)).toEqual(['a:73 جريح', 'b:73 جريح', 'c:73 جريح', 'c:عشرات الجرحى']);
    expect(dead!.members.map((m) => `${m.documentId}:${m.claim.text}`)).toEqual(['a:10 قتيل', 'b:12 قتيل']);
    expect(dead!.status).toBe('conflicting');
    // A report that gives two tolls of the dead (10, then 14 as the count rose) gives the story none.
    const rising = alignClaims([
      { id: 'a', claims: [claim(73, 'جريح'), claim(10, 'قتيل')] },
      { id: 'b', claims: [claim(73, 'جريح'), claim(12, 'قتيل'), claim(14, 'قتيل')] },
    ]);
    expect(shared(rising)).toEqual([['a:73 جريح', 'b:73 جريح']]);
  });

  it('reads no story tie into a dual noun alone: "البلدين" and "طالبان" say "the two", not a figure', () => {
    // Two reports of one attack in Kabul share "73 جريحاً"; both name the movement "طالبان", which the
    // numbers read as two students. A written two ("2 طالب") of the story still joins.
    const dual = (unit: string, text: string): Claim => claim(2, unit, { text });
    const story = alignClaims([
      { id: 'a', claims: [claim(73, 'جريح'), dual('طالب', 'طالبان'), dual('بلد', 'البلدين'), claim(2, 'طالب')] },
      { id: 'b', claims: [claim(73, 'جريح'), dual('طالب', 'طالبان'), dual('بلد', 'والبلدين'), claim(2, 'طالب')] },
    ]);
    expect(shared(story)).toEqual([
      ['a:73 جريح', 'b:73 جريح'],
      ['a:2 طالب', 'b:2 طالب'],
    ]);
  });
});
