import { describe, expect, it } from 'vitest';
import { findEntityMentions } from '../syntax/mentions.js';
import { groupEntities } from './group.js';

describe('groupEntities input', () => {
  it('takes documents of mentions and refuses anything else with a TypeError naming the parameter', () => {
    expect(groupEntities([{ id: 'a', mentions: findEntityMentions('قال العقيد ريان ديلون') }]).length).toBeGreaterThan(0);
    expect(() => groupEntities(null as never)).toThrow(/^groupEntities: documents must be an array/u);
    expect(() => groupEntities([{ id: 3, mentions: [] }] as never)).toThrow('groupEntities: documents[0].id must be a string, got number');
    expect(() => groupEntities([{ id: 'a', mentions: 'x' }] as never)).toThrow('groupEntities: documents[0].mentions must be an array of mentions, got string');
    expect(() => groupEntities([{ id: 'a', mentions: [{}] }] as never)).toThrow(/documents\[0\]\.mentions\[0\] must be a mention/u);
  });
});

describe('groupEntities buckets', () => {
  const twoReports = (a: string, b: string) =>
    groupEntities([
      { id: 'a', mentions: findEntityMentions(`وقال المدرب ${a} إن الفريق جاهز.`) },
      { id: 'b', mentions: findEntityMentions(`وقال المدرب ${b} إن الفريق جاهز.`) },
    ]);

  it.each([
    // The second and third consonants swapped (r and d): found by the bucket that leaves one out.
    ['بيب غوارديولا', 'بيب غوادريولا'],
    // د and ذ inside the name.
    ['زكرياء حدراف', 'زكرياء حذراف'],
    // ch written تش or ج.
    ['كارليس بوتشيمون', 'كارلس بوجديمون'],
    // dj written دج or دز.
    ['إيدين دجيكو', 'إيدين دزيكو'],
  ])('meets spellings that differ in an inner consonant: %s / %s', (a, b) => {
    const groups = twoReports(a, b);
    expect(groups.map((g) => g.mentions.map((m) => m.mention.text))).toEqual([[a, b]]);
  });

  it('meets a chain with its family name and without it, whose last words differ', () => {
    const groups = groupEntities([
      { id: 'a', mentions: findEntityMentions('واستقبل الشيخ محمد بن زايد آل نهيان الوفد.') },
      { id: 'b', mentions: findEntityMentions('واستقبل الشيخ محمد بن زايد الوفد.') },
    ]);
    expect(groups.map((g) => g.mentions.map((m) => m.mention.text))).toEqual([['محمد بن زايد آل نهيان', 'محمد بن زايد']]);
  });

  it('keeps names of other consonants apart', () => {
    const groups = twoReports('بيب غوارديولا', 'بيب غاسبيريني');
    expect(groups.map((g) => g.canonical).sort()).toEqual(['بيب غاسبيريني', 'بيب غوارديولا']);
  });
});

describe('groupEntities and the names inside bodies\' names', () => {
  const grouped = (text: string) => groupEntities([{ id: 'a', mentions: findEntityMentions(text) }]).map((g) => [g.canonical, g.type, g.mentions.map((m) => m.mention.span.start)]);

  it('counts a body\'s whole name once', () => {
    // The newspaper فلسطين and the place فلسطين inside it lie on the same words: one mention.
    const text = 'نشرت جريدة فلسطين تقريرا';
    expect(findEntityMentions(text).map((m) => m.span.start)).toEqual([11, 11]);
    expect(grouped(text).map(([canonical, , starts]) => [canonical, starts])).toEqual([['فلسطين', [11]]]);
  });

  it('joins a name inside a body to the same name elsewhere', () => {
    expect(grouped('وقالت جامعة بيرزيت إن طلابها عادوا إلى بيرزيت')).toEqual([
      ['بيرزيت', 'place', [12, 39]],
      ['جامعة بيرزيت', 'organization', [6]],
    ]);
  });
});
