/**
 * What a speaker phrase names: the name after its last title or role ("المتحدث
 * باسم التحالف العقيد ريان ديلون" → ريان ديلون, in the office before it), a name
 * before its role ("بول فانك قائد التحالف الدولي"), a quoted name, a leading name,
 * a document, or else a description ({@link describeSpeaker}).
 */
import { type TokenIndex, type TokenRange } from '../../text/coordinates.js';
import { prepositionBi, prepositionLi, withoutConjunction } from '../../text/clitics.js';
import { personNameAt } from '../mentions/person.js';
import { mentionTables } from '../mentions/tables.js';
import { isQuote } from '../noun-phrase.js';
import { describeSpeaker, documentSpeaker } from './description.js';
import { DESCRIPTION_ITEMS, type SpeakerItem, type SpeakerRange, type SpeakerText } from './types.js';

/** A run of name words among the items of a phrase, `from` and `to` inclusive. */
interface NameRun {
  readonly from: number;
  readonly to: number;
}

/** The name in a speaker phrase, or its description when it names no one; with its kind and role. */
export function chooseSpeaker(text: SpeakerText, items: readonly SpeakerItem[]): SpeakerRange | null {
  if (items.length === 0) return null;
  const { tokens, lexicon } = text;
  // An object, not a subject, after the verb: "سجلت رقماً قياسياً", "أكثر من 12 ألفاً".
  const first = items[0]!;
  if (!first.quoted && (tokens.hasTanween(first.k) || lexicon.isSpeakerStop(tokens, first.k))) return null;
  // A document names no one: "بيانات رسمية" is not a man called بيانات.
  if (!first.quoted && lexicon.documents.matchAt(tokens, first.k)) return documentSpeaker(text, first.k);
  const runs = nameRuns(text, items);
  const lastTitle = lastIndexWhere(items, (it) => it.title);
  const lastRole = lastIndexWhere(items, (it) => it.role);
  const anchor = lastTitle >= 0 ? lastTitle : lastRole;
  if (anchor >= 0) {
    // A name right before its role: "بول فانك قائد التحالف الدولي".
    const lead = runs[0];
    if (lead && lead.from === 0 && !items[0]!.quoted && (items[lead.to + 1]?.role || items[lead.to + 1]?.title)) {
      const roleEnd = Math.min(items.length, lead.to + 1 + DESCRIPTION_ITEMS) - 1;
      return { start: items[0]!.k, end: items[lead.to]!.end, named: true, kind: 'person', role: { start: items[lead.to + 1]!.k, end: items[roleEnd]!.end } };
    }
    // A name after the last title or role: "المتحدث باسم التحالف العقيد ريان ديلون" → ريان ديلون, in the role before it.
    // Runs are in reading order: the last one is the last after the anchor, if any is.
    // Bounds checked: one read at index -1 slows this read for the whole process (see NumberTokens.kindOf).
    const lastRun = runs.length > 0 ? runs[runs.length - 1] : undefined;
    const run = lastRun && lastRun.from > anchor ? lastRun : undefined;
    if (run) {
      const firstOffice = items.findIndex((it) => it.title || it.role);
      return { start: items[run.from]!.k, end: nameEnd(text, items, run), named: true, kind: 'person', role: roleBefore(text, items, firstOffice, run.from) };
    }
  } else {
    const quoted = runs.find((r) => items[r.from]!.quoted);
    if (quoted) return { start: items[quoted.from]!.k, end: items[quoted.to]!.end, named: true, kind: 'organisation', role: null };
    const lead = runs[0];
    // A body's head and its own name: "شركة أرامكو"، "جامعة هارفارد"، "شركة بيكر هيوز لخدمات الطاقة".
    const body = lead && lead.from === 0 ? bodyName(text, items, lead) : null;
    if (body) return body;
    // A given name of the tables and a family name with the article: "وقال عادل الجبير إن".
    const family = lead && lead.from === 0 && !first.quoted ? nameEnd(text, items, lead, false) : undefined;
    if (lead && family !== undefined && family > items[lead.to]!.end) return { start: first.k, end: family, named: true, kind: 'person', role: null };
    // A leading name, not the head of a construct ("فريق الرصد" is a description), nor an unnamed source ("مصادر أمنية").
    if (lead && lead.from === 0 && !(items[lead.to + 1]?.definite ?? false) && !lexicon.anonymous.matchAt(tokens, first.k)) {
      return { start: items[0]!.k, end: items[lead.to]!.end, named: true, kind: 'person', role: null };
    }
  }
  return describeSpeaker(text, items);
}

/**
 * A body named by its head and its own name, with the complement after ل that says what it does:
 * "شركة أرامكو"، "جامعة هارفارد"، "شركة بيكر هيوز لخدمات الطاقة"، "مركز بيو للأبحاث". Null when
 * the phrase does not open with the head of a body, or no name follows it ("حزب العمال" is read
 * as a construct by {@link describeSpeaker}).
 */
