/**
 * npm run eval -- <set> [--json out.json] [--errors]
 *
 * Scores the library against gold written by reading real news (see
 * docs/evaluation.md). Sets: articles, events, ner, mentions, quantities, names, all.
 * Texts come from .data/ (rebuilt by scripts/data/); without them the set is
 * skipped with a message, so the command never fails for want of data.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignClaims, defaultLexicon, extractQuantClaims, findDates, findEntityMentions, normalizeEntityName, sameEntity, type Claim, type EntityMention, type MentionOptions } from '../../src/index.js';
import { foldWord } from '../../src/text/fold.js';
import { corpusDocuments, documentText, PROJECT_ROOT, sha256, type CorpusDocument } from './corpus.js';

const GOLD = join(PROJECT_ROOT, 'test', 'fixtures', 'eval');

type Range = [number, number];

interface GoldClaim {
  span: Range;
  figure: Range;
  value: number | null;
  min?: number | null;
  max?: number | null;
  bound: string;
  unit?: string | null;
  unitKind?: string | null;
  currency?: string | null;
  subject?: string | null;
  speaker?: { text: string | null; name?: string | null; kind: string; role?: string | null } | null;
  time?: { start?: string | null; end?: string | null; cumulative?: boolean } | null;
  modality?: string;
  change?: { direction?: string; relative?: boolean } | null;
  fact?: string;
}

interface GoldTime {
  span: Range;
  kind: string;
  start?: string | null;
  end?: string | null;
}

interface GoldDocument {
  document: { corpus: string; id: string; sha256: string; publishedAt?: string; source?: string; domain?: string };
  claims: GoldClaim[];
  nonClaims?: Array<{ span: Range; figure: Range; kind: string }>;
  times?: GoldTime[];
}

const args = process.argv.slice(2);
const set = args.find((a) => !a.startsWith('--')) ?? 'all';
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const showErrors = args.includes('--errors');
const showClusters = args.includes('--clusters');
const results: Record<string, unknown> = {};

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`);
const overlaps = (a: Range, b: { start: number; end: number }): boolean => a[0] < b.end && b.start < a[1];

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function goldFiles(dir: string): string[] {
  try {
    return readdirSync(join(GOLD, dir))
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(GOLD, dir, f));
  } catch {
    return [];
  }
}

/** The text a gold document was written on, or null (with a message) when it is missing or changed. */
function textOf(doc: GoldDocument['document']): string | null {
  const corpus = corpusDocuments(doc.corpus);
  if (!corpus) {
    console.log(`  (skipped: .data has no ${doc.corpus}; run bash scripts/data/rebuild.sh)`);
    return null;
  }
  const found = corpus.get(doc.id);
  if (!found) {
    console.log(`  (skipped: ${doc.id} is not in the rebuilt ${doc.corpus})`);
    return null;
  }
  const text = documentText(found as CorpusDocument);
  if (sha256(text) !== doc.sha256) {
    console.log(`  (skipped: ${doc.id} changed since the gold was written)`);
    return null;
  }
  return text;
}

/** Pairs gold and predicted claims one to one: a prediction matches a gold claim whose figure its span overlaps, the same value first. */
function matchClaims(gold: readonly GoldClaim[], predicted: readonly Claim[]): Array<[GoldClaim, Claim]> {
  const candidates: Array<{ g: number; p: number; score: number }> = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      if (!overlaps(g.figure, p.span)) return;
      const sameValue = g.value !== null && p.value !== null ? Math.abs(g.value - p.value) <= 1e-9 * Math.max(1, Math.abs(g.value)) : g.value === p.value;
      candidates.push({ g: gi, p: pi, score: (sameValue ? 2 : 0) + (overlaps(g.span, p.span) ? 1 : 0) - Math.abs(p.span.start - g.figure[0]) / 1e4 });
    }),
  );
  candidates.sort((a, b) => b.score - a.score);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: Array<[GoldClaim, Claim]> = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    out.push([gold[c.g]!, predicted[c.p]!]);
  }
  return out;
}

const close = (a: number | null | undefined, b: number | null | undefined): boolean =>
  (a ?? null) === (b ?? null) || (a != null && b != null && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a)));

/** Value and bound agree: the same bound and point value, or for ranges the same ends. */
function valueBound(g: GoldClaim, p: Claim): boolean {
  if (g.bound !== p.bound) return false;
  if (g.bound === 'vague') return true;
  if (g.bound === 'range') return close(g.min, p.min) && close(g.max, p.max);
  return close(g.value, p.value);
}

const percentUnits = new Set(['%', foldWord('في المئة'), foldWord('بالمئة')]);

function unitAgrees(g: GoldClaim, p: Claim): boolean {
  if (!g.unit) return p.unit === null || (g.unitKind === 'percent' && p.unit.kind === 'percent');
  if (!p.unit) return false;
  if (g.unitKind === 'percent' || percentUnits.has(foldWord(g.unit))) return p.unit.kind === 'percent';
  if (g.currency && p.unit.currency) return g.currency === p.unit.currency;
  const gold = foldWord(g.unit);
  const singular = (p.unit as { singular?: string }).singular;
  return gold === p.unit.lemma || (singular !== undefined && foldWord(singular) === gold);
}

