/**
 * Who asserts a figure: the noun phrase after a reporting verb (قال المتحدث …),
 * after an attribution (بحسب، وفق، نقلت … عن), before a headline colon
 * ("التحالف: …", but not a place: "المكسيك: …"), or before a verb that follows its
 * subject ("التحالف الدولي يكشف"). A name after a title or role wins over the
 * description (العقيد مايلز كيغنز → مايلز كيغنز); a document speaks with its author
 * ("بيانات مجلس التنمية الاقتصادية"، "دراسة أجراها مكتب الإحصاءات"); a verb with no
 * subject of its own (وأضاف أن) keeps the last speaker, but a verb of record or an
 * impersonal one (وسجل 23 هدفاً، ويتوقع أن) keeps no one. A source the speaker cites or
 * is relayed by (بحسب ما نقلت وكالة الأناضول) does not speak over the speaker.
 */
import type { TextDocument } from '../numbers/document.js';
import type { TokenStream } from '../numbers/tokens.js';
import { article, isDefinite } from '../text/clitics.js';
import { NO_TOKEN, tokenIndex, type TokenIndex, type TokenRange } from '../text/coordinates.js';
import { foldWord } from '../text/fold.js';
import type { SpeakerKind } from '../model.js';
import type { SyntaxLexicon } from './lexicon.js';
import { mentionTables } from './mentions/tables.js';
import { afterDoctor, isQuote, nounPhraseAt, quotedName } from './noun-phrase.js';
import { opensPhrase } from './phrases.js';
import { structureOf } from './structure.js';

