import { gazetteer, type EntityType } from '../names/gazetteer.js';
import { normalizeEntityName } from '../names/normalize.js';
import { sameEntity } from '../names/similarity.js';
import type { EntityMention } from '../syntax/mentions.js';

/** One entity and every mention of it. */
export interface EntityGroup {
  /** The entity's name for display: the gazetteer's canonical name, or its fullest mention. */
  canonical: string;
  /** Its key: `normalizeEntityName(canonical)`. */
  key: string;
  /** Person, organisation or place, when a mention or the gazetteer says. */
  type: EntityType | null;
  /** The mentions, with the document each comes from. */
  mentions: EntityGroupMention[];
}

/** A mention in an entity group. */
export interface EntityGroupMention {
  /** The `id` of the document it comes from. */
  documentId: string;
  /** The mention. */
  mention: EntityMention;
}

const canonicalByKey = new Map(gazetteer.map((e) => [normalizeEntityName(e.canonical), e] as const));

/**
 * Groups entity mentions (of one document or many) into entities with
 * {@link sameEntity}: spelling variants, titles, aliases, a surname alone.
 * Joins are transitive; a surname alone joins the one full name it matches.
 *
 * @param documents - Each document's id and its mentions (from `findEntityMentions`).
 * @returns The entities, the most mentioned first.
 */
export function groupEntities(documents: Array<{ id: string; mentions: EntityMention[] }>): EntityGroup[] {
  const all = documents.flatMap((d) => d.mentions.map((mention) => ({ documentId: d.id, mention })));
  // Compare each distinct key once.
  const keys = [...new Set(all.map((m) => m.mention.name))];
  const textOf = new Map(all.map((m) => [m.mention.name, m.mention.text]));
  const parent = new Map(keys.map((k) => [k, k]));
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      if (sameEntity(textOf.get(keys[i]!)!, textOf.get(keys[j]!)!)) parent.set(find(keys[j]!), find(keys[i]!));
    }
  }
  const groups = new Map<string, EntityGroup['mentions']>();
  for (const m of all) {
    const root = find(m.mention.name);
    const list = groups.get(root);
    if (list) list.push(m);
    else groups.set(root, [m]);
  }
  return [...groups.values()]
    .map((mentions): EntityGroup => {
      const known = mentions.map((m) => canonicalByKey.get(m.mention.name)).find((e) => e !== undefined);
      const fullest = mentions.map((m) => m.mention.text).reduce((a, b) => (b.split(/\s+/u).length > a.split(/\s+/u).length ? b : a));
      const canonical = known?.canonical ?? fullest.replace(/["“”«»]/gu, '');
      const type = known?.type ?? mentions.find((m) => m.mention.type)?.mention.type ?? null;
      return { canonical, key: normalizeEntityName(canonical), type, mentions };
    })
    .sort((a, b) => b.mentions.length - a.mentions.length);
}