function speakerAgrees(g: GoldClaim, p: Claim): boolean {
  const gs = g.speaker;
  const ps = p.speaker as (Claim['speaker'] & { kind?: string }) | null;
  if (!gs || gs.kind === 'outlet' || !gs.text) return ps === null || ps.kind === 'outlet';
  if (!ps) return false;
  const goldName = gs.name ?? gs.text;
  return normalizeEntityName(goldName) === ps.name || sameEntity(goldName, ps.text) || sameEntity(gs.text, ps.text);
}

/** The ISO prefix `iso` cut to the precision of `like`. */
const atPrecision = (iso: string | undefined | null, like: string): string | null => (iso ? iso.slice(0, like.length) : null);

function timeAgrees(g: GoldClaim, p: Claim): boolean {
  const gt = g.time;
  if (!gt || (!gt.start && !gt.end)) return !p.time || (!p.time.start && !p.time.end);
  if (!p.time) return false;
  const okStart = !gt.start || atPrecision(p.time.start, gt.start) === gt.start;
  const okEnd = !gt.end || atPrecision(p.time.end ?? p.time.start, gt.end) === gt.end;
  return okStart && okEnd && Boolean(p.time.start ?? p.time.end);
}

interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  valueBound: number;
  unit: number;
  speaker: number;
  time: number;
  timeGold: number;
  modality: number;
}

function scoreClaims(label: string, docs: Array<{ gold: GoldDocument; text: string }>): Tally {
  const t: Tally = { gold: 0, predicted: 0, matched: 0, valueBound: 0, unit: 0, speaker: 0, time: 0, timeGold: 0, modality: 0 };
  const errors: string[] = [];
  for (const { gold, text } of docs) {
    const predicted = extractQuantClaims(text, gold.document.publishedAt ? { publishedAt: gold.document.publishedAt } : undefined);
    const pairs = matchClaims(gold.claims, predicted);
    t.gold += gold.claims.length;
    t.predicted += predicted.length;
    t.matched += pairs.length;
    const matchedP = new Set(pairs.map(([, p]) => p));
    const matchedG = new Set(pairs.map(([g]) => g));
    for (const p of predicted) if (!matchedP.has(p)) errors.push(`${gold.document.id} not a claim: ${p.text}`);
    for (const g of gold.claims) if (!matchedG.has(g)) errors.push(`${gold.document.id} missed: ${text.slice(g.span[0], g.span[1])}`);
    for (const [g, p] of pairs) {
      const vb = valueBound(g, p);
      if (vb) t.valueBound++;
      else errors.push(`${gold.document.id} value/bound: ${p.text} → ${p.bound} ${p.value ?? `${p.min}–${p.max}`}, gold ${g.bound} ${g.value ?? `${g.min}–${g.max}`}`);
      if (unitAgrees(g, p)) t.unit++;
      else errors.push(`${gold.document.id} unit: ${p.text} → ${p.unit?.lemma ?? '∅'}, gold ${g.unit ?? '∅'}`);
      if (speakerAgrees(g, p)) t.speaker++;
      else errors.push(`${gold.document.id} speaker: ${p.text} → ${p.speaker?.text ?? '∅'}, gold ${g.speaker?.text ?? g.speaker?.kind ?? '∅'}`);
      if (timeAgrees(g, p)) t.time++;
      else errors.push(`${gold.document.id} time: ${p.text} → ${p.time ? `${p.time.start}..${p.time.end}` : '∅'}, gold ${g.time ? `${g.time.start}..${g.time.end}` : '∅'}`);
      if (g.time && (g.time.start || g.time.end)) t.timeGold++;
      const modality = (p as { modality?: string }).modality ?? 'asserted';
      if ((g.modality ?? 'asserted') === modality) t.modality++;
    }
  }
  const precision = t.predicted ? t.matched / t.predicted : 0;
  const recall = t.gold ? t.matched / t.gold : 0;
  console.log(`\n${label}: ${docs.length} documents, ${t.gold} gold claims, ${t.predicted} predicted`);
  console.log(`  precision      ${pct(t.matched, t.predicted)}`);
  console.log(`  recall         ${pct(t.matched, t.gold)}`);
  console.log(`  F1             ${precision + recall ? ((200 * precision * recall) / (precision + recall)).toFixed(1) : '—'}`);
  console.log(`  value+bound    ${pct(t.valueBound, t.matched)}   (of matched claims)`);
  console.log(`  unit           ${pct(t.unit, t.matched)}`);
  console.log(`  speaker        ${pct(t.speaker, t.matched)}`);
  console.log(`  time scope     ${pct(t.time, t.matched)}   (gold has a time for ${t.timeGold})`);
  console.log(`  modality       ${pct(t.modality, t.matched)}`);
  if (showErrors) for (const e of errors) console.log(`    ${e}`);
  results[label] = { ...t, precision, recall };
  return t;
}