/** Who a speaker phrase names: tokens of a name (`named`) or of a description ("المتحدث باسم التحالف"). */
export interface SpeakerRange extends TokenRange {
  readonly named: boolean;
  /** A person, a body, an unnamed source, or the outlet that signs the dateline. */
  readonly kind: SpeakerKind;
  /** The title or office before a name (المتحدث باسم التحالف، وزير الخارجية), or null. */
  readonly role: TokenRange | null;
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
  /**
   * True for an attribution set off by a comma after what it covers: "توفي 15
   * شخصاً … ونقل أكثر من 12 ألفاً إلى المستشفيات، وفق أرقام رسمية" — every
   * figure before it in its sentence is the source's.
   */
  readonly afterComma?: boolean;
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

/** Plural and feminine adjectives of relation (كنديون، أمريكيين، أمنية): they describe, they never name. */
const pluralNisba = /(?:يون|يين|ية|يه)$/u;

/** Most items a speaker phrase is read for: "المتحدث باسم التحالف الدولي ضد داعش العقيد …". */
const PHRASE_ITEMS = 14;
/** Most tokens between a speaker mention and the quotation it opens: "وقال كيغنز في تصريح صحفي، إن «…»". */
const QUOTE_REACH = 40;
/** Most words a headline speaker may have before its colon ("التحالف: …"). */
const HEADLINE_WORDS = 4;
/** Most words between نقل and the عن that names its source. */
const SOURCE_REACH = 12;
/** Most adjectives read after an unnamed source: "مصادر أمنية عراقية مطلعة". */
const ANONYMOUS_ADJECTIVES = 3;
/** Most words of a description kept when it names no one. */
const DESCRIPTION_ITEMS = 6;

const FI = foldWord('في');
const AN = foldWord('عن');
const MA = foldWord('ما');

/**
 * For each token, the opening quotation mark of the quotation it stands in, or
 * -1. A quotation closes at its closing mark or at the end of its paragraph.
 * Direct speech (قال: «…») keeps its speaker across the sentences inside it.
 */
export function quotationsOf(document: TextDocument, lexicon: SyntaxLexicon): Int32Array {
  return document.analysis(lexicon.quotesKey, () => {
    const { tokens } = document;
    const openerOf = new Int32Array(tokens.length).fill(-1);
    let open = -1;
    let closer = '';
    for (let k = tokenIndex(0); k < tokens.length; k++) {
      if (tokens.hasLineBreak(k)) {
        open = -1;
        continue;
      }
      if (tokens.isPunct(k)) {
        const mark = tokens.text(k);
        if (open >= 0 && mark === closer) {
          open = -1;
          continue;
        }
        const close = lexicon.quoteCloser.get(mark);
        if (open < 0 && close !== undefined) {
          open = k;
          closer = close;
          continue;
        }
      }
      openerOf[k] = open;
    }
    return openerOf;
  });
}

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
    /** True once the sentence has a verb that names its speaker (kept as a flag: a sentence may hold thousands of mentions). */
    let spoken = false;
    /**
     * A source the sentence's speaker cites or is relayed by does not speak over it: "وذكرت المنظمة
     * في تقرير، بحسب ما نقلت وكالة الأناضول، أنه …" is the organisation's; "قال المتحدث … إنه بحسب
     * الحصيلة الأولية قد يكون هناك 85 مصاباً" the spokesman's.
     */
    const embedded = (at: TokenIndex, entity: SpeakerRange | null): boolean => {
      if (!spoken) return false;
      const before = tokens.previousWord(at);
      if (before >= 0 && lexicon.speechParticles.has(tokens.text(before))) return true;
      if (!entity) return false;
      let after = tokens.next(tokenIndex(entity.end - 1));
      while (after >= 0 && after < s.end && tokens.isPunct(after)) after = tokens.next(after);
      return tokens.isWord(after) && lexicon.speechParticles.has(tokens.text(after));
    };
    for (let k = s.start; k < s.end; k++) {
      // Attributions and reporting verbs are phrase tables: a word that opens no phrase is neither.
      if (!opensPhrase(tokens, k)) continue;
      const attribution = lexicon.attributions.matchAt(tokens, k);
      if (attribution) {
        let from = attribution.end;
        // "بحسب ما قال الناطق", "حسبما ذكرت الوكالة", "بحسب ما نقلت وكالة الأناضول": skip ما and the verb.
        let verb = tokens.next(tokenIndex(from - 1));
        if (verb >= 0 && tokens.text(verb) === MA) verb = tokens.next(verb);
        if (verb >= 0 && (lexicon.verbs.has(tokens, verb) || lexicon.fromVerbs.has(tokens, verb))) from = tokenIndex(verb + 1);
        const entity = reader.choose(reader.collect(from, s.end));
        const before = tokens.previous(k);
        // "…، وبحسب مراسلنا أن …" opens a clause of its own (the attribution carries و or ف).
        const ownClause = tokens.text(k).length > foldWord(attribution.entry.split(' ')[0]!).length;
        if (ownClause || !embedded(k, entity)) {
          out.push({ at: k, sentence, paragraph, entity, kind: 'attribution', opensSentence: k === s.start, afterComma: tokens.isPunct(before) && lexicon.commas.has(tokens.text(before)) });
        }
        k = tokenIndex(Math.max(attribution.end, from) - 1);
        continue;
      }
      const reporting = lexicon.verbs.matchAt(tokens, k);
      const relays = lexicon.fromVerbs.has(tokens, k);
      if (!(reporting && reporting.end === k + 1) && !relays) continue;
      const record = reporting?.entry.definiteSubject === true;
      let entity = reader.choose(reader.collect(tokenIndex(k + 1), s.end));
      // Verbs of record take an object after them ("سجلت البلاد رقماً قياسياً"): their subject holds a definite noun or is a document.
      if (entity && record && !reader.canRecord(entity, k)) entity = null;
      // A verb whose subject is followed by a figure is no reporting verb: "وأضافت شركات الطاقة 15 منصة" (added, not said).
      // (Not after a person's name, which may run on to the figure: "وأعلن الأمير … شراء حصة بقيمة 950 مليون".)
      if (entity && !record && entity.kind !== 'person' && reader.figureAfter(entity.start, entity.end)) continue;
      let relayed = false;
      if (relays) {
        // "نقلت الصحيفة، قبل أيام، عن مسؤولين أميركيين": the source follows عن.
        for (let j = tokenIndex(k + 1), n = 0; j < s.end && n < SOURCE_REACH; j++) {
          if (!tokens.isWord(j)) continue;
          n++;
          if (tokens.text(j) === AN) {
            entity = reader.choose(reader.collect(tokenIndex(j + 1), s.end)) ?? entity;
            relayed = true;
            break;
          }
        }
      }
      // A verb after its subject: "التحالف الدولي يكشف"، "وكان مبعوث … بريت ماكغورك أعلن".
      entity ??= reader.subjectBefore(s.start, k);
      // With no subject, a verb continues the speaker before it ("وأضاف أن …"), but not a verb of record or
      // an impersonal one ("وسجل 23 هدفاً"، "ويتوقع أن يصل …"), nor نقل with no source ("ونقل 12 ألفاً إلى المستشفيات").
      if (!entity && (record || reporting?.entry.impersonal === true || (relays && !relayed))) continue;
      if (relays && !relayed && embedded(k, entity)) continue;
      out.push({ at: k, sentence, paragraph, entity, kind: 'verb', opensSentence: k === s.start });
      if (entity) spoken = true;
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
        return words > 0 && !this.placeBefore(start, k) ? this.choose(this.collect(start, k)) : null;
      } else if (t !== 'space') return null;
    }
    return null;
  }

  /** True when `word` is ل and a medium spoken to: لوكالة، لقناة، للصحفيين. */
  private addressee(word: string): boolean {
    if (word.length < 4 || !word.startsWith('ل')) return false;
    const tail = word.slice(1);
    return this.lexicon.addressees.has(tail) || (tail.startsWith('ل') && this.lexicon.addressees.has(`ا${tail}`));
  }

  /**
   * True when a known place ends right before the headline colon at `colon`: "المكسيك: إصابة 85
   * شخصاً"، "مونديال روسيا: كولومبيا …" say where or what, not who speaks.
   */
  private placeBefore(start: TokenIndex, colon: TokenIndex): boolean {
    const { tokens } = this;
    const known = mentionTables(this.lexicon).known;
    const last = tokens.previous(colon);
    for (let k = start; k < colon; k++) {
      if (!tokens.isWord(k)) continue;
      const m = known.matchAt(tokens, k);
      if (m && m.entry.type === 'place' && m.end - 1 === last) return true;
    }
    return false;
  }

  /**
   * True when the phrase after a verb of record can be its subject: a document ("أظهرت
   * بيانات رسمية"، "بيانات مجلس التنمية"), a quoted name, the head of a body ("وثقت المنظمة"،
   * "رصدت قوات الدفاع الجوي") or a known name ("سجلت السعودية"), not the verb's object
   * ("وسجلت رقماً قياسياً") nor what the figure measures ("وسجلت القروض ارتفاعاً").
   */
  canRecord(entity: SpeakerRange, verb: TokenIndex): boolean {
    const { tokens, lexicon } = this;
    if (lexicon.documents.matchAt(tokens, entity.start)) return true;
    // A quoted name right after the verb: "رصدت “عين اليوم”" (not "سجل المغرب سنة “استثنائية”").
    const open = tokens.previous(entity.start);
    if (isQuote(tokens, lexicon, open) && tokens.previous(open) === verb) return true;
    // A body ("وثقت المنظمة"، "رصدت قوات الدفاع الجوي") or a known name, not what the figure is about:
    // "وسجلت القروض ارتفاعاً"، "وتسجل أسعار السلع ارتفاعاً"، "وسجل راشفورد الهدفين".
    const t = mentionTables(lexicon);
    const first = tokens.text(entity.start);
    if (t.organisationHeads.has(isDefinite(first) ? first.slice(article.length) : first)) return true;
    // A known name as written, not behind a preposition: "فيما سجل لروما جيمس ميلنر" names no speaker.
    const known = t.known.matchAt(tokens, entity.start);
    return known !== null && known.skip === 0 && !first.startsWith('ل');
  }

  /** True when a figure follows the phrase ending before `end`: "وأضافت شركات الطاقة الأميركية 15 منصة". */
  figureAfter(start: TokenIndex, end: TokenIndex): boolean {
    const { tokens, lexicon } = this;
    // "وأوضح التقرير الـ 51": a document and its number.
    if (lexicon.documents.matchAt(tokens, start)) return false;
    const n = tokens.next(tokenIndex(end - 1));
    return tokens.isNumeral(n);
  }

  subjectBefore(sentenceStart: TokenIndex, verb: TokenIndex): SpeakerRange | null {
    const { tokens } = this;
    let k = sentenceStart;
    while (k < verb && (tokens.isSpace(k) || (tokens.isWord(k) && this.lexicon.leadingParticles.has(tokens.text(k))))) k++;
    if (k >= verb) return null;
    const items = this.collect(k, verb);
    const last = items[items.length - 1];
    // The subject must run right up to the verb, with nothing that ends a phrase in between
    // but a quotation mark: `هيومن رايتس ووتش "توثق 78 حالة"`.
    let next = last ? tokens.next(tokenIndex(last.end - 1)) : verb;
    if (isQuote(tokens, this.lexicon, next)) next = tokens.next(next);
    if (!last || next !== verb) return null;
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
      if (lexicon.isSpeakerStop(tokens, i)) {
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
      // The outlet spoken to ends the speaker: "قال مدير المرصد … لوكالة فرانس برس".
      if (items.length > 0 && this.addressee(w)) break;
      const title = lexicon.titles.matchAt(tokens, i);
      // "وقال د. محمد معيط": the abbreviated title runs over its full stop.
      const doctor = title ? NO_TOKEN : afterDoctor(tokens, i);
      if (title || doctor >= 0) {
        const titleEnd = title ? title.end : tokenIndex(doctor - 1);
        items.push({ k: i, end: titleEnd, definite: true, quoted: false, title: true, role: false });
        afterTitle = true;
        i = title ? title.end : doctor;
        continue;
      }
      afterTitle = false;
      items.push({ k: i, end: tokenIndex(i + 1), definite: isDefinite(w), quoted: false, title: false, role: lexicon.roles.has(w) });
      i++;
    }
    return items;
  }

  /** The name in a speaker phrase, or its description when it names no one; with its kind and role. */
  choose(items: readonly Item[]): SpeakerRange | null {
    if (items.length === 0) return null;
    const { tokens, lexicon } = this;
    // An object, not a subject, after the verb: "سجلت رقماً قياسياً", "أكثر من 12 ألفاً".
    const first = items[0]!;
    if (!first.quoted && (tokens.hasTanween(first.k) || lexicon.isSpeakerStop(tokens, first.k))) return null;
    // A document names no one: "بيانات رسمية" is not a man called بيانات.
    if (!first.quoted && lexicon.documents.matchAt(tokens, first.k)) return this.document(first.k);
    const runs = this.nameRuns(items);
    const lastTitle = lastIndexWhere(items, (it) => it.title);
    const lastRole = lastIndexWhere(items, (it) => it.role);
    const anchor = lastTitle >= 0 ? lastTitle : lastRole;
    const range = (from: number, to: number): TokenRange => ({ start: items[from]!.k, end: items[to]!.end });
    if (anchor >= 0) {
      // A name right before its role: "بول فانك قائد التحالف الدولي".
      const lead = runs[0];
      if (lead && lead.from === 0 && !items[0]!.quoted && (items[lead.to + 1]?.role || items[lead.to + 1]?.title)) {
        const roleEnd = Math.min(items.length, lead.to + 1 + DESCRIPTION_ITEMS) - 1;
        return { ...range(0, lead.to), named: true, kind: 'person', role: range(lead.to + 1, roleEnd) };
      }
      // A name after the last title or role: "المتحدث باسم التحالف العقيد ريان ديلون" → ريان ديلون, in the role before it.
      const after = runs.filter((r) => r.from > anchor);
      const run = after[after.length - 1];
      if (run) {
        const firstOffice = items.findIndex((it) => it.title || it.role);
        return { ...range(run.from, run.to), named: true, kind: 'person', role: this.roleBefore(items, firstOffice, run.from) };
      }
    } else {
      const quoted = runs.find((r) => items[r.from]!.quoted);
      if (quoted) return { ...range(quoted.from, quoted.to), named: true, kind: 'organisation', role: null };
      const lead = runs[0];
      // A leading name, not the head of a construct ("فريق الرصد" is a description), nor an unnamed source ("مصادر أمنية").
      if (lead && lead.from === 0 && !(items[lead.to + 1]?.definite ?? false) && !lexicon.anonymous.matchAt(tokens, first.k)) {
        return { ...range(0, lead.to), named: true, kind: 'person', role: null };
      }
    }
    return this.description(items);
  }

  /**
   * The office before a name, from the first title or role word up to the name:
   * "وزير الخارجية عادل الجبير" → وزير الخارجية. A rank right before the name after
   * an office stays out of it ("المتحدث باسم التحالف العقيد ريان ديلون" → المتحدث باسم التحالف).
   */
  private roleBefore(items: readonly Item[], from: number, nameFrom: number): TokenRange | null {
    if (from < 0 || from >= nameFrom) return null;
    let to = nameFrom - 1;
    if (to > from && items[to]!.title && !items[from]!.title) to--;
    // The office runs up to the next item, past an affiliation the items skip ("العقيد في الجيش الأمريكي"),
    // without the comma or quotation mark before the name.
    let end = this.tokens.previous(items[to + 1]!.k);
    if (items[to + 1]!.quoted && isQuote(this.tokens, this.lexicon, end)) end = this.tokens.previous(end);
    while (end > items[from]!.k && this.tokens.isPunct(end) && this.lexicon.commas.has(this.tokens.text(end))) end = this.tokens.previous(end);
    return { start: items[from]!.k, end: tokenIndex(Math.max(end, items[from]!.end - 1) + 1) };
  }

  /** Runs of name words: not definite, not a title or role, not a connector or a demonym; a quoted name is a run of its own. */
  private nameRuns(items: readonly Item[]): Array<{ from: number; to: number }> {
    const { tokens, lexicon } = this;
    const runs: Array<{ from: number; to: number }> = [];
    let from = -1;
    const joiners = lexicon.nameJoiners;
    items.forEach((it, i) => {
      const word = it.quoted ? '' : tokens.text(it.k);
      const next = items[i + 1];
      // Arab given names may carry the article: "الأمير الوليد بن طلال", "الحسن بن علي" — after a title, or before بن/أبو.
      // A definite word ending in ي is an adjective of relation (الأمريكي), not a given name.
      const definiteGivenName =
        it.definite &&
        !it.title &&
        !it.role &&
        !word.endsWith('ي') &&
        next !== undefined &&
        !next.quoted &&
        (joiners.has(tokens.text(next.k)) || (items[i - 1]?.title === true && !next.definite && !next.role && !next.title));
      // The word after a joiner belongs to the name, article and all: "رامي عبد الرحمن"، "أبو الفضل".
      const prev = items[i - 1];
      const afterJoiner = it.definite && !it.title && !it.role && prev !== undefined && !prev.quoted && joiners.has(tokens.text(prev.k));
      const nameWord =
        it.quoted || definiteGivenName || afterJoiner || (!it.definite && !it.title && !it.role && !lexicon.nameBreakers.has(word) && !lexicon.units.isDemonym(word) && !pluralNisba.test(word));
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
   * A document as a speaker, with its construct complement or its adjectives: "بيانات مجلس التنمية
   * الاقتصادية"، "البيانات الرسمية"، "أرقام رسمية". One that names its author, or is definite,
   * is a body's (kind `organisation`); an indefinite one with no author is an unnamed source.
   */
  private document(k: TokenIndex): SpeakerRange {
    const { tokens, lexicon } = this;
    const np = nounPhraseAt(tokens, lexicon, k, (w) => lexicon.speakerStops.has(w));
    let end = np ? np.end : tokenIndex(k + 1);
    if (end === k + 1) end = this.adjectivesAfter(end);
    // A document of its author, after its adjectives: "تقارير سابقة للصحة العالمية" is the WHO's.
    for (let j = tokens.next(k); j >= 0 && j < end && tokens.isWord(j); j = tokens.next(j)) {
      const w = tokens.text(j);
      if (w.startsWith('ل') && w.length > 3 && !this.addressee(w)) {
        const owner = nounPhraseAt(tokens, lexicon, j, (x) => lexicon.speakerStops.has(x));
        return { start: j, end: owner ? owner.end : tokenIndex(j + 1), named: true, kind: 'organisation', role: null };
      }
      if (!(pluralNisba.test(w) || w.endsWith('ي') || w.endsWith('ه'))) break;
    }
    // Its author after it, where the phrase read so far may have taken the link for an adjective:
    // "دراسة أجراها مكتب الإحصاءات للوزارات الاجتماعية"، "الدراسة الصادرة عن الوزارة".
    const last = tokens.next(tokenIndex(end - 1));
    for (let j = tokens.next(k); j >= 0 && (j < end || j === last); j = tokens.next(j)) {
      const link = tokens.isWord(j) ? lexicon.authorLinks.matchAt(tokens, j) : null;
      if (!link) continue;
      const author = nounPhraseAt(tokens, lexicon, tokens.next(tokenIndex(link.end - 1)), (w) => lexicon.speakerStops.has(w));
      if (author) return { start: k, end: author.end, named: false, kind: 'organisation', role: null };
      break;
    }
    // A bare article before a number belongs to the number: "التقرير الـ 51" is التقرير.
    if (end - 1 > k && tokens.text(tokenIndex(end - 1)) === article) end = tokenIndex(tokens.previous(tokenIndex(end - 1)) + 1);
    // A definite document is one the text has named ("التقرير"، "البيان"), or names its author.
    let authored = isDefinite(tokens.text(k));
    for (let j = tokens.next(k); j >= 0 && j < end; j = tokens.next(j)) if (tokens.isWord(j) && isDefinite(tokens.text(j)) && !pluralNisba.test(tokens.text(j))) authored = true;
    return { start: k, end, named: false, kind: authored ? 'organisation' : 'anonymous', role: null };
  }

  /**
   * The end of a construct whose complement goes on with و: "وكالة إدارة الحرائق والكوارث"،
   * "وزارة العمل والشؤون الاجتماعية". Only after an indefinite head, and not before an office
   * ("رئيس الوزراء والوزير …" is two people).
   */
  private coordinated(np: TokenRange): TokenIndex {
    const { tokens, lexicon } = this;
    let end = np.end;
    if (isDefinite(tokens.text(np.start)) || np.end - np.start < 2) return end;
    const j = tokens.next(tokenIndex(end - 1));
    if (!tokens.isWord(j)) return end;
    const w = tokens.text(j);
    if (!w.startsWith('وال') || lexicon.roles.has(w.slice(1)) || lexicon.titles.matchAt(tokens, j) || lexicon.isSpeakerStop(tokens, j)) return end;
    end = tokenIndex(j + 1);
    for (let n = tokens.next(j), words = 0; words < DESCRIPTION_ITEMS && tokens.isWord(n) && isDefinite(tokens.text(n)) && !lexicon.isSpeakerStop(tokens, n); n = tokens.next(n), words++) {
      end = tokenIndex(n + 1);
    }
    return end;
  }

  /** The end of the adjectives of relation after a phrase ending before `end`: "مصادر أمنية عراقية"، "أرقام رسمية". */
  private adjectivesAfter(end: TokenIndex): TokenIndex {
    const { tokens, lexicon } = this;
    for (let j = tokens.next(tokenIndex(end - 1)), words = 0; tokens.isWord(j) && words < ANONYMOUS_ADJECTIVES; j = tokens.next(j), words++) {
      const w = tokens.text(j);
      if (lexicon.isSpeakerStop(tokens, j) || lexicon.verbs.has(tokens, j) || !(pluralNisba.test(w) || w.endsWith('ي') || w.endsWith('ه'))) break;
      end = tokenIndex(j + 1);
    }
    return end;
  }

  /**
   * The description: a role and what follows it ("المتحدث باسم التحالف الدولي", six words at
   * most), an unnamed source ("مصادر أمنية", "مسؤول أمريكي"), or else the noun phrase the
   * speaker phrase starts with ("فريق الرصد", "وزارة الصحة").
   */
  private description(items: readonly Item[]): SpeakerRange {
    const { tokens, lexicon } = this;
    const first = items[0]!;
    const source = first.definite ? null : lexicon.anonymous.matchAt(tokens, first.k);
    const anonymous = source !== null;
    if (source) {
      // "مصادر أمنية عراقية", "وسائل إعلام": the source and the adjectives after it.
      return { start: first.k, end: this.adjectivesAfter(source.end), named: false, kind: 'anonymous', role: null };
    }
    if (!first.role && !first.title) {
      const np = nounPhraseAt(tokens, lexicon, first.k, (w) => lexicon.speakerStops.has(w));
      if (np) return { start: np.start, end: this.coordinated(np), named: false, kind: anonymous ? 'anonymous' : 'organisation', role: null };
    }
    const last = Math.min(items.length, DESCRIPTION_ITEMS) - 1;
    const phrase = { start: first.k, end: items[last]!.end };
    // An office with no name ("المتحدث باسم الجيش") is a person the text does not name; an indefinite one ("مسؤول أمريكي") an unnamed source.
    return anonymous ? { ...phrase, named: false, kind: 'anonymous', role: null } : { ...phrase, named: false, kind: 'person', role: phrase };
  }
}

/** Most words read at each end of an article for the agency that signs it: "الرياض - واس", "… (رويترز)". */
const SIGNATURE_WORDS = 12;
/** Punctuation that sets an agency's signature apart: "(واس)", "الرياض - واس:". */
const SIGNATURE_MARKS = '()-–—:';

/**
 * The news agency that signs an article, in its opening or closing words, set
 * apart by brackets, a dash or a colon: "الرياض - واس", "(أ ف ب) -", "(رويترز)".
 * When nobody else speaks, the figures are the agency's (kind `outlet`).
 */
export function signatureOf(document: TextDocument, lexicon: SyntaxLexicon): SpeakerRange | null {
  const { tokens } = document;
  const signed = (k: TokenIndex): SpeakerRange | null => {
    const m = lexicon.agencies.matchAt(tokens, k);
    if (!m) return null;
    const before = tokens.previous(k);
    const after = tokens.next(tokenIndex(m.end - 1));
    if (!tokens.isPunct(before, SIGNATURE_MARKS) && !tokens.isPunct(after, SIGNATURE_MARKS)) return null;
    return { start: k, end: m.end, named: true, kind: 'outlet', role: null };
  };
  for (let k = tokenIndex(0), words = 0; k < tokens.length && words < SIGNATURE_WORDS; k++) {
    if (!tokens.isWord(k)) continue;
    words++;
    const s = signed(k);
    if (s) return s;
  }
  for (let k = tokenIndex(tokens.length - 1), words = 0; k >= 0 && words < SIGNATURE_WORDS; k--) {
    if (!tokens.isWord(k)) continue;
    words++;
    const s = signed(k);
    if (s) return s;
  }
  return null;
}

function lastIndexWhere<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}

/**
 * The speaker of a figure: the nearest mention before it in its sentence; else
 * one right after the claim (`closeAfter`: "… 801 مدنيًا، بحسب البيان"); else an
 * attribution opening the next sentence ("… . بحسب ما قال الناطق"); else the
 * last mention of its paragraph; else the agency that signs the article. A mention with no subject of its own keeps the
 * last named speaker. Mentions are indexed once, so each lookup is logarithmic.
 */
export class SpeakerIndex {
  private readonly bySentence = new Map<number, SpeakerMention[]>();
  private readonly byParagraph = new Map<number, SpeakerMention[]>();
  /** For each mention, the nearest named mention at or before it (in reading order). */
  private readonly namedUpTo = new Map<SpeakerMention, SpeakerRange | null>();

  /**
   * @param mentions - The speaker mentions of the text, in reading order.
   * @param signature - The agency that signs the text, the speaker of figures nobody else claims.
   */
  constructor(
    private readonly mentions: readonly SpeakerMention[],
    private readonly signature: SpeakerRange | null = null,
    private readonly quotations: Int32Array | null = null,
  ) {
    let named: SpeakerRange | null = null;
    for (const m of mentions) {
      push(this.bySentence, m.sentence, m);
      push(this.byParagraph, m.paragraph, m);
      if (m.entity) named = m.entity;
      this.namedUpTo.set(m, named);
    }
  }

  /** The agency that signs the text (kind `outlet`), or null: the speaker of the writer's own asides. */
  get outlet(): SpeakerRange | null {
    return this.signature;
  }

  /** The speaker of the figure at token `at`. */
  speakerFor(at: TokenIndex, sentence: number, paragraph: number, closeAfter: (mention: SpeakerMention) => boolean): SpeakerRange | null {
    // Direct speech: a figure inside a quotation is said by whoever opened it ("وقال كيغنز: «… 13 دولة …»"),
    // though the quotation runs over several sentences.
    const opener = this.quotations?.[at] ?? -1;
    if (opener >= 0) {
      const m = this.mentions[firstAtOrAfter(this.mentions, tokenIndex(opener)) - 1];
      if (m && m.paragraph === paragraph && opener - m.at <= QUOTE_REACH) {
        const named = this.namedUpTo.get(m);
        if (named) return named;
      }
    }
    const inSentence = this.bySentence.get(sentence) ?? [];
    const i = firstAtOrAfter(inSentence, at);
    const before = inSentence[i - 1];
    if (before) return this.namedUpTo.get(before) ?? null;
    // Only the first mention after the claim can be close enough to it.
    const after = inSentence[i];
    if (after && after.entity && (closeAfter(after) || after.afterComma === true)) return after.entity;
    const next = this.bySentence.get(sentence + 1)?.[0];
    if (next && next.kind === 'attribution' && next.entity && next.opensSentence) return next.entity;
    // A sentence that names no source is the outlet's own, unless it opens with a verb that continues
    // the speaker before ("وأضاف أن …", read above as a mention with no subject of its own).
    void paragraph;
    return this.signature;
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
