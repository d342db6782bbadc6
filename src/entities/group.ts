import type { EntityType } from '../names/gazetteer.js';
import { nameKeys, type NameKeys, type NameOptions } from '../names/normalize.js';
import { entitySimilarity } from '../names/similarity.js';
import type { EntityMention } from '../syntax/mentions.js';
import { requireOptions } from '../text/validate.js';

/** One entity and every mention of it. */
export interface EntityGroup {
  /** The entity's name for display: a known entity's canonical name (سوريا for سورية), or its fullest mention. */
  canonical: string;
  /** Its key: `normalizeEntityName(canonical)`. */
  key: string;
  /** Person, organisation or place, when a mention or the tables say. */
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

/**
 * Letters a transliteration may swap at the start of a name: أنان / عنان، غوتيريش / جوتيريش، ثيم /
 * تيم (Thiem), هوتوفلي / حوطوفلي (Hotovely).
 */
const FIRST_LETTER_CLASSES = ['اعء', 'غجقكگ', 'تطث', 'سصش', 'زذظ', 'دض', 'هةحخ'];
const classOf: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(FIRST_LETTER_CLASSES.flatMap((c) => [...c].map((letter) => [letter, c[0]!] as const)));

/**
 * Letters read as one inside a name when names are sorted into buckets, coarser than at its start
 * (a coarse class only puts more names in a bucket, never fewer): ز/س/ذ/د between transliterations
 * (جيزوس / جيسوس، حدراف / حذراف), r and l.
 */
const INNER_LETTER_CLASSES = ['غجقكگ', 'تطث', 'سصشزذظدض', 'هةحخ', 'رل'];
const innerClassOf: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(INNER_LETTER_CLASSES.flatMap((c) => [...c].map((letter) => [letter, c[0]!] as const)));

/** Letters a transliteration writes or leaves out inside a name: long vowels, hamza seats, ع and ه (ماسك / موسك، رعد / راد). */
const UNWRITTEN_LETTERS = 'اويءئؤىعه';

/** One foreign sound written with two letters or one inside a name: ch as تش or ج (بوتشيمون / بوجديمون), dj as دج, دز or ج (ميدجيتش / ميجيتش). */
const ONE_SOUND = /تش|دج|دز/gu;

/** Consonants of the last word after its first letter that name its buckets. */
const BUCKET_CONSONANTS = 3;

/**
 * The buckets of a key. Names are compared only with names that share a bucket, so the work grows
 * with the names that could match rather than with every pair. A bucket is the first letter of the
 * last word, by its class, with the next three consonants of that word, or with two of them (one
 * left out: a neighbourhood of one edit), so that a name meets its spellings that differ in one of
 * those consonants, add or drop one, or swap two. غوتيريش and جوتيريس have one bucket of all three
 * (غ and ج, ش and س are one class each); غوارديولا and غوادريولا (r and d swapped) meet in the bucket
 * of غوارديولا without its r; بوتين and بوتن in their only one. Long vowels, hamza seats, ع and ه are
 * left out (راد / رعد), as their spellings do.
 */
function bucketsOf(key: string, keys: NameKeys): string[] {
  const words = key.split(' ');
  const buckets = new Set<string>();
  addBuckets(words[words.length - 1]!, buckets);
  // A family name at the end, which news writes or leaves out (تميم بن حمد آل ثاني = تميم بن حمد): the
  // name meets the short one by the word before it too.
  if (words.length >= 4 && keys.isFamily(words[words.length - 2]!)) addBuckets(words[words.length - 3]!, buckets);
  // A family name written first names the person alone: كيم جونغ أون meets كيم.
  if (keys.namesAlone.has(words[0]!)) addBuckets(words[0]!, buckets);
  return [...buckets];
}

/** Adds the buckets of the last word of a name (see {@link bucketsOf}). */
function addBuckets(word: string, buckets: Set<string>): void {
  const first = classOf.get(word[0] ?? '') ?? word[0] ?? '';
  // The first letter keeps its class: تشان (Chan) and جان (Jean) are not compared.
  const rest = word.slice(1).replace(ONE_SOUND, 'ج');
  let consonants = '';
  for (let i = 0; i < rest.length && consonants.length < BUCKET_CONSONANTS; i++) {
    const c = rest[i]!;
    if (UNWRITTEN_LETTERS.includes(c)) continue;
    const consonant = innerClassOf.get(c) ?? c;
    // A doubled letter is one consonant: ماكّين, ماككين.
    if (!consonants.endsWith(consonant)) consonants += consonant;
  }
  buckets.add(first + consonants);
  for (let i = 0; i < consonants.length; i++) buckets.add(first + consonants.slice(0, i) + consonants.slice(i + 1));
}

/**
 * Groups entity mentions (of one document or many) into entities, with one canonical
 * display name each.
 *
 * Mentions with equal keys are one entity (spelling, titles, aliases of known entities), and a name
 * inside a body's name is a mention like any other (بيرزيت in جامعة بيرزيت joins the town), but where it
 * is the body's whole name (the place فلسطين in جريدة فلسطين) it is the body's mention again and left out;
 * names of two words or more join by {@link sameEntity} (transliteration variants:
 * ريان ديلون / رايان ديلون); a surname alone joins the one full name it matches, in its own
 * document first — when two full names share it (سعيد المالكي، سعد المالكي) it joins
 * neither, so two people are never merged through their surname. Names are compared only
 * within buckets of their last word's first consonants (see `bucketsOf`), so the work grows with
 * the number of names that could match, not with every pair.
 *
 * @param documents - Each document's id and its mentions (from `findEntityMentions`).
 * @param options - `lexicon`: the names tables the mentions were found with.
 * @returns The entities, the most mentioned first.
 * @throws TypeError when `options` is not an object, or a table entry is malformed.
 *
 * @example
 * ```ts
 * groupEntities([{ id: 'a', mentions: findEntityMentions('وصل توني بلير. وقال بلير') }]);
 * // [{ canonical: 'توني بلير', type: 'person', mentions: [توني بلير، بلير] }]
 * ```
 */
export function groupEntities(documents: Array<{ id: string; mentions: EntityMention[] }>, options?: NameOptions): EntityGroup[] {
  requireDocuments(documents);
  requireOptions(options, 'groupEntities');
  const keys = nameKeys('groupEntities', options?.lexicon);
  const all = documents.flatMap((d) => d.mentions.map((mention) => ({ documentId: d.id, mention })));
  // One representative text per key, and the documents each key appears in.
  const textOf = new Map<string, string>();
  const documentsOf = new Map<string, Set<string>>();
  for (const m of all) {
    if (!textOf.has(m.mention.name)) textOf.set(m.mention.name, m.mention.text);
    let ds = documentsOf.get(m.mention.name);
    if (!ds) documentsOf.set(m.mention.name, (ds = new Set()));
    ds.add(m.documentId);
  }
  const parent = new Map<string, string>([...textOf.keys()].map((k) => [k, k]));
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const bucketsOfKey = new Map<string, string[]>();
  const buckets = new Map<string, string[]>();
  for (const k of textOf.keys()) {
    const own = bucketsOf(k, keys);
    bucketsOfKey.set(k, own);
    for (const b of own) {
      const list = buckets.get(b);
      if (list) list.push(k);
      else buckets.set(b, [k]);
    }
  }
  // Two names that share more than one bucket are compared in the first they share only.
  const firstShared = (a: string, b: string): string | undefined => {
    const other = bucketsOfKey.get(b)!;
    return bucketsOfKey.get(a)!.find((x) => other.includes(x));
  };
  const similar = (a: string, b: string): boolean => entitySimilarity(textOf.get(a)!, textOf.get(b)!, options) >= 0.8;
  const single = (k: string): boolean => !k.includes(' ');
  // Full names (and single words among themselves) join by similarity.
  for (const [bucket, list] of buckets) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (single(a) !== single(b) || firstShared(a, b) !== bucket) continue;
        if (similar(a, b)) parent.set(find(b), find(a));
      }
    }
  }
  // A surname alone joins the one full name it matches: in its own documents first, else anywhere.
  for (const s of textOf.keys()) {
    if (!single(s)) continue;
    const near = [...new Set(bucketsOfKey.get(s)!.flatMap((b) => buckets.get(b)!))];
    const matches = [...new Set(near.filter((k) => !single(k) && similar(s, k)).map(find))];
    const mine = documentsOf.get(s)!;
    const own = matches.filter((root) => near.some((k) => find(k) === root && [...documentsOf.get(k)!].some((d) => mine.has(d))));
    const chosen = own.length === 1 ? own[0] : own.length === 0 && matches.length === 1 ? matches[0] : undefined;
    if (chosen !== undefined) parent.set(find(s), chosen);
  }
  const groups = new Map<string, EntityGroup['mentions']>();
  for (const m of all) {
    // A name inside a body that is the body's whole name is the body's mention again, on the same words: "جريدة
    // فلسطين" gives the newspaper فلسطين and the place فلسطين inside it, one mention of one entity.
    const { within, span } = m.mention;
    if (within && within.start === span.start && within.end === span.end) continue;
    const root = find(m.mention.name);
    const list = groups.get(root);
    if (list) list.push(m);
    else groups.set(root, [m]);
  }
  return [...groups.values()]
    .map((mentions): EntityGroup => {
      const known = mentions.map((m) => keys.knownOf(m.mention.text)).find((e) => e !== undefined);
      const words = (text: string): number => text.split(/\s+/u).length;
      const fullest = mentions.map((m) => m.mention.text).reduce((a, b) => (words(b) > words(a) ? b : a));
      const canonical = known?.canonical ?? fullest.replace(/["“”«»]/gu, '');
      const types = mentions.map((m) => m.mention.type).filter((t): t is EntityType => t !== null);
      const type = known?.type ?? mostCommon(types) ?? null;
      return { canonical, key: keys.key(canonical), type, mentions };
    })
    .sort((a, b) => b.mentions.length - a.mentions.length);
}

function mostCommon<T>(items: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  for (const item of items) {
    const n = (counts.get(item) ?? 0) + 1;
    counts.set(item, n);
    if (best === undefined || n > counts.get(best)!) best = item;
  }
  return best;
}

/** Checks `groupEntities`' input where it enters: an array of `{ id, mentions }`, each mention with a string text. */
function requireDocuments(documents: unknown): asserts documents is Array<{ id: string; mentions: EntityMention[] }> {
  const expected = 'an array of { id: string, mentions: EntityMention[] } (mentions from findEntityMentions)';
  if (!Array.isArray(documents)) throw new TypeError(`groupEntities: documents must be ${expected}, got ${documents === null ? 'null' : typeof documents}`);
  documents.forEach((d: unknown, i) => {
    const doc = d as { id?: unknown; mentions?: unknown } | null;
    if (typeof doc !== 'object' || doc === null) throw new TypeError(`groupEntities: documents[${i}] must be an object { id, mentions }`);
    if (typeof doc.id !== 'string') throw new TypeError(`groupEntities: documents[${i}].id must be a string, got ${typeof doc.id}`);
    if (!Array.isArray(doc.mentions)) throw new TypeError(`groupEntities: documents[${i}].mentions must be an array of mentions, got ${typeof doc.mentions}`);
    doc.mentions.forEach((m: unknown, j) => {
      const mention = m as { text?: unknown; name?: unknown } | null;
      if (typeof mention !== 'object' || mention === null || typeof mention.text !== 'string' || typeof mention.name !== 'string') {
        throw new TypeError(`groupEntities: documents[${i}].mentions[${j}] must be a mention { text, span, name, type } from findEntityMentions`);
      }
    });
  });
}