function scoreTimes(docs: Array<{ gold: GoldDocument; text: string }>, label = 'time expressions', key = 'times'): void {
  let gold = 0;
  let predicted = 0;
  let found = 0;
  let resolvable = 0;
  let resolved = 0;
  const errors: string[] = [];
  for (const { gold: g, text } of docs) {
    const times = g.times ?? [];
    const got = findDates(text, g.document.publishedAt ? { publishedAt: g.document.publishedAt } : undefined);
    gold += times.length;
    predicted += got.length;
    const used = new Set<number>();
    for (const t of times) {
      const i = got.findIndex((d, k) => !used.has(k) && overlaps(t.span, d.span));
      if (i < 0) {
        errors.push(`${g.document.id} missed time: ${text.slice(t.span[0], t.span[1])}`);
        continue;
      }
      used.add(i);
      found++;
      if (t.start || t.end) {
        resolvable++;
        const d = got[i]!;
        const okStart = !t.start || atPrecision(d.start, t.start) === t.start;
        const okEnd = !t.end || atPrecision(d.end ?? d.start, t.end) === t.end;
        if (okStart && okEnd) resolved++;
        else errors.push(`${g.document.id} time value: ${d.text} → ${d.start}..${d.end}, gold ${t.start}..${t.end}`);
      }
    }
    got.forEach((d, k) => {
      if (!used.has(k)) errors.push(`${g.document.id} not a time: ${d.text}`);
    });
  }
  console.log(`\n${label}: ${gold} gold, ${predicted} found`);
  console.log(`  recall         ${pct(found, gold)}`);
  console.log(`  precision      ${pct(found, predicted)}`);
  console.log(`  resolved right ${pct(resolved, resolvable)}   (of those found that gold resolves)`);
  if (showErrors) for (const e of errors) console.log(`    ${e}`);
  results[key] = { gold, predicted, found, resolvable, resolved };
}

/** The gold documents of one articles directory whose text is rebuilt and unchanged. */
function articleDocs(dir: string): Array<{ gold: GoldDocument; text: string }> {
  return goldFiles(dir).flatMap((f) => {
    const gold = readJson<GoldDocument>(f);
    const text = textOf(gold.document);
    return text === null ? [] : [{ gold, text }];
  });
}

/**
 * The held-out article folders, articles-heldout/ then articles-heldout-2/, -3/, … by batch number:
 * each batch was annotated before the program ever ran on it and is scored on its own, so a later
 * batch stays a held-out figure after an earlier one has prompted rules.
 */
function heldOutDirs(): string[] {
  return batchDirs('articles-heldout');
}

/** The gold folders `<prefix>`, `<prefix>-2`, `<prefix>-3` … that exist, in batch order. */
function batchDirs(prefix: string): string[] {
  const pattern = new RegExp(`^${prefix}(?:-(\\d+))?$`, 'u');
  const batch = (dir: string): number => Number(pattern.exec(dir)?.[1] ?? 1);
  try {
    return readdirSync(GOLD, { withFileTypes: true })
      .filter((e) => e.isDirectory() && pattern.test(e.name))
      .map((e) => e.name)
      .sort((a, b) => batch(a) - batch(b));
  } catch {
    return [];
  }
}

/**
 * Scores articles/ and then, each with its own figures, every articles-heldout* folder: articles
 * annotated before the program ever ran on them and never used to tune it, so their figures are
 * the honest ones. The first batch keeps its original heading, "articles (held-out)"; later ones
 * name their folder: "articles (held-out, articles-heldout-2)".
 */
function articles(): void {
  const docs = articleDocs('articles');
  if (docs.length === 0) console.log('articles: no documents to score');
  else {
    scoreClaims('articles', docs);
    scoreTimes(docs);
  }
  const dirs = heldOutDirs();
  if (dirs.length === 0) return void console.log('\narticles (held-out): no documents to score');
  for (const dir of dirs) {
    const tag = dir === 'articles-heldout' ? 'held-out' : `held-out, ${dir}`;
    const heldOut = articleDocs(dir);
    if (heldOut.length === 0) {
      console.log(`\narticles (${tag}): no documents to score`);
      continue;
    }
    scoreClaims(`articles (${tag})`, heldOut);
    scoreTimes(heldOut, `time expressions (${tag})`, `times (${tag})`);
  }
}

function quantities(): void {
  const file = join(GOLD, 'quantities', 'anercorp.json');
  const gold = readJson<{ documents: GoldDocument[] }>(file);
  let predicted = 0;
  let nonQuantity = 0;
  let unmarked = 0;
  let goldClaims = 0;
  let found = 0;
  const errors: string[] = [];
  let scored = 0;
  for (const g of gold.documents) {
    const text = textOf(g.document);
    if (text === null) continue;
    scored++;
    const claims = extractQuantClaims(text);
    predicted += claims.length;
    goldClaims += g.claims.length;
    found += matchClaims(g.claims, claims).length;
    for (const c of claims) {
      if (g.claims.some((q) => overlaps(q.figure, c.span))) continue;
      if ((g.nonClaims ?? []).some((n) => overlaps(n.figure, c.span))) {
        nonQuantity++;
        errors.push(`${g.document.id} not a quantity: ${c.text}`);
      } else {
        unmarked++;
        errors.push(`${g.document.id} unmarked: ${c.text}`);
      }
    }
  }
  if (scored === 0) return void console.log('quantities: no documents to score');
  console.log(`\nquantities (NER-corpus sentences): ${scored} sentences, ${predicted} claims predicted, ${goldClaims} gold quantities`);
  console.log(`  claims that are not quantities   ${pct(nonQuantity, predicted)}`);
  console.log(`  claims on words nobody marked    ${pct(unmarked, predicted)}`);
  console.log(`  gold quantities found            ${pct(found, goldClaims)}`);
  if (showErrors) for (const e of errors) console.log(`    ${e}`);
  results.quantities = { scored, predicted, nonQuantity, unmarked, goldClaims, found };
}

