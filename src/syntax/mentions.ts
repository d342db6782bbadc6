/**
 * Mentions of people, organisations and places: names from the gazetteer,
 * names after a title (العقيد مايلز كيغنز), and speakers that a reporting verb
 * names (وقال فانك).
 */
import type { GazetteerEntry, EntityType } from '../names/gazetteer.js';
import { TextDocument } from '../numbers/document.js';
import type { TokenStream } from '../numbers/tokens.js';
import { isDefinite } from '../text/clitics.js';
import { tokenIndex, type Span, type TokenIndex, type TokenRange } from '../text/coordinates.js';
import { foldWord } from '../text/fold.js';
import { requireOptions, requireString } from '../text/validate.js';
import { syntaxLexicon, type SyntaxLexicon, type SyntaxLexiconInput } from './lexicon.js';
import type { NamesLexiconInput } from '../names/lexicon.js';
import { quotedName } from './noun-phrase.js';
import { PhraseTable } from './phrases.js';
import { speakerMentionsOf } from './speakers.js';

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

/** Most words of a person's name read after a title or before a reporting verb: "جون بول سميث". */
const NAME_WORDS = 3;

/** The tables mention finding compiles from a syntax lexicon. */
interface MentionTables {
  /** Gazetteer names, with the clitics a place or body takes: والعراق، بسوريا، للتحالف. */
  readonly names: PhraseTable<GazetteerEntry>;
  /** Gazetteer entries by entity key: finds spellings the phrase table does not list (البيشمركة، الولاياتالمتحدة). */
  readonly byKey: ReadonlyMap<string, GazetteerEntry>;
  /** Most words of a gazetteer name. */
  readonly longestName: number;
  /** Words that join the parts of an Arabic name. */
  readonly joiners: ReadonlySet<string>;
  /** Words that can never be part of a name. */
  readonly notNameWords: ReadonlySet<string>;
}

const compiled = new WeakMap<SyntaxLexicon, MentionTables>();

function mentionTables(lexicon: SyntaxLexicon): MentionTables {
  let tables = compiled.get(lexicon);
  if (tables === undefined) {
    const { gazetteer, nameJoiners } = lexicon.names.tables;
    const byKey = new Map<string, GazetteerEntry>();
    for (const e of gazetteer) for (const n of [e.canonical, ...e.aliases]) if (!byKey.has(lexicon.names.key(n))) byKey.set(lexicon.names.key(n), e);
    tables = {
      names: new PhraseTable<GazetteerEntry>(gazetteer, (e) => [e.canonical, ...e.aliases], 'وبلفك'),
      byKey,
      longestName: Math.max(1, ...gazetteer.flatMap((e) => [e.canonical, ...e.aliases]).map((n) => n.split(' ').length)),
      joiners: new Set(nameJoiners.map(foldWord)),
      notNameWords: new Set([...lexicon.tables.speakerStopWords, ...lexicon.tables.notUnitWords].map(foldWord)),
    };
    compiled.set(lexicon, tables);
  }
  return tables;
}

/** A mention found over tokens, before it is turned into the caller's coordinates. */
interface Found extends TokenRange {
  /** Shadow characters of a clitic at the start that stay out of the mention (the و of والبيشمركة). */
  readonly skip: number;
  readonly type: EntityType | null;
}

/** The longest run of words from `k` whose entity key is a gazetteer name. */
function byKeyAt(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex): Found | null {
  // A title is not part of a place's or a body's name: الرئيس الأمريكي is an office.
  if (lexicon.titles.matchAt(tokens, k)) return null;
  const first = tokens.text(k);
  // A clitic before the article stays out of the mention: والبيشمركة → البيشمركة.
  const skip = first.length > 3 && 'وبفك'.includes(first[0]!) && first.startsWith('ال', 1) ? 1 : 0;
  const ends: TokenIndex[] = [];
  for (let j = k; tokens.isWord(j) && ends.length < t.longestName; j = tokens.next(j)) ends.push(tokenIndex(j + 1));
  for (let n = ends.length; n >= 1; n--) {
    const end = ends[n - 1]!;
    const entry = t.byKey.get(lexicon.names.key(tokens.textBetween(k, end)));
    if (entry) return { start: k, end, skip, type: entry.type };
  }
  return null;
}

/**
 * The name after a title: past an affiliation ("العقيد في الجيش الأمريكي"), a
 * quoted name or up to three words without the article, ending before any word
 * that cannot be part of a name.
 */