function bodyName(text: SpeakerText, items: readonly SpeakerItem[], lead: NameRun): SpeakerRange | null {
  const { tokens, lexicon } = text;
  const head = items[0]!;
  if (head.quoted || !mentionTables(lexicon).organisationHeads.has(withoutConjunction(tokens.text(head.k)))) return null;
  // The name runs up to a word after ل that opens a complement: لخدمات (before الطاقة)، للأبحاث.
  let to = 1;
  while (to <= lead.to && !opensComplement(text, items, to)) to++;
  if (to === 1) return null;
  // A construct goes on after the run: "مكتب تنسيق الشؤون الإنسانية"، "تحالف دعم الشرعية" are read whole by describeSpeaker.
  if (to > lead.to && (items[to]?.definite ?? false)) return null;
  let end = to - 1;
  if (to < items.length && opensComplement(text, items, to)) {
    end = to;
    while (end + 1 < items.length && end + 1 - to < DESCRIPTION_ITEMS && items[end + 1]!.definite && !items[end + 1]!.title && !items[end + 1]!.role) end++;
  }
  return { start: head.k, end: items[end]!.end, named: true, kind: 'organisation', role: null };
}

/** True when item `i` is ل and a definite noun, or ل and a noun a definite one follows: للأبحاث، لخدمات الطاقة (not لندن). */
function opensComplement(text: SpeakerText, items: readonly SpeakerItem[], i: number): boolean {
  const it = items[i]!;
  if (it.quoted || it.title || it.role || !text.tokens.text(it.k).startsWith(prepositionLi)) return false;
  return it.definite || (items[i + 1]?.definite ?? false);
}

/**
 * The office before a name, from the first title or role word up to the name:
 * "وزير الخارجية عادل الجبير" → وزير الخارجية. A rank right before the name after
 * an office stays out of it ("المتحدث باسم التحالف العقيد ريان ديلون" → المتحدث باسم التحالف).
 */
function roleBefore(text: SpeakerText, items: readonly SpeakerItem[], from: number, nameFrom: number): TokenRange | null {
  const { tokens, lexicon } = text;
  if (from < 0 || from >= nameFrom) return null;
  let to = nameFrom - 1;
  if (to > from && items[to]!.title && !items[from]!.title) to--;
  // The office runs up to the next item, past an affiliation the items skip ("العقيد في الجيش الأمريكي"),
  // without the comma or quotation mark before the name.
  let end = tokens.previous(items[to + 1]!.k);
  if (items[to + 1]!.quoted && isQuote(tokens, lexicon, end)) end = tokens.previous(end);
  while (end > items[from]!.k && tokens.isPunct(end) && lexicon.commas.has(tokens.text(end))) end = tokens.previous(end);
  return { start: items[from]!.k, end: (Math.max(end, items[from]!.end - 1) + 1) as TokenIndex };
}

/**
 * Where the name of a run ends: past a family name with the article that the person rule reads as part
 * of it ("وزير الخارجية عادل الجبير"، "الناطق باسم المفوضية محمد الحواري"), within the phrase and
 * before any office or quotation; else at the run's last word. Not `trusted` (no office before it), the
 * name must open with a given name of the tables ("عادل الجبير", not "فريق الرصد").
 */
function nameEnd(text: SpeakerText, items: readonly SpeakerItem[], run: NameRun, trusted = true): TokenIndex {
  const runEnd = items[run.to]!.end;
  // A verb's subject slot trusts the name rule; without an office the first word must be a listed given name.
  const name = personNameAt(text.tokens, text.lexicon, items[run.from]!.k, true);
  if (!name || name.end <= runEnd || (!trusted && !name.given)) return runEnd;
  let end = runEnd;
  for (let i = run.to + 1; i < items.length && items[i]!.end <= name.end; i++) {
    const it = items[i]!;
    // Only a family name with the article: a word the run left out for what it is (حكوميون) stays out.
    if (it.title || it.role || it.quoted || !it.definite) break;
    end = it.end;
  }
  return end;
}

/** Most words of an office's complement before the place or body that ends it: "رئيس وزراء بريطانيا", "وزير خارجية كوريا الشمالية". */
const OFFICE_COMPLEMENT_WORDS = 3;

/**
 * The items that complete an office with a known place or body written without the article, up to
 * it, or with a place's head and the one word of its name: "رئيس وزراء بريطانيا تيريزا ماي"، "عمدة لندن
 * صادق خان"، "حاكم ولاية دورانغو خوسيه إسبورو" — the words between the office and the place are its
 * construct (وزراء), and the place is no word of the name.
 */
