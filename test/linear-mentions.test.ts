/**
 * Linear time for entity mentions: adversarial megabytes of the words the recognizers
 * read ahead from (given names, joiners, titles, heads, demonyms). A rule that read to the
 * end of a run from every word would take minutes here.
 */
import { describe, expect, it } from 'vitest';
import { type EntityMention, findEntityMentions, groupEntities } from '../src/index.js';
import { expectLinear } from './linear-guard.js';

const MB = 1_000_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

const inputs: Record<string, string> = {
  'given names': fill('محمد '),
  joiners: fill('بن '),
  'titles and adjectives': fill('الرئيس الأمريكي السابق '),
  'roles and complements': fill('وزير الخارجية '),
  'heads and complements': fill('وزارة الداخلية '),
  'descriptors and loan names': fill('صحيفة كورونيكس '),
  'places with clitics': fill('وبالعراق ولبغداد '),
  'a surname repeated': `جون سميث ${fill('سميث ')}`,
  'a list of surnames': `قال بوش ${fill('وكورونيكس ')}`,
  'offices and complements': fill('كورونيكس مساعد وزير '),
  'particles of foreign names': `جان ${fill('دو ')}`,
  'loan words after a given name': `جون ${fill('كورونيكس ')}`,
  'verbs and subjects': fill('وأعرب كورونيكس عن '),
  'club prefixes': fill('دينامو '),
};

describe('linear time: findEntityMentions', () => {
  for (const [name, input] of Object.entries(inputs)) {
    it(`1 MB of ${name}`, () => {
      expectLinear(findEntityMentions, input, 120_000);
      const mentions = findEntityMentions(input.slice(0, 20_000));
      expect(mentions.every((m) => input.slice(m.span.start, m.span.end) === m.text)).toBe(true);
    });
  }

  // By default every body's name is read again alone, and again after its head, and a governing body is reported with
  // its place: a megabyte of bodies named after places stays linear, and so does the flat reading (nested: false) of
  // bodies whose complements run on.
  const readings: Array<[string, string, (text: string) => EntityMention[]]> = [
    ['bodies named after places', fill('جامعة بيرزيت وبنك فلسطين وجريدة فلسطين وحكومة السودان وبلدية عقربا '), (text) => findEntityMentions(text)],
    ['heads and complements, flat', inputs['heads and complements']!, (text) => findEntityMentions(text, { nested: false })],
  ];
  for (const [name, input, read] of readings) {
    it(`1 MB of ${name}`, () => {
      expectLinear(read, input, 120_000);
      const mentions = read(input.slice(0, 20_000));
      expect(mentions.every((m) => input.slice(m.span.start, m.span.end) === m.text)).toBe(true);
    });
  }

  it('groups tens of thousands of mentions', () => {
    expectLinear((text) => groupEntities([{ id: 'a', mentions: findEntityMentions(text) }]), fill('قال جون سميث. وقال سميث. ').slice(0, MB / 4), 120_000);
  });
});
