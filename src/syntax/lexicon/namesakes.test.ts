import { describe, expect, it } from 'vitest';
import { findEntityMentions } from '../mentions.js';
import { artWorkNouns, namesakeHeads, saintWords, workNouns } from './namesakes.js';

/** The person mentions of `text`, as written, in the flat reading: a person a body is named after is inside its name. */
const people = (text: string): string[] => findEntityMentions(text, { nested: false }).filter((m) => m.type === 'person').map((m) => m.text);

describe('namesakeHeads', () => {
  it.each(namesakeHeads)('reads a name after %s as the namesake of a thing, not a person', (head) => {
    expect(people(`زار الوفد ${head} محمد الخامس أمس`)).toEqual([]);
    expect(people(`زار الوفد ${head} سمير مهران أمس`)).toEqual([]);
    expect(people(`وزار الوفد ${head} الشيخ سمير مهران أمس`)).toEqual([]);
  });

  it('reads the head behind a preposition, and leaves the person elsewhere', () => {
    expect(people('وصل الوفد بمطار محمد الخامس بالدار البيضاء')).toEqual([]);
    expect(people('واستقبل الملك محمد الخامس الوفد')).toEqual(['محمد الخامس']);
    expect(people('واستقبل الشيخ سمير مهران الوفد')).toEqual(['سمير مهران']);
    expect(people('قال الرئيس جاك شيراك إن جائزة نوبل مستحقة')).toEqual(['جاك شيراك']);
  });
});

describe('workNouns', () => {
  it.each([...workNouns, ...artWorkNouns])('reads a quoted name after %s as the title of the work', (noun) => {
    expect(people(`وعرض التلفزيون ${noun} « سمير مهران » عام 1990`)).toEqual([]);
    expect(people(`وعرض التلفزيون ${noun} " " سمير مهران " " عام 1990`)).toEqual([]);
  });

  it('keeps the author named without quotation marks', () => {
    const text = 'صدرت رواية سمير مهران عام 1990';
    const m = findEntityMentions(text).find((x) => x.type === 'person');
    expect(m?.text).toBe('سمير مهران');
    expect(text.slice(m!.span.start, m!.span.end)).toBe('سمير مهران');
  });
});

describe('saintWords', () => {
  it.each(saintWords)('reads a name after %s as a place, and ل + سان as a word', (saint) => {
    expect(people(`وقعت معاهدة ${saint} ستيفانو عام 1878`)).toEqual([]);
    expect(people(`ونقل الموقع على لسان النائب سمير مهران، رئيس الهيئة`)).toEqual(['سمير مهران']);
  });
});