/**
 * A span widened to the whitespace tokens it touches: ANERcorp's gold is whole whitespace tokens
 * (وإسرائيل، بالعراق), so it cannot mark a name without its clitic, while the library's spans
 * leave a clitic out (إسرائيل، العراق). Scored both ways; the widened figure compares like with like.
 */
function widened(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start > 0 && !/\s/u.test(text[start - 1]!)) start--;
  while (end < text.length && !/\s/u.test(text[end]!)) end++;
  return { start, end };
}

/** Sentences of an NER corpus read together as running text (the corpora keep their documents' order). */
const RUN_SENTENCES = 20;

/** The corpora whose annotation nests (Wojood marks the place فلسطين inside the newspaper جريدة فلسطين): their exact tally reads the mentions by default, the others' with `nested: false`. */
const NESTED_CORPORA: ReadonlySet<string> = new Set(['wojood']);

/** The corpus types `ner` scores, each with the mention type it stands for. */
const NER_TYPES: Record<string, string> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/** The corpus type (PER, ORG, LOC) of a mention's type; undefined for the types no corpus marks. */
const nerType = (type: string | null): string | undefined => Object.entries(NER_TYPES).find(([, v]) => v === type)?.[0];

/**
 * Exact-span recall and precision when the corpus is read `RUN_SENTENCES` sentences at a time, joined
 * by line breaks: what a caller reading whole articles gets, where a surname alone links back to the
 * full name a few sentences before ("زين الدين زيدان … وقال زيدان").
 */
function runningText(docs: Map<string, CorpusDocument>, reading: MentionOptions): Record<string, { gold: number; predicted: number; hit: number }> {
  const tally = Object.fromEntries(Object.keys(NER_TYPES).map((k) => [k, { gold: 0, predicted: 0, hit: 0 }]));
  const list = [...docs.values()];
  for (let i = 0; i < list.length; i += RUN_SENTENCES) {
    let text = '';
    const entities: Array<{ start: number; end: number; type: string }> = [];
    for (const doc of list.slice(i, i + RUN_SENTENCES)) {
      for (const e of doc.entities as Array<{ start: number; end: number; type: string }>) if (e.type in NER_TYPES) entities.push({ ...e, start: e.start + text.length, end: e.end + text.length });
      text += `${doc.text}\n`;
    }
    for (const e of entities) tally[e.type]!.gold++;
    for (const m of findEntityMentions(text, reading)) {
      const type = nerType(m.type);
      if (!type) continue;
      tally[type]!.predicted++;
      if (entities.some((e) => e.type === type && e.start === m.span.start && e.end === m.span.end)) tally[type]!.hit++;
    }
  }
  return tally;
}

/**
 * The measure of the issue that asked for entity mentions: a gold PER/ORG/LOC entity (every nesting
 * layer) is found when a mention of its type overlaps it; a mention is right when it overlaps a gold
 * entity of its type. Not one to one.
 */
type OverlapTally = Record<string, { gold: number; found: number; predicted: number; right: number }>;

/** The issue's measure over a corpus's sentences, with the mentions `read` gives for each (flat, or `nested`), and the total of its types as `all`. */
function overlapMeasure(docs: Iterable<CorpusDocument>, read: (doc: CorpusDocument) => EntityMention[]): OverlapTally {
  const overlap: OverlapTally = Object.fromEntries(Object.keys(NER_TYPES).map((k) => [k, { gold: 0, found: 0, predicted: 0, right: 0 }]));
  for (const doc of docs) {
    const entities = (doc.entities as Array<{ start: number; end: number; type: string }>).filter((e) => e.type in NER_TYPES);
    // Each mention with its corpus type (PER, ORG, LOC); the others are left out.
    const typed = read(doc).flatMap((m) => {
      const type = nerType(m.type);
      return type ? [{ m, type }] : [];
    });
    for (const e of entities) {
      overlap[e.type]!.gold++;
      if (typed.some(({ m, type }) => type === e.type && overlaps([e.start, e.end], m.span))) overlap[e.type]!.found++;
    }
    for (const { m, type } of typed) {
      overlap[type]!.predicted++;
      if (entities.some((e) => e.type === type && overlaps([e.start, e.end], m.span))) overlap[type]!.right++;
    }
  }
  overlap.all = Object.values(overlap).reduce(
    (a, t) => ({ gold: a.gold + t.gold, found: a.found + t.found, predicted: a.predicted + t.predicted, right: a.right + t.right }),
    { gold: 0, found: 0, predicted: 0, right: 0 },
  );
  return overlap;
}

