import { describe, expect, it } from 'vitest';
import { groupEntities } from '../entities/group.js';
import { findEntityMentions } from './mentions.js';

function mentions(text: string): Array<[string, string | null]> {
  const found = findEntityMentions(text);
  for (const m of found) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
  return found.map((m) => [m.text, m.type]);
}

describe('findEntityMentions', () => {
  it('finds gazetteer names with clitics, spelling variants and glued words', () => {
    expect(mentions('قاتل البيشمركة في سورية والعراق مع الولاياتالمتحدة')).toEqual([
      ['البيشمركة', 'organization'],
      ['سورية', 'place'],
      ['العراق', 'place'],
      ['الولاياتالمتحدة', 'place'],
    ]);
  });

  it('finds the name after a title, past an affiliation or in quotes', () => {
    expect(mentions('وقال العقيد في الجيش الأمريكي “ريان ديلون” في تغريدة')).toContainEqual(['ريان ديلون', 'person']);
    expect(mentions('أكد المتحدث، العقيد مايلز كيغنز، أن')).toContainEqual(['مايلز كيغنز', 'person']);
  });

  it('finds speakers named by a reporting verb, but not an office as a place', () => {
    expect(mentions('وقال فانك إن القوات باقية')).toEqual([['فانك', 'person']]);
    expect(mentions('وكان مبعوث الرئيس الأمريكي بريت ماكغورك أعلن')).toContainEqual(['بريت ماكغورك', 'person']);
    expect(mentions('وكان مبعوث الرئيس الأمريكي بريت ماكغورك أعلن')).not.toContainEqual(['الرئيس الأمريكي', 'place']);
  });

  it('counts a name in words, not in tokens (spaces are tokens too)', () => {
    // "Up to three words": the fourth word of a long name stays out.
    expect(mentions('التقى العقيد جون بول مايكل سميث براون')).toEqual([['جون بول مايكل', 'person']]);
    // A three-word speaker named by a reporting verb is a mention, as it is the speaker of the claim.
    expect(mentions('وقال جون بول سميث إن القوات باقية')).toEqual([['جون بول سميث', 'person']]);
  });

  it('never throws, and rejects non-strings', () => {
    expect(mentions('')).toEqual([]);
    expect(() => findEntityMentions(null as unknown as string)).toThrow(new TypeError('findEntityMentions: text must be a string, got null'));
  });
});

describe('groupEntities', () => {
  it('groups spellings across documents under the canonical name', () => {
    const groups = groupEntities([
      { id: 'a', mentions: findEntityMentions('قال العقيد ريان ديلون إن داعش في سوريا') },
      { id: 'b', mentions: findEntityMentions('قال الكولونيل رايان ديلون إن تنظيم الدولة الإسلامية في سورية، وأضاف ديلون') },
    ]);
    const by = new Map(groups.map((g) => [g.canonical, g.mentions.map((m) => `${m.documentId}:${m.mention.text}`)]));
    expect(by.get('داعش')).toEqual(['a:داعش', 'b:تنظيم الدولة الإسلامية']);
    expect(by.get('سوريا')).toEqual(['a:سوريا', 'b:سورية']);
    expect(by.get('ريان ديلون')).toEqual(['a:ريان ديلون', 'b:رايان ديلون', 'b:ديلون']);
  });
});
