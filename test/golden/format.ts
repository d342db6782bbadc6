/**
 * The golden files' readable form and its translation to and from full claims.
 *
 * A golden claim names its texts, not offsets: the claim by its text and
 * occurrence in the article; its unit inside the claim text, or else the nearest
 * one before it; its subject, speaker and time by their whole-word occurrence
 * nearest the claim (the speaker the last one before it), unless an occurrence
 * number pins it. Every field of the claim is then derived and compared.
 */
import { isDeepStrictEqual } from 'node:util';
import { normalizeEntityName, type Bound, type ChangeDetail, type Claim, type ClaimUnit, type EntityRef, type Modality, type SpeakerKind, type TimeScope } from '../../src/index.js';
import type { Span } from '../../src/text/coordinates.js';

export interface GoldenRef {
  text: string;
  occurrence?: number;
}

/** A speaker as the golden file names it: its text (and occurrence), what kind of source it is, and its office. */
export interface GoldenSpeaker extends GoldenRef {
  kind: SpeakerKind;
  role?: string;
}

export interface GoldenClaim {
  text: string;
  occurrence?: number;
  value: number | null;
  min: number | null;
  max: number | null;
  bound: Bound;
  unit: ClaimUnit | null;
  subject: string | GoldenRef | null;
  speaker: GoldenSpeaker | null;
  predicate: string | null;
  change: 'up' | 'down' | null;
  /** Absent when null. */
  changeDetail?: ChangeDetail;
  /** Absent when asserted. */
  modality?: Modality;
  time: { text: string; start?: string; end?: string; cumulative?: boolean } | null;
  /** The first words of the claim's sentence. */
  sentence: string;
}

export interface GoldenFile {
  article: string;
  claims: GoldenClaim[];
}

const letter = /\p{L}/u;

/** Offsets of `needle` in `text`; whole words only when `words` is set. */
function occurrences(text: string, needle: string, words: boolean): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (words && (letter.test(text[i - 1] ?? '') || letter.test(text[i + needle.length] ?? ''))) continue;
    out.push(i);
  }
  return out;
}

function nth(text: string, needle: string, n: number, words: boolean): number {
  const all = occurrences(text, needle, words);
  const at = all[n - 1];
  if (at === undefined) throw new Error(`golden: occurrence ${n} of "${needle}" not found`);
  return at;
}

function nearest(text: string, needle: string, claim: Span): number {
  const all = occurrences(text, needle, true);
  if (all.length === 0) throw new Error(`golden: "${needle}" not found`);
  const distance = (i: number): number => (i + needle.length <= claim.start ? claim.start - i - needle.length : Math.abs(i - claim.end));
  return all.reduce((best, i) => (distance(i) < distance(best) ? i : best));
}

const spanOf = (start: number, text: string): Span => ({ start, end: start + text.length });

function entity(article: string, ref: string | GoldenRef | null, claim: Span, lastBefore: boolean): EntityRef | null {
  if (ref === null) return null;
  const text = typeof ref === 'string' ? ref : ref.text;
  let start: number;
  if (typeof ref !== 'string' && ref.occurrence !== undefined) start = nth(article, text, ref.occurrence, true);
  else if (lastBefore) {
    const before = occurrences(article, text, true).filter((i) => i < claim.start);
    start = before.length > 0 ? before[before.length - 1]! : nearest(article, text, claim);
  } else start = nearest(article, text, claim);
  return { text, span: spanOf(start, text), name: normalizeEntityName(text) };
}

/** The sentence: from its opening words to the first . ! ? ؟ … (not a decimal point) or line break after the claim. */
function sentenceSpan(article: string, opening: string, claim: Span): Span {
  const starts = occurrences(article, opening, false).filter((i) => i <= claim.start);
  const start = starts[starts.length - 1];
  if (start === undefined) throw new Error(`golden: sentence "${opening}" not found before the claim`);
  for (let i = claim.end; i < article.length; i++) {
    const ch = article[i]!;
    if (ch === '\n') return { start, end: article.slice(start, i).trimEnd().length + start };
    const decimal = ch === '.' && /\d/u.test(article[i - 1] ?? '') && /\d/u.test(article[i + 1] ?? '');
    if ('.!?؟…'.includes(ch) && !decimal) return { start, end: i + 1 };
  }
  return { start, end: article.trimEnd().length };
}