const overlapLine = (overlap: OverlapTally): string => Object.entries(overlap).map(([type, t]) => `${type} recall ${pct(t.found, t.gold)} precision ${pct(t.right, t.predicted)}`).join(', ');

function ner(): void {
  for (const corpus of ['anercorp', 'newsfane', 'wojood']) {
    const docs = corpusDocuments(corpus);
    if (!docs) {
      console.log(`ner ${corpus}: not rebuilt (bash scripts/data/rebuild.sh)`);
      continue;
    }
    const tally = Object.fromEntries(Object.keys(NER_TYPES).map((k) => [k, { gold: 0, predicted: 0, hit: 0, hitWidened: 0 }])) as Record<
      string,
      { gold: number; predicted: number; hit: number; hitWidened: number }
    >;
    let falsePlaces = 0;
    let sentences = 0;
    const errors: string[] = [];
    // The reading that marks what the corpus marks (nested or flat); each sentence's mentions, read once for the exact
    // tally and the overlap measure.
    const reading = { nested: NESTED_CORPORA.has(corpus) };
    const read = new Map<CorpusDocument, EntityMention[]>();
    for (const doc of docs.values()) {
      sentences++;
      const entities = (doc.entities as Array<{ start: number; end: number; type: string }>).filter((e) => e.type in NER_TYPES);
      for (const e of entities) tally[e.type]!.gold++;
      const mentions = findEntityMentions(doc.text, reading);
      read.set(doc, mentions);
      for (const m of mentions) {
        const type = nerType(m.type);
        if (!type) continue;
        tally[type]!.predicted++;
        const wide = widened(doc.text, m.span);
        const hit = entities.some((e) => e.type === type && e.start === m.span.start && e.end === m.span.end);
        const hitWidened = hit || entities.some((e) => e.type === type && e.start === wide.start && e.end === wide.end);
        if (hit) tally[type]!.hit++;
        if (hitWidened) tally[type]!.hitWidened++;
        else {
          errors.push(`${doc.id} ${type} ${m.text}`);
          if (type === 'LOC' && !(doc.entities as Array<{ start: number; end: number }>).some((e) => overlaps([e.start, e.end], m.span))) falsePlaces++;
        }
      }
    }
    console.log(`\nner ${corpus}: ${sentences} sentences, ${reading.nested ? 'nested' : 'flat'} reading (exact spans; in brackets, spans widened to whitespace tokens)`);
    for (const [type, t] of Object.entries(tally)) {
      console.log(`  ${type}  recall ${pct(t.hit, t.gold)} [${pct(t.hitWidened, t.gold)}]  precision ${pct(t.hit, t.predicted)} [${pct(t.hitWidened, t.predicted)}]`);
    }
    const all = Object.values(tally).reduce(
      (a, t) => ({ gold: a.gold + t.gold, predicted: a.predicted + t.predicted, hit: a.hit + t.hit, hitWidened: a.hitWidened + t.hitWidened }),
      { gold: 0, predicted: 0, hit: 0, hitWidened: 0 },
    );
    console.log(`  all  recall ${pct(all.hit, all.gold)} [${pct(all.hitWidened, all.gold)}]  precision ${pct(all.hit, all.predicted)} [${pct(all.hitWidened, all.predicted)}]`);
    console.log(`  places found where no entity is: ${falsePlaces}`);
    const running = runningText(docs, reading);
    console.log(`  read ${RUN_SENTENCES} sentences at a time (exact spans): ${Object.entries(running).map(([type, t]) => `${type} recall ${pct(t.hit, t.gold)} precision ${pct(t.hit, t.predicted)}`).join(', ')}`);
    // The issue's measure of the default reading, and of the flat one: a nested corpus (Wojood) marks the names inside
    // bodies' names, a flat one counts them wrong.
    const overlap = overlapMeasure(docs.values(), (doc) => (reading.nested ? read.get(doc)! : findEntityMentions(doc.text)));
    const overlapFlat = overlapMeasure(docs.values(), (doc) => (reading.nested ? findEntityMentions(doc.text, { nested: false }) : read.get(doc)!));
    console.log(`  overlap (the issue's own measure), default reading: ${overlapLine(overlap)}`);
    console.log(`  overlap, flat reading (nested: false): ${overlapLine(overlapFlat)}`);
    if (showErrors) for (const e of errors.slice(0, 400)) console.log(`    ${e}`);
    results[`ner-${corpus}`] = { tally, falsePlaces, sentences, running, overlap, overlapFlat };
  }
}

interface GoldMention {
  span: Range;
  type: 'person' | 'organization' | 'place';
}

interface MentionGoldDocument {
  document: GoldDocument['document'];
  mentions: GoldMention[];
}

/**
 * Entity mentions of whole news articles against gold written blind (docs/evaluation.md, "What is an
 * entity mention"): per type, precision and recall with exact spans and, in brackets, with spans of the
 * same type that overlap (one to one: a head word or a title kept or left out still names the entity).
 */
function mentions(): void {
  for (const dir of batchDirs('mentions')) mentionsBatch(dir);
}

