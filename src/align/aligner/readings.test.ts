import { describe, expect, it } from 'vitest';
import { claim } from '../../../test/hand-claims.js';
import { shared, subject } from '../../../test/align-of.js';
import type { Claim } from '../../model.js';
import { alignClaims } from '../align.js';

describe('alignClaims: a claim as a cluster reads it', () => {
  it('reads a vague word with no noun as what the written nouns of a cluster of its subject count, unless two clusters would take it', () => {
    // "ارتفعت حصيلة فيضانات كيرالا إلى 30 قتيلاً" / "28 قتيلاً في فيضانات ولاية كيرالا" / a headline's
    // "فيضانات كيرالا تودي بحياة العشرات", read without its verb.
    const flood = (text: string) => ({ subject: subject(text) });
    const dozens = (): Claim => ({ ...claim(null, null, { ...flood('فيضانات ولاية كيرالا الهندية'), bound: 'vague', min: 10, max: 100 }), text: 'العشرات' });
    const dead = [
      { id: 'a', claims: [claim(30, 'قتيل', flood('فيضانات ولاية كيرالا الهندية'))] },
      { id: 'b', claims: [claim(28, 'قتيل', flood('فيضانات ولاية كيرالا في الهند'))] },
    ];
    const withDozens = shared(alignClaims([...dead, { id: 'c', claims: [dozens()] }]));
    expect(withDozens).toEqual([['a:30 قتيل', 'b:28 قتيل', 'c:العشرات']]);
    // The dead and the missing of one flood, each in its written noun: which one "العشرات" is, nothing says.
    const missing = [
      { id: 'd', claims: [claim(40, 'مفقود', flood('فيضانات ولاية كيرالا الهندية'))] },
      { id: 'e', claims: [claim(40, 'مفقود', flood('فيضانات ولاية كيرالا الهندية'))] },
    ];
    expect(shared(alignClaims([...dead, ...missing, { id: 'c', claims: [dozens()] }]))).toEqual([
      ['a:30 قتيل', 'b:28 قتيل'],
      ['d:40 مفقود', 'e:40 مفقود'],
    ]);
    // Injured read from the subject's words only ("المصابون في …") are not a noun the cluster writes.
    const injured = [
      { id: 'f', claims: [claim(23, 'شخص', flood('المصابون في فيضانات ولاية كيرالا'))] },
      { id: 'g', claims: [claim(23, 'شخص', flood('المصابون في فيضانات ولاية كيرالا'))] },
    ];
    expect(shared(alignClaims([...injured, { id: 'c', claims: [dozens()] }]))).toEqual([['f:23 شخص', 'g:23 شخص']]);
  });

  it('reads a noun of anyone as what a member of its cluster counts with the same figure: 37 شخصاً beside 37 قتيلاً', () => {
    // Al Arabiya: "53 قتيلاً" now, "37 شخصاً" as an earlier toll; BBC: "37 قتيلاً"; Sky: "37 شخصاً";
    // CNN: "ما لا يقل عن 53 شخصاً" of a fire it places only in Siberia.
    const fire = (text: string) => ({ subject: subject(text) });
    const [toll, ...rest] = alignClaims([
      { id: 'a', claims: [claim(53, 'قتيل', fire('حريق مركز التسوق في كيميروفو')), claim(37, 'شخص', fire('حريق مركز التسوق في كيميروفو'))] },
      { id: 'b', claims: [claim(37, 'قتيل', fire('حريق مركز تجاري في كيميروفو'))] },
      { id: 'c', claims: [claim(37, 'شخص', fire('حريق المركز التجاري في كيميروفو'))] },
      { id: 'd', claims: [claim(53, 'شخص', { ...fire('حريق بمنطقة سيبيريا'), bound: 'atLeast' })] },
    ]);
    expect(toll!.members.map((m) => `${m.documentId}:${m.claim.text}`)).toEqual(['a:53 قتيل', 'a:37 شخص', 'b:37 قتيل', 'c:37 شخص', 'd:53 شخص']);
    expect(toll!.status).toBe('conflicting');
    expect(toll!.groups.map((g) => g.outlets)).toEqual([['a', 'b', 'c'], ['a', 'd']]);
    expect(rest).toEqual([]);
    // A number with no subject that shares words with the disagreeing figures meets the toll by chance:
    // "53 شخصاً" of no fire stays out of the cluster in conflict.
    const [fire53, ...alone] = alignClaims([
      { id: 'a', claims: [claim(53, 'قتيل', fire('حريق مركز التسوق في كيميروفو')), claim(37, 'شخص', fire('حريق مركز التسوق في كيميروفو'))] },
      { id: 'b', claims: [claim(37, 'قتيل', fire('حريق مركز تجاري في كيميروفو'))] },
      { id: 'd', claims: [claim(53, 'شخص', { bound: 'atLeast' })] },
    ]);
    expect(fire53!.members.map((m) => `${m.documentId}:${m.claim.text}`)).toEqual(['a:53 قتيل', 'a:37 شخص', 'b:37 قتيل']);
    expect(alone.map((c) => c.members.map((m) => `${m.documentId}:${m.claim.text}`))).toEqual([['d:53 شخص']]);
    // Nothing in the cluster says what the 37 people are: a whole and its part, apart.
    const apart = alignClaims([
      { id: 'a', claims: [claim(53, 'قتيل', fire('حريق مركز التسوق في كيميروفو'))] },
      { id: 'b', claims: [claim(37, 'شخص', fire('حريق مركز التسوق في كيميروفو'))] },
    ]);
    expect(apart.map((c) => c.members.length)).toEqual([1, 1]);
    // A noun of who is not read so: 13 diplomats are not the 13 bodies their figure meets.
    expect(shared(alignClaims([{ id: 'a', claims: [claim(13, 'جثة')] }, { id: 'b', claims: [claim(13, 'دبلوماسي')] }, { id: 'c', claims: [claim(13, 'دبلوماسي')] }]))).toEqual([
      ['b:13 دبلوماسي', 'c:13 دبلوماسي'],
    ]);
  });
});