/** The full claim a golden entry describes. */
export function expand(article: string, g: GoldenClaim): Claim {
  const start = nth(article, g.text, g.occurrence ?? 1, false);
  const span = spanOf(start, g.text);
  let unit: ClaimUnit | null = null;
  if (g.unit) {
    const inside = article.slice(span.start, span.end).indexOf(g.unit.text);
    // The unit lies inside the claim text, or else it is the nearest one before the claim.
    if (inside < 0) {
      const before = occurrences(article, g.unit.text, true).filter((i) => i < span.start);
      if (before.length === 0) throw new Error(`golden: unit "${g.unit.text}" not found`);
    }
    unit = { ...g.unit };
  }
  let time: TimeScope | null = null;
  if (g.time) {
    const at = nearest(article, g.time.text, span);
    time = {
      text: g.time.text,
      span: spanOf(at, g.time.text),
      ...(g.time.start ? { start: g.time.start } : {}),
      ...(g.time.end ? { end: g.time.end } : {}),
      ...(g.time.cumulative ? { cumulative: true } : {}),
    };
  }
  return {
    id: `c${span.start}-${span.end}`,
    text: g.text,
    span,
    value: g.value,
    min: g.min,
    max: g.max,
    bound: g.bound,
    unit,
    subject: entity(article, g.subject, span, false),
    speaker: g.speaker ? { ...entity(article, g.speaker, span, true)!, kind: g.speaker.kind, ...(g.speaker.role ? { role: g.speaker.role } : {}) } : null,
    predicate: g.predicate,
    change: g.change,
    changeDetail: g.changeDetail ?? null,
    modality: g.modality ?? 'asserted',
    time,
    sentence: sentenceSpan(article, g.sentence, span),
  };
}

/** The readable form of a claim the program found (for `npm run golden:update`). */
export function condense(article: string, c: Claim): GoldenClaim {
  const occurrence = occurrences(article, c.text, false).indexOf(c.span.start) + 1;
  const ref = (e: EntityRef | null, lastBefore: boolean): string | GoldenRef | null => {
    if (!e) return null;
    const plain = entity(article, e.text, c.span, lastBefore);
    return plain && plain.span.start === e.span.start ? e.text : { text: e.text, occurrence: occurrences(article, e.text, true).indexOf(e.span.start) + 1 };
  };
  const speaker = ref(c.speaker, true);
  return {
    text: c.text,
    ...(occurrence > 1 ? { occurrence } : {}),
    value: c.value,
    min: c.min,
    max: c.max,
    bound: c.bound,
    unit: c.unit,
    subject: ref(c.subject, false),
    speaker: speaker && c.speaker ? { ...(typeof speaker === 'string' ? { text: speaker } : speaker), kind: c.speaker.kind ?? 'organisation', ...(c.speaker.role ? { role: c.speaker.role } : {}) } : null,
    predicate: c.predicate,
    change: c.change,
    ...(c.changeDetail ? { changeDetail: c.changeDetail } : {}),
    ...(c.modality !== 'asserted' ? { modality: c.modality } : {}),
    time: c.time
      ? { text: c.time.text, ...(c.time.start ? { start: c.time.start } : {}), ...(c.time.end ? { end: c.time.end } : {}), ...(c.time.cumulative ? { cumulative: true } : {}) }
      : null,
    sentence: article.slice(c.sentence.start, c.sentence.end).split(/\s+/u).slice(0, 3).join(' '),
  };
}

/**
 * The golden file for `claims` of `article`: each claim that an entry of
 * `previous` still expands to exactly keeps that entry as written (so an update
 * of an unchanged tree changes nothing); any other claim is condensed anew.
 */
export function updateGolden(article: string, file: string, previous: GoldenFile | null, claims: readonly Claim[]): GoldenFile {
  const entries: Array<{ golden: GoldenClaim; claim: Claim }> = [];
  for (const g of previous?.claims ?? []) {
    try {
      entries.push({ golden: g, claim: expand(article, g) });
    } catch {
      // An entry that no longer resolves in the article is dropped.
    }
  }
  return { article: file, claims: claims.map((c) => entries.find((e) => isDeepStrictEqual(e.claim, c))?.golden ?? condense(article, c)) };
}