/** Scores one folder of mention gold (`mentions`, `mentions-2`, …) with its own figures. */
function mentionsBatch(dir: string): void {
  const types = ['person', 'organization', 'place'] as const;
  const files = goldFiles(dir);
  if (files.length === 0) return;
  const tally = Object.fromEntries(types.map((t) => [t, { gold: 0, predicted: 0, exact: 0, overlap: 0 }])) as Record<
    (typeof types)[number],
    { gold: number; predicted: number; exact: number; overlap: number }
  >;
  let falsePlaces = 0;
  let documents = 0;
  const errors: string[] = [];
  for (const file of files) {
    const gold = readJson<MentionGoldDocument>(file);
    const text = textOf(gold.document);
    if (text === null) continue;
    documents++;
    // The guide marks a body's name as one mention and nothing inside it: the flat reading.
    const predicted = findEntityMentions(text, { nested: false }).filter((m) => (types as readonly string[]).includes(m.type));
    const takenExact = new Set<number>();
    const takenOverlap = new Set<number>();
    for (const g of gold.mentions) tally[g.type].gold++;
    for (const m of predicted) {
      const type = m.type as (typeof types)[number];
      tally[type].predicted++;
      const exact = gold.mentions.findIndex((g, i) => !takenExact.has(i) && g.type === type && g.span[0] === m.span.start && g.span[1] === m.span.end);
      if (exact >= 0) {
        takenExact.add(exact);
        tally[type].exact++;
      }
      const overlap = exact >= 0 && !takenOverlap.has(exact) ? exact : gold.mentions.findIndex((g, i) => !takenOverlap.has(i) && g.type === type && overlaps(g.span, m.span));
      if (overlap >= 0) {
        takenOverlap.add(overlap);
        tally[type].overlap++;
      }
      if (exact < 0) errors.push(`${gold.document.id} predicted ${type} ${m.text}${overlap >= 0 ? `  (gold: ${text.slice(...gold.mentions[overlap]!.span)})` : ''}`);
      if (type === 'place' && !gold.mentions.some((g) => overlaps(g.span, m.span))) falsePlaces++;
    }
    gold.mentions.forEach((g, i) => {
      if (!takenOverlap.has(i)) errors.push(`${gold.document.id} missed ${g.type} ${text.slice(...g.span)}`);
    });
  }
  console.log(`\n${dir}: ${documents} articles annotated blind (exact spans; in brackets, overlapping spans of the same type)`);
  for (const [type, t] of Object.entries(tally)) {
    console.log(`  ${type.padEnd(12)} recall ${pct(t.exact, t.gold)} [${pct(t.overlap, t.gold)}]  precision ${pct(t.exact, t.predicted)} [${pct(t.overlap, t.predicted)}]`);
  }
  const all = Object.values(tally).reduce((a, t) => ({ gold: a.gold + t.gold, predicted: a.predicted + t.predicted, exact: a.exact + t.exact, overlap: a.overlap + t.overlap }), {
    gold: 0,
    predicted: 0,
    exact: 0,
    overlap: 0,
  });
  console.log(`  all          recall ${pct(all.exact, all.gold)} [${pct(all.overlap, all.gold)}]  precision ${pct(all.exact, all.predicted)} [${pct(all.overlap, all.predicted)}]`);
  console.log(`  places found where no entity is: ${falsePlaces}`);
  if (showErrors) for (const e of errors) console.log(`    ${e}`);
  results[dir] = { tally, falsePlaces, documents };
}

/** Scores every pairs file under names/ (pairs.json, then held-out files), each with its own figures. */
function names(): void {
  const files = goldFiles('names').sort((x, y) => (x.endsWith('/pairs.json') ? -1 : y.endsWith('/pairs.json') ? 1 : x.localeCompare(y)));
  if (files.length === 0) return void console.log('names: no pairs file');
  for (const file of files) namesFile(file);
}

function namesFile(file: string): void {
  const label = file.slice(file.lastIndexOf('/') + 1, -'.json'.length);
  let pairs: Array<{ a: string; b: string; same: boolean }>;
  try {
    pairs = readJson<{ pairs: Array<{ a: string; b: string; same: boolean }> }>(file).pairs;
  } catch {
    return void console.log(`names: cannot read ${label}`);
  }
  let right = 0;
  let falseMerges = 0;
  const errors: string[] = [];
  for (const p of pairs) {
    const said = sameEntity(p.a, p.b);
    if (said === p.same) right++;
    else {
      if (said) falseMerges++;
      errors.push(`${p.same ? 'missed' : 'merged'}: ${p.a} / ${p.b}`);
    }
  }
  console.log(`\nnames (${label}): ${pairs.length} pairs`);
  console.log(`  right          ${pct(right, pairs.length)}`);
  console.log(`  false merges   ${falseMerges}`);
  if (showErrors) for (const e of errors) console.log(`    ${e}`);
  results[label === 'pairs' ? 'names' : `names-${label}`] = { pairs: pairs.length, right, falseMerges };
}

interface EventFile {
  event: { id: string; dates: string[] };
  documents: GoldDocument[];
  facts: Array<{ id: string; disagreement?: boolean }>;
}

