/**
 * Who asserts a figure: the noun phrase after a reporting verb (قال المتحدث …),
 * after an attribution (بحسب، وفق، نقلت … عن), before a headline colon
 * ("التحالف: …"), or before a verb that follows its subject ("التحالف الدولي يكشف").
 * A name after a title or role wins over the description (العقيد مايلز كيغنز →
 * مايلز كيغنز); a verb with no subject of its own (وأضاف أن) keeps the last speaker.
 */
import type { TextDocument } from '../numbers/document.js';
import type { TokenStream } from '../numbers/tokens.js';
import { isDefinite } from '../text/clitics.js';
import { tokenIndex, type TokenIndex, type TokenRange } from '../text/coordinates.js';
import { foldWord } from '../text/fold.js';
import type { SyntaxLexicon } from './lexicon.js';
import { isQuote, nounPhraseAt, quotedName } from './noun-phrase.js';
import { structureOf } from './structure.js';

/** Who a speaker phrase names: tokens of a name (`named`) or of a description ("المتحدث باسم التحالف"). */
export interface SpeakerRange extends TokenRange {
  readonly named: boolean;
}

/** A place where the text names who speaks. `entity` is null for a verb with no subject of its own. */
export interface SpeakerMention {
  /** The token of the verb, attribution or headline colon. */
  readonly at: TokenIndex;
  readonly sentence: number;
  readonly paragraph: number;
  readonly entity: SpeakerRange | null;
  readonly kind: 'verb' | 'attribution' | 'headline';
  /** True when the mention is the first word of its sentence. */
  readonly opensSentence: boolean;
}

/** One word (or title, or quoted name) of a speaker phrase. */
interface Item {
  readonly k: TokenIndex;
  readonly end: TokenIndex;
  readonly definite: boolean;
  readonly quoted: boolean;
  readonly title: boolean;
  readonly role: boolean;
}

/** Most items a speaker phrase is read for: "المتحدث باسم التحالف الدولي ضد داعش العقيد …". */
const PHRASE_ITEMS = 14;
/** Most words a headline speaker may have before its colon ("التحالف: …"). */
const HEADLINE_WORDS = 4;
/** Most words between نقل and the عن that names its source. */
const SOURCE_REACH = 12;
/** Most words of a description kept when it names no one. */
const DESCRIPTION_ITEMS = 6;

const FI = foldWord('في');
const AN = foldWord('عن');
const MA = foldWord('ما');

/** Every speaker mention of a document, in reading order, computed once per document. */
export function speakerMentionsOf(document: TextDocument, lexicon: SyntaxLexicon): readonly SpeakerMention[] {
  return document.analysis(lexicon.speakersKey, () => findSpeakers(document, lexicon));
}

function findSpeakers(document: TextDocument, lexicon: SyntaxLexicon): SpeakerMention[] {
  const { tokens } = document;
  const structure = structureOf(document, lexicon);
  const reader = new SpeakerReader(tokens, lexicon);
  const out: SpeakerMention[] = [];
  structure.sentences.forEach((s, sentence) => {
    const paragraph = structure.paragraphOf[s.start]!;
    const headline = reader.headline(s.start, s.end);
    if (headline) out.push({ at: headline.end, sentence, paragraph, entity: headline, kind: 'headline', opensSentence: true });
    for (let k = s.start; k < s.end; k++) {
      if (!tokens.isWord(k)) continue;
      const attribution = lexicon.attributions.matchAt(tokens, k);
      if (attribution) {
        let from = attribution.end;
        // "بحسب ما قال الناطق": skip ما and the verb.
        const ma = tokens.next(tokenIndex(from - 1));
        if (ma >= 0 && tokens.text(ma) === MA) {
          const verb = tokens.next(ma);
          if (verb >= 0 && lexicon.verbs.has(tokens, verb)) from = tokenIndex(verb + 1);
        }
        const entity = reader.choose(reader.collect(from, s.end));
        out.push({ at: k, sentence, paragraph, entity, kind: 'attribution', opensSentence: k === s.start });
        k = tokenIndex(attribution.end - 1);
        continue;
      }
      if (!lexicon.verbs.has(tokens, k) && !lexicon.fromVerbs.has(tokens, k)) continue;
      let entity = reader.choose(reader.collect(tokenIndex(k + 1), s.end));
      if (lexicon.fromVerbs.has(tokens, k)) {
        // "نقلت الصحيفة، قبل أيام، عن مسؤولين أميركيين": the source follows عن.
        for (let j = tokenIndex(k + 1), n = 0; j < s.end && n < SOURCE_REACH; j++) {
          if (!tokens.isWord(j)) continue;
          n++;
          if (tokens.text(j) === AN) {
            entity = reader.choose(reader.collect(tokenIndex(j + 1), s.end)) ?? entity;
            break;
          }
        }
      }
      // A verb after its subject: "التحالف الدولي يكشف"، "وكان مبعوث … بريت ماكغورك أعلن".
      entity ??= reader.subjectBefore(s.start, k);
      out.push({ at: k, sentence, paragraph, entity, kind: 'verb', opensSentence: k === s.start });
    }
  });
  // A headline colon is recorded after the words before it: keep reading order for the index's binary searches.
  return out.sort((a, b) => a.at - b.at);
}

/** Reads speaker phrases over one token stream. */
class SpeakerReader {
  constructor(
    private readonly tokens: TokenStream,
    private readonly lexicon: SyntaxLexicon,
  ) {}