function nameAfterTitle(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, titleEnd: TokenIndex): TokenRange | null {
  let k = tokens.next(tokenIndex(titleEnd - 1));
  if (tokens.isWord(k) && tokens.text(k) === foldWord('في')) {
    k = tokens.next(k);
    while (tokens.isWord(k) && isDefinite(tokens.text(k))) k = tokens.next(k);
  }
  if (k < 0) return null;
  const quoted = quotedName(tokens, lexicon, k);
  if (quoted) return quoted;
  const start = k;
  let end = k;
  let words = 0;
  while (tokens.isWord(k) && words < NAME_WORDS) {
    const w = tokens.text(k);
    if (t.notNameWords.has(w) || lexicon.titles.matchAt(tokens, k)) break;
    // A nisba closes a name that a joiner began: أبو بكر البغدادي.
    if (isDefinite(w)) {
      if (t.joiners.has(tokens.text(start)) && w.endsWith('ي')) end = tokenIndex(k + 1);
      break;
    }
    end = tokenIndex(k + 1);
    words++;
    k = tokens.next(k);
  }
  return end > start ? { start, end } : null;
}

/** The mentions of a document, as token ranges, in reading order and not overlapping. */
export function mentionsOf(document: TextDocument, lexicon: SyntaxLexicon): readonly Found[] {
  const { tokens } = document;
  const t = mentionTables(lexicon);
  const found: Found[] = [];
  for (let k = tokenIndex(0); k < tokens.length; k++) {
    if (!tokens.isWord(k)) continue;
    const m = t.names.matchAt(tokens, k);
    const gazetteerName = m ? { start: m.start, end: m.end, skip: m.clitic, type: m.entry.type } : byKeyAt(tokens, lexicon, t, k);
    if (gazetteerName) {
      found.push(gazetteerName);
      k = tokenIndex(gazetteerName.end - 1);
      continue;
    }
    const title = lexicon.titles.matchAt(tokens, k);
    if (title) {
      const name = nameAfterTitle(tokens, lexicon, t, title.end);
      if (name && !t.names.matchAt(tokens, name.start)) found.push({ start: name.start, end: name.end, skip: 0, type: 'person' });
      k = tokenIndex(title.end - 1);
    }
  }
  // Speakers named by a reporting verb (كيغنز، بول فانك): names of up to three words.
  for (const m of speakerMentionsOf(document, lexicon)) {
    const e = m.entity;
    if (!e?.named || m.kind !== 'verb' || tokens.wordsBetween(e.start, e.end) > NAME_WORDS) continue;
    let plain = true;
    for (let j = e.start; j < e.end; j++) if (tokens.isWord(j) && t.notNameWords.has(tokens.text(j))) plain = false;
    // Not a gazetteer name (those were found above): a person.
    if (plain) found.push({ start: e.start, end: e.end, skip: 0, type: 'person' });
  }
  // Reading order; of overlapping mentions the first and longest stays.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Found[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    lastEnd = f.end;
    out.push(f);
  }
  return out;
}

/** Options of {@link findEntityMentions}. */
export interface MentionOptions {
  /** Tables that extend or replace the built-in ones: gazetteer entries, titles, reporting verbs. See `Lexicon`. */
  lexicon?: NamesLexiconInput & SyntaxLexiconInput;
}

/**
 * Finds mentions of people, organisations and places in Arabic text, in
 * reading order and not overlapping: gazetteer names (with a clitic: والعراق،
 * بسوريا), names after a title, and speakers that a reporting verb names.
 * People named with no title and no verb (a name in passing) are not found.
 *
 * @param text - Arabic text.
 * @param options - `lexicon`: tables that extend the built-in gazetteer, titles and reporting verbs.
 * @returns The mentions, each with its entity key.
 * @throws TypeError when `text` is not a string, or a table entry is malformed.
 *
 * @example
 * ```ts
 * findEntityMentions('وقال العقيد مايلز كيغنز إن التحالف درب قوات البيشمركة في العراق');
 * // [{ text: 'مايلز كيغنز', type: 'person', … }, { text: 'التحالف', type: 'organization', … },
 * //  { text: 'قوات البيشمركة', type: 'organization', … }, { text: 'العراق', type: 'place', … }]
 * ```
 */
export function findEntityMentions(text: string, options?: MentionOptions): EntityMention[] {
  requireString(text, 'findEntityMentions');
  requireOptions(options, 'findEntityMentions');
  const lexicon = syntaxLexicon('findEntityMentions', options?.lexicon);
  const document = new TextDocument(text);
  const { tokens } = document;
  return mentionsOf(document, lexicon).map((f) => {
    const span = tokens.span(f.start, f.end, f.skip);
    const mentionText = text.slice(span.start, span.end);
    return { text: mentionText, span, name: lexicon.names.key(mentionText), type: f.type };
  });
}