/** Vague words longest first, folded: the gold marks a vague quantity without its interval, the library's table gives it. */
const vagueWords = [...defaultLexicon.vagueQuantities].map((v) => ({ ...v, folded: foldWord(v.phrase) })).sort((a, b) => b.folded.length - a.folded.length);

/** The interval of a vague claim, from the vague word its text contains (عشرات الجثث → 10–100), or null. */
function vagueInterval(text: string): { min: number; max: number } | null {
  const folded = foldWord(text);
  return vagueWords.find((v) => folded.includes(v.folded)) ?? null;
}

/** A gold claim as the library's Claim, for scoring the aligner alone. */
function asClaim(g: GoldClaim, i: number, text: string, publishedAt?: string): Claim {
  const entity = (t: string | null | undefined) => (t ? { text: t, span: { start: 0, end: 0 }, name: normalizeEntityName(t) } : null);
  const time = g.time && (g.time.start || g.time.end) ? { text: '', span: { start: 0, end: 0 }, ...(g.time.start ? { start: g.time.start } : {}), ...(g.time.end ? { end: g.time.end } : {}), ...(g.time.cumulative ? { cumulative: true } : {}) } : null;
  void publishedAt;
  const vague = g.bound === 'vague' && g.min == null && g.max == null ? vagueInterval(text.slice(g.span[0], g.span[1])) : null;
  return {
    id: `g${i}`,
    text: text.slice(g.span[0], g.span[1]),
    span: { start: g.span[0], end: g.span[1] },
    value: g.bound === 'range' || g.bound === 'vague' ? null : g.value,
    min: vague ? vague.min : g.min === undefined ? g.value : g.min,
    max: vague ? vague.max : g.max === undefined ? g.value : g.max,
    bound: g.bound as Claim['bound'],
    // A share or a measure whose unit word is unsaid ("أكثر من نصف"): the kind is still known.
    unit: g.unit
      ? { text: g.unit, lemma: foldWord(g.unit), kind: (g.unitKind ?? 'count') as never, ...(g.currency ? { currency: g.currency } : {}) }
      : g.unitKind && g.unitKind !== 'count'
        ? { text: '', lemma: '', kind: g.unitKind as never, ...(g.currency ? { currency: g.currency } : {}) }
        : null,
    subject: entity(g.subject),
    speaker: entity(g.speaker?.name ?? g.speaker?.text),
    predicate: null,
    change: g.change?.direction === 'up' || g.change?.direction === 'down' ? g.change.direction : null,
    time,
    sentence: { start: 0, end: 0 },
    ...(g.modality ? { modality: g.modality } : {}),
  } as Claim;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function events(): void {
  const files = goldFiles('events');
  if (files.length === 0) return void console.log('events: no gold');
  const antcorpus = corpusDocuments('antcorpus');
  if (!antcorpus) return void console.log('events: .data has no antcorpus (bash scripts/data/rebuild.sh)');
  for (const mode of ['aligner alone (gold claims)', 'end to end (from the text)'] as const) {
    let goldPairs = 0;
    let predictedPairs = 0;
    let rightPairs = 0;
    let disagreements = 0;
    let flaggedRight = 0;
    let flagged = 0;
    let falseFlags = 0;
    let unjudgedFlags = 0;
    let unjudgedPairs = 0;
    const errors: string[] = [];
    for (const f of files) {
      const ev = readJson<EventFile>(f);
      const texts = ev.documents.map((d) => textOf(d.document));
      if (texts.some((t) => t === null)) continue;
      // Gold: claim → fact; pairs across documents that state one fact.
      const factOf = new Map<string, string>();
      const goldKeys = new Set<string>();
      ev.documents.forEach((d, di) => d.claims.forEach((c, ci) => c.fact && factOf.set(`${di}:${ci}`, c.fact)));
      const keys = [...factOf.keys()];
      for (let i = 0; i < keys.length; i++) {
        for (let j = i + 1; j < keys.length; j++) {
          if (keys[i]!.split(':')[0] !== keys[j]!.split(':')[0] && factOf.get(keys[i]!) === factOf.get(keys[j]!)) goldKeys.add(pairKey(keys[i]!, keys[j]!));
        }
      }
      goldPairs += goldKeys.size;
      const disagreeing = new Set(ev.facts.filter((x) => x.disagreement).map((x) => x.id));
      disagreements += disagreeing.size;
      // Documents to align: the event's, plus the other articles of the same days (distractors).
      const dates = new Set(ev.event.dates);
      const eventIds = new Set(ev.documents.map((d) => d.document.id));
      const distractors = [...antcorpus.values()].filter((d) => d.publishedAt && dates.has(d.publishedAt) && !eventIds.has(d.id)).slice(0, 60);
      const goldKeyOf = new Map<Claim, string>();
      const alignDocs = ev.documents.map((d, di) => {
        const text = texts[di]!;
        let claims: Claim[];
        if (mode.startsWith('aligner')) {
          claims = d.claims.map((c, ci) => asClaim(c, ci, text));
          claims.forEach((c, ci) => goldKeyOf.set(c, `${di}:${ci}`));
        } else {
          claims = extractQuantClaims(text, d.document.publishedAt ? { publishedAt: d.document.publishedAt } : undefined);
          for (const [g, p] of matchClaims(d.claims, claims)) goldKeyOf.set(p, `${di}:${d.claims.indexOf(g)}`);
        }
        return { id: `${d.document.source ?? di}#${di}`, claims, source: d.document.source, publishedAt: d.document.publishedAt };
      });
      const extra = distractors.map((d) => ({ id: d.id, claims: extractQuantClaims(documentText(d), d.publishedAt ? { publishedAt: d.publishedAt } : undefined), source: d.source, publishedAt: d.publishedAt }));
      const clusters = alignClaims([...alignDocs, ...extra] as never);
      const flaggedFacts = new Set<string>();
      const eventDocuments = new Set(alignDocs.map((d) => d.id));
      const foundKeys = new Set<string>();
      const label = (m: { documentId: string; claim: Claim }): string => {
        const key = goldKeyOf.get(m.claim);
        return `${m.documentId.split('#')[0]}: ${m.claim.text} [${key ? (factOf.get(key) ?? '?') : eventDocuments.has(m.documentId) ? 'not in gold' : 'other article'}]`;
      };
      for (const cluster of clusters) {
        const members = cluster.members;
        if (showClusters && members.some((m) => eventDocuments.has(m.documentId)) && members.length > 1) {
          console.log(`    ${ev.event.id} cluster ${cluster.status}: ${members.map(label).join(' | ')}`);
          for (const m of members) console.log(`        ${label(m)}: ${(m as { reason?: string }).reason ?? ''}`);
        }
        for (let i = 0; i < members.length; i++) {
          for (let j = i + 1; j < members.length; j++) {
            if (members[i]!.documentId === members[j]!.documentId) continue;
            // A pair is judged when one of its claims is in an annotated article: two claims of other
            // articles of the same days were never read, so they count neither way.
            if (!eventDocuments.has(members[i]!.documentId) && !eventDocuments.has(members[j]!.documentId)) {
              unjudgedPairs++;
              continue;
            }
            const a = goldKeyOf.get(members[i]!.claim);
            const b = goldKeyOf.get(members[j]!.claim);
            predictedPairs++;
            if (a && b && goldKeys.has(pairKey(a, b))) {
              rightPairs++;
              foundKeys.add(pairKey(a, b));
            } else errors.push(`${ev.event.id} joined: ${label(members[i]!)} | ${label(members[j]!)}`);
          }
        }
        // A conflict among articles nobody annotated is judged neither way, as their pairs are not.
        if (cluster.status === 'conflicting' && !members.some((m) => eventDocuments.has(m.documentId))) {
          unjudgedFlags++;
          errors.push(`${ev.event.id} conflict not judged (no annotated article): ${members.map(label).join(' | ')}`);
        } else if (cluster.status === 'conflicting') {
          flagged++;
          const facts = new Set(members.map((m) => factOf.get(goldKeyOf.get(m.claim) ?? '')).filter((x): x is string => x !== undefined));
          const real = [...facts].filter((x) => disagreeing.has(x));
          for (const x of real) flaggedFacts.add(x);
          if (real.length === 0) {
            falseFlags++;
            errors.push(`${ev.event.id} false conflict: ${members.map(label).join(' | ')}`);
          }
        }
      }
      flaggedRight += flaggedFacts.size;
      const claimLabel = (key: string): string => {
        const [di, ci] = key.split(':').map(Number) as [number, number];
        const d = ev.documents[di]!;
        const g = d.claims[ci]!;
        return `${d.document.source}: ${texts[di]!.slice(g.span[0], g.span[1])} [${g.fact}]`;
      };
      for (const key of goldKeys) {
        if (foundKeys.has(key)) continue;
        const [a, b] = key.split('|') as [string, string];
        errors.push(`${ev.event.id} missed: ${claimLabel(a)} | ${claimLabel(b)}`);
      }
      for (const x of disagreeing) if (!flaggedFacts.has(x)) errors.push(`${ev.event.id} disagreement not flagged: ${x}`);
    }
    console.log(`\nevents, ${mode}: ${files.length} events`);
    console.log(`  pair precision   ${pct(rightPairs, predictedPairs)}`);
    console.log(`  pair recall      ${pct(rightPairs, goldPairs)}`);
    console.log(`  disagreements flagged  ${flaggedRight} of ${disagreements} gold; ${falseFlags} of ${flagged} flagged clusters are not real`);
    console.log(`  (${unjudgedPairs} pairs and ${unjudgedFlags} flagged clusters among unannotated articles of the same days are not judged)`);
    if (showErrors) for (const e of errors) console.log(`    ${e}`);
    results[`events ${mode}`] = { goldPairs, predictedPairs, rightPairs, unjudgedPairs, disagreements, flaggedRight, flagged, falseFlags, unjudgedFlags };
  }
}

const sets: Record<string, () => void> = { articles, events, ner, mentions, quantities, names };
if (set !== 'all' && !sets[set]) {
  console.error(`unknown set ${set}; one of ${Object.keys(sets).join(', ')}, all`);
  process.exit(2);
}
for (const [name, run] of Object.entries(sets)) if (set === 'all' || set === name) run();
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);
