/**
 * Mentions of people, organisations and places: names from the gazetteer,
 * names after a title (العقيد مايلز كيغنز), and speakers that a reporting verb
 * names (وقال فانك).
 */
import { readNumbers } from '../numbers/find.js';
import type { Lexemes } from '../numbers/lexemes.js';
import { predicates } from './lexicon/predicates.js';
import { speakerStopWords } from './lexicon/reporting.js';
import { titleWords } from '../names/titles.js';
import { notUnitWords } from './lexicon/units.js';
import { UnitTable } from './units.js';
import { isDefinite, nextToken, quotedName, type Range } from './noun-phrase.js';
import { PhraseTable } from './phrases.js';
import { SpeakerFinder } from './speakers.js';
import { structureOf } from './structure.js';
import { foldWord } from '../text/fold.js';
import { requireString } from '../text/require-string.js';
import { createShadow, toOriginalSpan, type Span } from '../text/shadow.js';
import { gazetteer, type EntityType, type GazetteerEntry } from '../names/gazetteer.js';
import { normalizeEntityName } from '../names/normalize.js';

/** A mention of a person, organisation or place. */
export interface EntityMention {
  /** As written. */
  text: string;
  /** `input.slice(span.start, span.end) === text`. */
  span: Span;
  /** Its entity key: `normalizeEntityName(text)`. */
  name: string;
  /** What it names, when known: from the gazetteer, or a person for a name after a title. */
  type: EntityType | null;
}

const predicateTable = new PhraseTable(predicates, (p) => p.forms, ['و', 'ف', 'ب', 'ل']);
const names = new PhraseTable<GazetteerEntry>(gazetteer, (e) => [e.canonical, ...e.aliases], ['و', 'ب', 'ل', 'ف', 'ك']);
const titles = new PhraseTable(titleWords, (t) => t);
/** Words that join the parts of an Arabic name: أبو بكر، بن لادن. */
const nameJoiners = new Set(['أبو', 'ابو', 'بن', 'ابن', 'عبد'].map(foldWord));
const notNameWords = new Set([...speakerStopWords, ...notUnitWords].map(foldWord));

/** Gazetteer entries by entity key: finds spellings the phrase table does not list (البيشمركة، الولاياتالمتحدة). */
const entryByKey = new Map<string, GazetteerEntry>();
for (const e of gazetteer) for (const n of [e.canonical, ...e.aliases]) entryByKey.set(normalizeEntityName(n), e);
const longestName = Math.max(...gazetteer.flatMap((e) => [e.canonical, ...e.aliases]).map((n) => n.split(' ').length));

/** The longest run of words from `k` whose entity key is a gazetteer name. */
function byKeyAt(lx: Lexemes, k: number): { entry: GazetteerEntry; start: number; end: number; clitic: number } | null {
  // A title is not part of a place's or a body's name: الرئيس الأمريكي is an office.
  if (titles.matchAt(lx, k)) return null;
  const first = lx.text(k);
  // A clitic before the article stays out of the mention: والبيشمركة → البيشمركة.
  const clitic = first.length > 3 && 'وبفك'.includes(first[0]!) && first.startsWith('ال', 1) ? 1 : 0;
  const ends: number[] = [];
  for (let j = k; j >= 0 && ends.length < longestName; j = nextToken(lx, j)) {
    if (lx.type(j) !== 'word') break;
    ends.push(j + 1);
  }
  for (let n = ends.length; n >= 1; n--) {
    const end = ends[n - 1]!;
    const entry = entryByKey.get(normalizeEntityName(lx.textBetween(k, end)));
    if (entry) return { entry, start: k, end, clitic };
  }
  return null;
}

let speakerFinder: SpeakerFinder | undefined;
let units: UnitTable | undefined;

/**
 * The name after a title: past an affiliation ("العقيد في الجيش الأمريكي"), a
 * quoted name or up to three words without the article, ending before any word
 * that cannot be part of a name.
 */
function nameAfterTitle(lx: Lexemes, titleEnd: number): Range | null {
  let k = nextToken(lx, titleEnd - 1);
  if (k >= 0 && lx.type(k) === 'word' && lx.text(k) === foldWord('في')) {
    k = nextToken(lx, k);
    while (k >= 0 && lx.type(k) === 'word' && isDefinite(lx.text(k))) k = nextToken(lx, k);
  }
  if (k < 0) return null;
  const quoted = quotedName(lx, k);
  if (quoted) return quoted;
  const start = k;
  let end = k;
  while (k >= 0 && lx.type(k) === 'word' && end - start < 6) {
    const w = lx.text(k);
    if (notNameWords.has(w) || titles.matchAt(lx, k)) break;
    // A nisba closes a name that a joiner began: أبو بكر البغدادي.
    if (isDefinite(w)) {
      if (nameJoiners.has(lx.text(start)) && w.endsWith('ي')) end = k + 1;
      break;
    }
    end = k + 1;
    k = nextToken(lx, k);
  }
  return end > start && lx.text(end - 1) !== '' ? { start, end } : null;
}

/**
 * Finds mentions of people, organisations and places in Arabic text, in
 * reading order and not overlapping: gazetteer names (with a clitic: والعراق،
 * بسوريا), names after a title, and speakers that a reporting verb names.
 * People named with no title and no verb (a name in passing) are not found.
 *
 * @param text - Arabic text.
 * @returns The mentions, each with its entity key.
 * @throws TypeError when `text` is not a string.
 */
export function findEntityMentions(text: string): EntityMention[] {
  requireString(text, 'findEntityMentions');
  const shadow = createShadow(text);
  const { lx } = readNumbers(shadow);
  const found: Array<{ start: number; end: number; skip: number; type: EntityType | null }> = [];
  for (let k = 0; k < lx.length; k++) {
    if (lx.type(k) !== 'word') continue;
    const m = names.matchAt(lx, k) ?? byKeyAt(lx, k);
    if (m) {
      found.push({ start: m.start, end: m.end, skip: m.clitic, type: m.entry.type });
      k = m.end - 1;
      continue;
    }
    const title = titles.matchAt(lx, k);
    if (title) {
      const name = nameAfterTitle(lx, title.end);
      if (name && !names.matchAt(lx, name.start)) found.push({ start: name.start, end: name.end, skip: 0, type: 'person' });
      k = title.end - 1;
    }
  }
  // Speakers named by a reporting verb (كيغنز، بول فانك): names of up to three words.
  units ??= new UnitTable();
  speakerFinder ??= new SpeakerFinder([], (l, k) => predicateTable.has(l, k), (w) => units!.isDemonym(w));
  for (const m of speakerFinder.find(lx, structureOf(lx))) {
    const e = m.entity;
    if (!e?.named || m.kind !== 'verb' || e.end - e.start > 3) continue;
    let plain = true;
    for (let j = e.start; j < e.end; j++) if (lx.type(j) === 'word' && notNameWords.has(lx.text(j))) plain = false;
    // Not a gazetteer name (those were found above): a person.
    if (plain) found.push({ start: e.start, end: e.end, skip: 0, type: 'person' });
  }
  // Reading order; of overlapping mentions the first and longest stays.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: EntityMention[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    lastEnd = f.end;
    const span = toOriginalSpan(shadow, lx.start(f.start) + f.skip, lx.end(f.end - 1));
    const mentionText = text.slice(span.start, span.end);
    out.push({ text: mentionText, span, name: normalizeEntityName(mentionText), type: f.type });
  }
  return out;
}
