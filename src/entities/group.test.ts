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
