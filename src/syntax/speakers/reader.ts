/**
 * Reading a speaker phrase: its words from a verb or attribution up to what ends
 * it (a verb, a particle of speech, the outlet spoken to, a line break), a
 * headline before its colon, a subject before its verb, and the tests that tell a
 * subject from an object. What the words name is decided by {@link chooseSpeaker}.
 */
import type { TokenStream } from '../../numbers/tokens.js';
import { article, isDefinite, prepositionLi } from '../../text/clitics.js';
import { NO_TOKEN, type TokenIndex } from '../../text/coordinates.js';
import type { SyntaxLexicon } from '../lexicon.js';
import { personNameAt } from '../mentions/person.js';
import { mentionTables } from '../mentions/tables.js';
import { opensPhrase } from '../phrases.js';
import { afterDoctor, isQuote, quotedName } from '../noun-phrase.js';
import { chooseSpeaker } from './choose.js';
import type { SpeakerItem, SpeakerRange, SpeakerText } from './types.js';

/** Most items a speaker phrase is read for: "المتحدث باسم التحالف الدولي ضد داعش العقيد …". */
const PHRASE_ITEMS = 14;
/** Most words a headline speaker may have before its colon ("التحالف: …"). */
const HEADLINE_WORDS = 4;

/** Reads speaker phrases over one token stream. */
export class SpeakerReader implements SpeakerText {
  constructor(
    readonly tokens: TokenStream,
    readonly lexicon: SyntaxLexicon,
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
        if (words === 0) return null;
        // The phrase is read first: a place is looked for only before a colon that has a speaker
        // before it (a lookup among the known names costs far more than reading the phrase).
        const speaker = this.choose(this.collect(start, k));
        return speaker && !this.placeBefore(start, k) ? speaker : null;
      } else if (t !== 'space') return null;
    }
    return null;
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
    return known !== null && known.skip === 0 && !first.startsWith(prepositionLi);
  }

  /** True when a figure follows the phrase ending before `end`: "وأضافت شركات الطاقة الأميركية 15 منصة". */
  figureAfter(start: TokenIndex, end: TokenIndex): boolean {
    const { tokens, lexicon } = this;
    // "وأوضح التقرير الـ 51": a document and its number.
    if (lexicon.documents.matchAt(tokens, start)) return false;
    const n = tokens.next((end - 1) as TokenIndex);
    return tokens.isNumeral(n);
  }

  /** The subject before a verb that follows it: "التحالف الدولي يكشف"، "وكان مبعوث … بريت ماكغورك أعلن". */
  subjectBefore(sentenceStart: TokenIndex, verb: TokenIndex): SpeakerRange | null {
    const { tokens } = this;
    let k = sentenceStart;
    while (k < verb && (tokens.isSpace(k) || (tokens.isWord(k) && this.lexicon.leadingParticles.has(tokens.text(k))))) k++;
    if (k >= verb) return null;
    const items = this.collect(k, verb);
    // Bounds checked: one read at index -1 slows this read for the whole process (see NumberTokens.kindOf).
    const last = items.length > 0 ? items[items.length - 1] : undefined;
    // The subject must run right up to the verb, with nothing that ends a phrase in between
    // but a quotation mark: `هيومن رايتس ووتش "توثق 78 حالة"`.
    let next = last ? tokens.next((last.end - 1) as TokenIndex) : verb;
    if (isQuote(tokens, this.lexicon, next)) next = tokens.next(next);
    // A particle before the verb: "وكانت مجموعة فولكسفاغن قد اعترفت" (not أن, which opens a clause: "وبعد أن سجل").
    if (next !== verb && tokens.isWord(next) && this.lexicon.leadingParticles.has(tokens.text(next)) && !this.lexicon.speechParticles.has(tokens.text(next))) {
      next = tokens.next(next);
    }
    if (!last || next !== verb) return null;
    return this.choose(items);
  }

  /** The words of a speaker phrase from `k`, stopping where the phrase ends. */
  collect(k: TokenIndex, end: TokenIndex): SpeakerItem[] {
    const { tokens, lexicon } = this;
    const items: SpeakerItem[] = [];
    let i = k;
    let afterTitle = false;
    /** True once an office word (المتحدث، وزير) is read and no name after it yet. */
    let afterRole = false;
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
          i = ((q.end + 1) as TokenIndex);
          continue;
        }
        if (lexicon.commas.has(tokens.text(i))) {
          // Apposition: "المتحدث باسم التحالف، العقيد مايلز كيغنز".
          const n = tokens.next(i);
          if (tokens.isWord(n) && (lexicon.titles.matchAt(tokens, n) || lexicon.roles.has(tokens.text(n)))) {
            i = n;
            continue;
          }
          // The name in apposition after the office, set off by commas: "وقالت رئيسة الوزراء البريطانية، تيريزا ماي، إن".
          if (tokens.isWord(n) && this.nameInApposition(items, n)) {
            i = n;
            continue;
          }
        }
        break;
      }
      if (t !== 'word') break;
      const w = tokens.text(i);
      if (lexicon.isSpeakerStop(tokens, i)) {
        if ((afterTitle || afterRole) && lexicon.affiliationPrepositions.has(w)) {
          // Affiliation after a title, or a place after an office when a name follows it: "العقيد في الجيش
          // الأمريكي ريان ديلون"، "الناطق باسم المفوضية في الأردن محمد الحواري" (not "مسؤول في المطار كانت").
          let j = tokens.next(i);
          const first = j;
          while (tokens.isWord(j) && j < end && isDefinite(tokens.text(j))) j = tokens.next(j);
          if (j === first || j < 0 || j > end) break;
          if (!afterTitle && personNameAt(tokens, lexicon, tokens.nextWord((j - 1) as TokenIndex), false) === null) break;
          i = j;
          continue;
        }
        break;
      }
      // Verbs, predicates and titles are phrase tables: a word that opens no phrase is none of them.
      const opens = opensPhrase(tokens, i);
      if (opens && (lexicon.verbs.has(tokens, i) || lexicon.fromVerbs.has(tokens, i) || lexicon.predicates.has(tokens, i))) break;
      // The outlet spoken to ends the speaker: "قال مدير المرصد … لوكالة فرانس برس"، "وقال الوزير لرويترز".
      const addressee = items.length > 0 ? this.addresseeEnd(i) : NO_TOKEN;
      if (addressee >= 0 && !this.officeComplement(items, i, addressee)) break;
      const title = opens ? lexicon.titles.matchAt(tokens, i) : null;
      // "وقال د. محمد معيط": the abbreviated title runs over its full stop.
      const doctor = title ? NO_TOKEN : afterDoctor(tokens, i);
      if (title || doctor >= 0) {
        const titleEnd = title ? title.end : ((doctor - 1) as TokenIndex);
        items.push({ k: i, end: titleEnd, definite: true, quoted: false, title: true, role: false });
        afterTitle = true;
        i = title ? title.end : doctor;
        continue;
      }
      afterTitle = false;
      const role = lexicon.roles.has(w);
      // The office's complement keeps it open (باسم المفوضية السامية لشؤون اللاجئين); a name word closes it.
      if (role) afterRole = true;
      else if (!isDefinite(w) && !w.startsWith(prepositionLi)) afterRole = afterRole && lexicon.nameBreakers.has(w);
      items.push({ k: i, end: (i + 1) as TokenIndex, definite: isDefinite(w), quoted: false, title: false, role });
      i++;
    }
    return items;
  }

  /**
   * True when word `n`, after a comma that follows an office, opens a person's name that a comma or
   * reported speech closes: "رئيسة الوزراء البريطانية، تيريزا ماي، إن" (not "وزير الخارجية، الذي قال").
   */
  private nameInApposition(items: readonly SpeakerItem[], n: TokenIndex): boolean {
    const { tokens, lexicon } = this;
    if (!items.some((it) => it.role || it.title)) return false;
    const name = personNameAt(tokens, lexicon, n, false);
    const known = mentionTables(lexicon).known.matchAt(tokens, n);
    const end = name ? name.end : known && known.skip === 0 && known.entry.type === 'person' ? known.end : NO_TOKEN;
    if (end < 0) return false;
    const after = tokens.next((end - 1) as TokenIndex);
    return after >= 0 && ((tokens.isPunct(after) && lexicon.commas.has(tokens.text(after))) || (tokens.isWord(after) && lexicon.speechParticles.has(tokens.text(after))));
  }

  /**
   * Where the phrase after a verb of saying begins: past the outlet or people spoken to, when they come
   * first ("وقال لرويترز مسؤول في الوزارة"، "وقال للصحفيين إن"). After an attribution the same words are
   * the source ("وفقاً لوكالة إدارة الحرائق"), so only the verb rule asks.
   */
  afterAddressee(k: TokenIndex): TokenIndex {
    const first = this.tokens.nextWord((k - 1) as TokenIndex);
    const end = first >= 0 ? this.addresseeEnd(first) : NO_TOKEN;
    return end >= 0 ? end : k;
  }

  /**
   * True when a known body glued to ل at word `i` (its name ending before token `end`) completes the office before it, a name following:
   * "المدير الإقليمي لمنظمة الصحة العالمية أحمد المنظري"، "المتحدث الرسمي لقوات التحالف العقيد تركي
   * المالكي". An outlet of the addressee table (لوكالة، لقناة) never does, nor one that speech follows:
   * "وقال الوزير لرويترز إن".
   */
  private officeComplement(items: readonly SpeakerItem[], i: TokenIndex, end: TokenIndex): boolean {
    const { tokens, lexicon } = this;
    const last = items[items.length - 1]!;
    if (lexicon.isAddressee(tokens.text(i)) || last.quoted || !(last.definite || last.role || last.title)) return false;
    const after = tokens.nextWord((end - 1) as TokenIndex);
    return after >= 0 && tokens.isWord(after) && !lexicon.isSpeakerStop(tokens, after) && !lexicon.verbs.has(tokens, after);
  }

  /**
   * The end of the outlet or people spoken to at word `i`, or NO_TOKEN: ل and a medium of the addressee
   * table with the known name after it ("لوكالة فرانس برس"، "للصحفيين"), or ل glued to a known
   * organisation ("لرويترز"). A name that only begins with ل is no addressee: "وقال لافروف".
   */
  private addresseeEnd(i: TokenIndex): TokenIndex {
    const { tokens, lexicon } = this;
    const w = tokens.text(i);
    if (!w.startsWith(prepositionLi)) return NO_TOKEN;
    const known = mentionTables(lexicon).known;
    if (lexicon.isAddressee(w)) {
      const name = known.matchAt(tokens, tokens.nextWord(i));
      return name && name.entry.type === 'organization' ? name.end : ((i + 1) as TokenIndex);
    }
    const outlet = known.matchAt(tokens, i);
    return outlet && outlet.skip > 0 && outlet.entry.type === 'organization' ? outlet.end : NO_TOKEN;
  }

  /** The name in a speaker phrase, or its description when it names no one; with its kind and role. */
  choose(items: readonly SpeakerItem[]): SpeakerRange | null {
    return chooseSpeaker(this, items);
  }
}
