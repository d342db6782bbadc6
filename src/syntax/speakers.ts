/**
 * Who asserts a figure: the noun phrase after a reporting verb (قال المتحدث …),
 * after an attribution (بحسب، وفق، نقلت … عن), before a headline colon
 * ("التحالف: …"), or before a verb that follows its subject ("التحالف الدولي يكشف").
 * A name after a title or role wins over the description (العقيد مايلز كيغنز →
 * مايلز كيغنز); a verb with no subject of its own (وأضاف أن) keeps the last speaker.
 */
import type { Lexemes } from '../numbers/lexemes.js';
import { foldWord } from '../text/fold.js';
import { attributionPhrases, reportingFromVerbs, reportingVerbs, roleWords, speakerStopWords } from './lexicon/reporting.js';
import { titleWords } from '../names/titles.js';
import { isDefinite, isQuote, nextToken, nounPhraseAt, quotedName, type Range } from './noun-phrase.js';
import { PhraseTable } from './phrases.js';
import type { TextStructure } from './structure.js';

/** Who a speaker phrase names: lexemes of a name (`named`) or of a description ("المتحدث باسم التحالف"). */
export interface SpeakerRange extends Range {
  readonly named: boolean;
}

/** A place where the text names who speaks. `entity` is null for a verb with no subject of its own. */
export interface SpeakerMention {
  readonly at: number;
  readonly sentence: number;
  readonly paragraph: number;
  readonly entity: SpeakerRange | null;
  readonly kind: 'verb' | 'attribution' | 'headline';
  /** True when the mention is the first word of its sentence. */
  readonly opensSentence: boolean;
}

interface Item {
  readonly k: number;
  readonly end: number;
  readonly definite: boolean;
  readonly quoted: boolean;
  readonly title: boolean;
  readonly role: boolean;
}

/** Words inside a description that never belong to a name: المتحدث باسم، ضد داعش. */
const nameBreakers = new Set(['باسم', 'ضد', 'من', 'عن', 'لدى', 'مع', 'و'].map(foldWord));
const leadingParticles = new Set(['كان', 'وكان', 'وكانت', 'كانت', 'ثم', 'إن', 'لكن', 'ولكن', 'و'].map(foldWord));

/** Finds speaker mentions with tables compiled once. */
export class SpeakerFinder {
  private readonly verbs: PhraseTable<string>;
  private readonly fromVerbs: Set<string>;
  private readonly attributions: PhraseTable<string>;
  private readonly titles: PhraseTable<string>;
  private readonly roles: Set<string>;
  private readonly stops: Set<string>;

  constructor(
    extraVerbs: readonly string[],
    private readonly isPredicate: (lx: Lexemes, k: number) => boolean,
    private readonly isDemonym: (word: string) => boolean,
  ) {
    this.verbs = new PhraseTable([...reportingVerbs, ...extraVerbs], (v) => v);
    this.fromVerbs = new Set(reportingFromVerbs.map(foldWord));
    this.attributions = new PhraseTable(attributionPhrases, (a) => a);
    this.titles = new PhraseTable(titleWords, (t) => t);
    this.roles = new Set(roleWords.map(foldWord));
    this.stops = new Set(speakerStopWords.map(foldWord));
  }

  /** True when word lexeme `k` is a reporting verb. */
  isVerb(lx: Lexemes, k: number): boolean {
    return this.verbs.has(lx, k);
  }

  /** Every speaker mention of the text, in reading order. */
  find(lx: Lexemes, structure: TextStructure): SpeakerMention[] {
    const out: SpeakerMention[] = [];
    structure.sentences.forEach((s, sentence) => {
      const paragraph = structure.paragraphOf[s.start]!;
      const headline = this.headline(lx, s.start, s.end);
      if (headline) out.push({ at: headline.end, sentence, paragraph, entity: headline, kind: 'headline', opensSentence: true });
      for (let k = s.start; k < s.end; k++) {
        if (lx.type(k) !== 'word') continue;
        const attribution = this.attributions.matchAt(lx, k);
        if (attribution) {
          let from = attribution.end;
          // "بحسب ما قال الناطق": skip ما and the verb.
          const ma = nextToken(lx, from - 1);
          if (ma >= 0 && lx.text(ma) === 'ما') {
            const verb = nextToken(lx, ma);
            if (verb >= 0 && this.verbs.has(lx, verb)) from = verb + 1;
          }
          const entity = this.choose(lx, this.collect(lx, from, s.end));
          out.push({ at: k, sentence, paragraph, entity, kind: 'attribution', opensSentence: k === s.start });
          k = attribution.end - 1;
          continue;
        }
        if (!this.verbs.has(lx, k)) continue;
        let entity = this.choose(lx, this.collect(lx, k + 1, s.end));
        if (this.fromVerbs.has(stripConjunction(lx.text(k)))) {
          // "نقلت الصحيفة، قبل أيام، عن مسؤولين أميركيين": the source follows عن.
          for (let j = k + 1, n = 0; j < s.end && n < 12; j++) {
            if (lx.type(j) !== 'word') continue;
            n++;
            if (lx.text(j) === foldWord('عن')) {
              entity = this.choose(lx, this.collect(lx, j + 1, s.end)) ?? entity;
              break;
            }
          }
        }
        // A verb after its subject: "التحالف الدولي يكشف"، "وكان مبعوث … بريت ماكغورك أعلن".
        entity ??= this.subjectBefore(lx, s.start, k);
        out.push({ at: k, sentence, paragraph, entity, kind: 'verb', opensSentence: k === s.start });
      }
    });
    // A headline colon is recorded after the words before it: keep reading order for the index's binary searches.
    return out.sort((a, b) => a.at - b.at);
  }