function officeComplements(text: SpeakerText, items: readonly SpeakerItem[]): boolean[] {
  const { tokens, lexicon } = text;
  const { known, placeHeads } = mentionTables(lexicon);
  const complement = items.map(() => false);
  let office = -1;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.title || it.role) {
      office = i;
      continue;
    }
    if (office < 0 || it.quoted || it.definite || i - office > OFFICE_COMPLEMENT_WORDS) continue;
    const m = known.matchAt(tokens, it.k);
    // Or a place's head and its name, which no table may know: "حاكم ولاية دورانغو خوسيه إسبورو"، "محافظ مدينة الموصل".
    const head = m ? null : placeHeads.matchAt(tokens, it.k);
    const named = head && head.clitic === 0 && i + 1 < items.length && !items[i + 1]!.quoted && !items[i + 1]!.title && !items[i + 1]!.role;
    if (!(m && m.skip === 0 && m.entry.type !== 'person') && !named) continue;
    let between = true;
    for (let j = office + 1; j < i; j++) if (items[j]!.quoted || items[j]!.definite || complement[j]) between = false;
    if (!between) continue;
    const end = m ? m.end : items[i + 1]!.end;
    for (let j = office + 1; j < items.length && items[j]!.k < end; j++) complement[j] = true;
    office = -1;
  }
  return complement;
}

/** The final ه of a loan name written so (خوسيه), where the feminine adjective has ة (أمنية). */
const LOAN_HEH = 'ه';

/** Runs of name words: not definite, not a title or role, not a connector or a demonym; a quoted name is a run of its own. */
function nameRuns(text: SpeakerText, items: readonly SpeakerItem[]): NameRun[] {
  const { tokens, lexicon } = text;
  const runs: NameRun[] = [];
  const ofOffice = officeComplements(text, items);
  let from = -1;
  const joiners = lexicon.nameJoiners;
  const heads = mentionTables(lexicon).organisationHeads;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const word = it.quoted ? '' : tokens.text(it.k);
    // A feminine or plural adjective of relation (أمنية، كنديون), not a loan name in يه as written: خوسيه، أوليفيه.
    const relationAdjective = !it.quoted && lexicon.isPluralRelationAdjective(word) && !tokens.originalText(it.k, it.end).endsWith(LOAN_HEH);
    const next = i + 1 < items.length ? items[i + 1] : undefined;
    const prev = i > 0 ? items[i - 1] : undefined;
    // Arab given names may carry the article: "الأمير الوليد بن طلال", "الحسن بن علي" — after a title, or before بن/أبو.
    // A definite word ending as an adjective of relation (الأمريكي، البريطانية) is no given name.
    const definiteGivenName =
      it.definite &&
      !it.title &&
      !it.role &&
      !lexicon.isRelationAdjective(word) &&
      !relationAdjective &&
      next !== undefined &&
      !next.quoted &&
      (joiners.has(tokens.text(next.k)) || (prev?.title === true && !next.definite && !next.role && !next.title));
    // The word after a joiner belongs to the name, article and all: "رامي عبد الرحمن"، "أبو الفضل".
    const afterJoiner = it.definite && !it.title && !it.role && prev !== undefined && !prev.quoted && joiners.has(tokens.text(prev.k));
    // ل before a definite word opens a complement ("المفوضية السامية لشؤون اللاجئين") or names whom the
    // speaker addresses ("غندور لأعضاء البرلمان"), never a name — unless the word is a known name as
    // written, not completing the definite words before it: "جان إيف لودريان الجمعة".
    const completes = prev !== undefined && !prev.quoted && (prev.definite || prev.role || prev.title);
    const complement =
      !it.quoted && !it.definite && word.startsWith(prepositionLi) && (next?.definite ?? false) && !(next?.title ?? false) && !(next?.role ?? false) &&
      (completes || mentionTables(lexicon).known.matchAt(tokens, it.k)?.skip !== 0);
    // A body's head behind ب is where an unnamed source works, never a name: "مسؤول بوزارة الدفاع".
    const affiliation = !it.quoted && !it.definite && word.startsWith(prepositionBi) && heads.has(word.slice(prepositionBi.length));
    const nameWord =
      it.quoted ||
      definiteGivenName ||
      afterJoiner ||
      (!it.definite && !it.title && !it.role && !complement && !affiliation && !ofOffice[i] && !lexicon.nameBreakers.has(word) && !lexicon.units.isDemonym(word) && !relationAdjective);
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
  }
  if (from >= 0) runs.push({ from, to: items.length - 1 });
  // A body's head alone after other words names no one: "المتحدث باسم وزارة الدفاع" speaks for the ministry
  // (with its own name it is a run as before: "رئيس لجنة نوبل").
  return runs.filter((r) => !(r.from > 0 && r.from === r.to && !items[r.from]!.quoted && heads.has(tokens.text(items[r.from]!.k))));
}

function lastIndexWhere<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}