  /** "التحالف: …" — a short phrase and a colon opening the sentence. */
  headline(start: TokenIndex, end: TokenIndex): SpeakerRange | null {
    const { tokens } = this;
    let words = 0;
    for (let k = start; k < end; k++) {
      const t = tokens.type(k);
      if (t === 'word') {
        if (++words > HEADLINE_WORDS) return null;
      } else if (t === 'punct' && tokens.text(k) === ':') {
        return words > 0 ? this.choose(this.collect(start, k)) : null;
      } else if (t !== 'space') return null;
    }
    return null;
  }

  subjectBefore(sentenceStart: TokenIndex, verb: TokenIndex): SpeakerRange | null {
    const { tokens } = this;
    let k = sentenceStart;
    while (k < verb && (tokens.isSpace(k) || (tokens.isWord(k) && this.lexicon.leadingParticles.has(tokens.text(k))))) k++;
    if (k >= verb) return null;
    const items = this.collect(k, verb);
    const last = items[items.length - 1];
    // The subject must run right up to the verb, with nothing that ends a phrase in between.
    if (!last || tokens.next(tokenIndex(last.end - 1)) !== verb) return null;
    return this.choose(items);
  }

  /** The words of a speaker phrase from `k`, stopping where the phrase ends. */
  collect(k: TokenIndex, end: TokenIndex): Item[] {
    const { tokens, lexicon } = this;
    const items: Item[] = [];
    let i = k;
    let afterTitle = false;
    while (i < end && items.length < PHRASE_ITEMS) {
      const t = tokens.type(i);
      if (t === 'space') {
        if (tokens.hasLineBreak(i)) break;
        i++;
        continue;
      }
      if (t === 'punct') {
        if (isQuote(tokens, lexicon, i)) {
          const q = items.length > 0 ? quotedName(tokens, lexicon, i) : null;
          if (!q) break; // a quote that opens the content
          items.push({ k: q.start, end: q.end, definite: false, quoted: true, title: false, role: false });
          afterTitle = false;
          i = tokenIndex(q.end + 1);
          continue;
        }
        if (lexicon.commas.has(tokens.text(i))) {
          // Apposition: "المتحدث باسم التحالف، العقيد مايلز كيغنز".
          const n = tokens.next(i);
          if (tokens.isWord(n) && (lexicon.titles.matchAt(tokens, n) || lexicon.roles.has(tokens.text(n)))) {
            i = n;
            continue;
          }
        }
        break;
      }
      if (t !== 'word') break;
      const w = tokens.text(i);
      if (lexicon.speakerStops.has(w)) {
        if (w === FI && afterTitle) {
          // Affiliation after a title: "العقيد في الجيش الأمريكي ريان ديلون".
          let j = tokens.next(i);
          const first = j;
          while (tokens.isWord(j) && j < end && isDefinite(tokens.text(j))) j = tokens.next(j);
          if (j === first || j < 0 || j > end) break;
          i = j;
          continue;
        }
        break;
      }
      if (lexicon.verbs.has(tokens, i) || lexicon.fromVerbs.has(tokens, i) || lexicon.predicates.has(tokens, i)) break;
      const title = lexicon.titles.matchAt(tokens, i);
      if (title) {
        items.push({ k: i, end: title.end, definite: true, quoted: false, title: true, role: false });
        afterTitle = true;
        i = title.end;
        continue;
      }
      afterTitle = false;
      items.push({ k: i, end: tokenIndex(i + 1), definite: isDefinite(w), quoted: false, title: false, role: lexicon.roles.has(w) });
      i++;
    }
    return items;
  }

  /** The name in a speaker phrase, or its description when it names no one. */
  choose(items: readonly Item[]): SpeakerRange | null {
    if (items.length === 0) return null;
    const runs = this.nameRuns(items);
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
    return { ...this.description(items), named: false };
  }

  /** Runs of name words: not definite, not a title or role, not a connector or a demonym; a quoted name is a run of its own. */
  private nameRuns(items: readonly Item[]): Array<{ from: number; to: number }> {
    const { tokens, lexicon } = this;
    const runs: Array<{ from: number; to: number }> = [];
    let from = -1;
    items.forEach((it, i) => {
      const word = it.quoted ? '' : tokens.text(it.k);
      const nameWord = it.quoted || (!it.definite && !it.title && !it.role && !lexicon.nameBreakers.has(word) && !lexicon.units.isDemonym(word));
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
  private description(items: readonly Item[]): TokenRange {
    if (!items[0]!.role && !items[0]!.title) {
      const np = nounPhraseAt(this.tokens, this.lexicon, items[0]!.k, (w) => this.lexicon.speakerStops.has(w));
      if (np) return np;
    }
    const last = Math.min(items.length, DESCRIPTION_ITEMS) - 1;
    return { start: items[0]!.k, end: items[last]!.end };
  }
}

function lastIndexWhere<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
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
  private readonly namedUpTo = new Map<SpeakerMention, SpeakerRange | null>();

  constructor(mentions: readonly SpeakerMention[]) {
    let named: SpeakerRange | null = null;
    for (const m of mentions) {
      push(this.bySentence, m.sentence, m);
      push(this.byParagraph, m.paragraph, m);
      if (m.entity) named = m.entity;
      this.namedUpTo.set(m, named);
    }
  }

  /** The speaker of the figure at token `at`. */
  speakerFor(at: TokenIndex, sentence: number, paragraph: number, closeAfter: (mention: SpeakerMention) => boolean): SpeakerRange | null {
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

/** Index of the first mention at or after token `at` (mentions are in reading order). */
function firstAtOrAfter(list: readonly SpeakerMention[], at: TokenIndex): number {
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