  /** "التحالف: …" — a short phrase and a colon opening the sentence. */
  private headline(lx: Lexemes, start: number, end: number): SpeakerRange | null {
    let words = 0;
    for (let k = start; k < end; k++) {
      const t = lx.type(k);
      if (t === 'word') {
        if (++words > 4) return null;
      } else if (t === 'punct' && lx.text(k) === ':') {
        return words > 0 ? this.choose(lx, this.collect(lx, start, k)) : null;
      } else if (t !== 'space') return null;
    }
    return null;
  }

  private subjectBefore(lx: Lexemes, sentenceStart: number, verb: number): SpeakerRange | null {
    let k = sentenceStart;
    while (k < verb && (lx.type(k) === 'space' || (lx.type(k) === 'word' && leadingParticles.has(lx.text(k))))) k++;
    if (k >= verb) return null;
    const items = this.collect(lx, k, verb);
    const last = items[items.length - 1];
    // The subject must run right up to the verb, with nothing that ends a phrase in between.
    if (!last || nextToken(lx, last.end - 1) !== verb) return null;
    return this.choose(lx, items);
  }

  /** The words of a speaker phrase from `k`, stopping where the phrase ends. */
  private collect(lx: Lexemes, k: number, end: number): Item[] {
    const items: Item[] = [];
    let i = k;
    let afterTitle = false;
    while (i < end && items.length < 14) {
      const t = lx.type(i);
      if (t === 'space') {
        if (lx.flag(i)) break;
        i++;
        continue;
      }
      if (t === 'punct') {
        if (isQuote(lx, i)) {
          const q = items.length > 0 ? quotedName(lx, i) : null;
          if (!q) break; // a quote that opens the content
          items.push({ k: q.start, end: q.end, definite: false, quoted: true, title: false, role: false });
          afterTitle = false;
          i = q.end + 1;
          continue;
        }
        if (lx.text(i) === '،' || lx.text(i) === ',') {
          // Apposition: "المتحدث باسم التحالف، العقيد مايلز كيغنز".
          const n = nextToken(lx, i);
          if (n >= 0 && lx.type(n) === 'word' && (this.titles.matchAt(lx, n) || this.roles.has(lx.text(n)))) {
            i = n;
            continue;
          }
        }
        break;
      }
      if (t !== 'word') break;
      const w = lx.text(i);
      if (this.stops.has(w)) {
        if (w === foldWord('في') && afterTitle) {
          // Affiliation after a title: "العقيد في الجيش الأمريكي ريان ديلون".
          let j = nextToken(lx, i);
          const first = j;
          while (j >= 0 && j < end && lx.type(j) === 'word' && isDefinite(lx.text(j))) j = nextToken(lx, j);
          if (j === first || j < 0 || j > end) break;
          i = j;
          continue;
        }
        break;
      }
      if (this.verbs.has(lx, i) || this.isPredicate(lx, i)) break;
      const title = this.titles.matchAt(lx, i);
      if (title) {
        items.push({ k: i, end: title.end, definite: true, quoted: false, title: true, role: false });
        afterTitle = true;
        i = title.end;
        continue;
      }
      afterTitle = false;
      items.push({ k: i, end: i + 1, definite: isDefinite(w), quoted: false, title: false, role: this.roles.has(w) });
      i++;
    }
    return items;
  }

  /** The name in a speaker phrase, or its description when it names no one. */
  private choose(lx: Lexemes, items: readonly Item[]): SpeakerRange | null {
    if (items.length === 0) return null;
    const runs = this.nameRuns(lx, items);
    const lastTitle = lastIndexWhere(items, (it) => it.title);
    const lastRole = lastIndexWhere(items, (it) => it.role);
    const anchor = lastTitle >= 0 ? lastTitle : lastRole;
    if (anchor >= 0) {
      // A name right before its role: "بول فانك قائد التحالف الدولي".
      const lead = runs[0];
      if (lead && lead.from === 0 && !items[0]!.quoted && (items[lead.to + 1]?.role || items[lead.to + 1]?.title)) {
        return { start: items[0]!.k, end: items[lead.to]!.end, named: true };
      }
      const after = runs.filter((r) => r.from > anchor);
      const run = after[after.length - 1];
      if (run) return { start: items[run.from]!.k, end: items[run.to]!.end, named: true };
    } else {
      const quoted = runs.find((r) => items[r.from]!.quoted);
      if (quoted) return { start: items[quoted.from]!.k, end: items[quoted.to]!.end, named: true };
      const first = runs[0];
      // A leading name, not the head of a construct ("فريق الرصد" is a description).
      if (first && first.from === 0 && !(items[first.to + 1]?.definite ?? false)) return { start: items[0]!.k, end: items[first.to]!.end, named: true };
    }
    return { ...this.description(lx, items), named: false };
  }

  /** Runs of name words: not definite, not a title or role, not a connector or a demonym; a quoted name is a run of its own. */
  private nameRuns(lx: Lexemes, items: readonly Item[]): Array<{ from: number; to: number }> {
    const runs: Array<{ from: number; to: number }> = [];
    let from = -1;
    items.forEach((it, i) => {
      const word = it.quoted ? '' : lx.text(it.k);
      const nameWord = it.quoted || (!it.definite && !it.title && !it.role && !nameBreakers.has(word) && !this.isDemonym(word));
      if (it.quoted) {
        if (from >= 0) runs.push({ from, to: i - 1 });
        runs.push({ from: i, to: i });
        from = -1;
      } else if (nameWord) {
        if (from < 0) from = i;
      } else if (from >= 0) {
        runs.push({ from, to: i - 1 });
        from = -1;
      }
    });
    if (from >= 0) runs.push({ from, to: items.length - 1 });
    return runs;
  }

  /**
   * The description: a role and what follows it ("المتحدث باسم التحالف الدولي", six words at
   * most), or else the noun phrase the speaker phrase starts with ("فريق الرصد", "وثائق").
   */
  private description(lx: Lexemes, items: readonly Item[]): Range {
    if (!items[0]!.role && !items[0]!.title) {
      const np = nounPhraseAt(lx, items[0]!.k, (w) => this.stops.has(w));
      if (np) return np;
    }
    const last = Math.min(items.length, 6) - 1;
    return { start: items[0]!.k, end: items[last]!.end };
  }
}

function lastIndexWhere<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}

function stripConjunction(word: string): string {
  return (word.startsWith('و') || word.startsWith('ف')) && word.length > 3 ? word.slice(1) : word;
}

/**
 * The speaker of a figure: the nearest mention before it in its sentence; else
 * one right after the claim (`closeAfter`: "… 801 مدنيًا، بحسب البيان"); else an
 * attribution opening the next sentence ("… . بحسب ما قال الناطق"); else the
 * last mention of its paragraph. A mention with no subject of its own keeps the
 * last named speaker. Mentions are indexed once, so each lookup is logarithmic.
 */
export class SpeakerIndex {
  private readonly bySentence = new Map<number, SpeakerMention[]>();
  private readonly byParagraph = new Map<number, SpeakerMention[]>();
  /** For each mention, the nearest named mention at or before it (in reading order). */
  private readonly namedUpTo = new Map<SpeakerMention, Range | null>();

  constructor(mentions: readonly SpeakerMention[]) {
    let named: Range | null = null;
    for (const m of mentions) {
      push(this.bySentence, m.sentence, m);
      push(this.byParagraph, m.paragraph, m);
      if (m.entity) named = m.entity;
      this.namedUpTo.set(m, named);
    }
  }

  /** The speaker of the figure at lexeme `at`. */
  speakerFor(at: number, sentence: number, paragraph: number, closeAfter: (mention: SpeakerMention) => boolean): Range | null {
    const inSentence = this.bySentence.get(sentence) ?? [];
    const i = firstAtOrAfter(inSentence, at);
    const before = inSentence[i - 1];
    if (before) return this.namedUpTo.get(before) ?? null;
    // Only the first mention after the claim can be close enough to it.
    const after = inSentence[i];
    if (after && after.entity && closeAfter(after)) return after.entity;
    const opener = this.bySentence.get(sentence + 1)?.[0];
    if (opener && opener.kind === 'attribution' && opener.entity && opener.opensSentence) return opener.entity;
    const inParagraph = this.byParagraph.get(paragraph) ?? [];
    const paragraphMention = inParagraph[firstAtOrAfter(inParagraph, at) - 1];
    return paragraphMention ? (this.namedUpTo.get(paragraphMention) ?? null) : null;
  }
}

/** Index of the first mention at or after lexeme `at` (mentions are in reading order). */
function firstAtOrAfter(list: readonly SpeakerMention[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
