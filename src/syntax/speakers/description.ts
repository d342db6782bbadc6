/**
 * A speaker phrase that names no one: a document and its author ("بيانات مجلس
 * التنمية الاقتصادية"، "دراسة أجراها مكتب الإحصاءات"), an unnamed source with its
 * adjectives ("مصادر أمنية عراقية"), a body ("وزارة الصحة"), or an office with no
 * name ("المتحدث باسم الجيش").
 */
import { article, conjunctionAnd, isDefinite, prepositionBi, prepositionLi, withoutArticle } from '../../text/clitics.js';
import { type TokenIndex, type TokenRange } from '../../text/coordinates.js';
import { mentionTables } from '../mentions/tables.js';
import { nounPhraseAt } from '../noun-phrase.js';
import { DESCRIPTION_ITEMS, type SpeakerItem, type SpeakerRange, type SpeakerText } from './types.js';

/** Most adjectives read after an unnamed source: "مصادر أمنية عراقية مطلعة". */
const ANONYMOUS_ADJECTIVES = 3;

/**
 * A document as a speaker, with its construct complement or its adjectives: "بيانات مجلس التنمية
 * الاقتصادية"، "البيانات الرسمية"، "أرقام رسمية". One that names its author, or is definite,
 * is a body's (kind `organisation`); an indefinite one with no author is an unnamed source.
 */
export function documentSpeaker(text: SpeakerText, k: TokenIndex): SpeakerRange {
  const { tokens, lexicon } = text;
  const np = nounPhraseAt(tokens, lexicon, k, (w) => lexicon.speakerStops.has(w));
  let end = np ? np.end : ((k + 1) as TokenIndex);
  if (end === k + 1) end = adjectivesAfter(text, end);
  // A document of its author, after its adjectives: "تقارير سابقة للصحة العالمية" is the WHO's.
  for (let j = tokens.next(k); j >= 0 && j < end && tokens.isWord(j); j = tokens.next(j)) {
    const w = tokens.text(j);
    if (w.startsWith(prepositionLi) && w.length > 3 && !lexicon.isAddressee(w) && namesBody(text, j)) {
      const owner = nounPhraseAt(tokens, lexicon, j, (x) => lexicon.speakerStops.has(x));
      return { start: j, end: owner ? owner.end : ((j + 1) as TokenIndex), named: true, kind: 'organisation', role: null };
    }
    if (!lexicon.endsAsAdjective(w)) break;
  }
  // Its author after it, where the phrase read so far may have taken the link for an adjective:
  // "دراسة أجراها مكتب الإحصاءات للوزارات الاجتماعية"، "الدراسة الصادرة عن الوزارة".
  const last = tokens.next((end - 1) as TokenIndex);
  for (let j = tokens.next(k); j >= 0 && (j < end || j === last); j = tokens.next(j)) {
    const link = tokens.isWord(j) ? lexicon.authorLinks.matchAt(tokens, j) : null;
    if (!link) continue;
    const author = nounPhraseAt(tokens, lexicon, tokens.next((link.end - 1) as TokenIndex), (w) => lexicon.speakerStops.has(w));
    if (author) return { start: k, end: author.end, named: false, kind: 'organisation', role: null };
    break;
  }
  // A bare article before a number belongs to the number: "التقرير الـ 51" is التقرير.
  if (end - 1 > k && tokens.text((end - 1) as TokenIndex) === article) end = ((tokens.previous((end - 1) as TokenIndex) + 1) as TokenIndex);
  // A definite document is one the text has named ("التقرير"، "البيان"), or names its author.
  let authored = isDefinite(tokens.text(k));
  for (let j = tokens.next(k); j >= 0 && j < end; j = tokens.next(j)) {
    if (tokens.isWord(j) && isDefinite(tokens.text(j)) && !lexicon.isPluralRelationAdjective(tokens.text(j))) authored = true;
  }
  return { start: k, end, named: false, kind: authored ? 'organisation' : 'anonymous', role: null };
}

/**
 * True when the word at `k`, behind its ل, names a body that can own a document: a known name
 * ("تقرير للأمم المتحدة"), the head of a body ("تقارير سابقة لمنظمة الصحة العالمية"،
 * "دراسة لجامعة هارفارد") or a word with no article ("بيان لرئاسة أمن الدولة"، "تقرير لرويترز").
 * A definite common noun after ل is the document's own complement, not its author: "استطلاع
 * للرأي" is an opinion poll, "مسح للسكان" a survey of the population.
 */
function namesBody(text: SpeakerText, k: TokenIndex): boolean {
  const { tokens, lexicon } = text;
  const tables = mentionTables(lexicon);
  const known = tables.known.matchAt(tokens, k);
  if (known && (known.entry.type !== 'person')) return true;
  // لمنظمة → منظمة، للجنة → لجنة (ل + ال written لل).
  const word = tokens.text(k).slice(prepositionLi.length);
  if (tables.organisationHeads.has(word) || (word.startsWith(prepositionLi) && tables.organisationHeads.has(word.slice(prepositionLi.length)))) return true;
  // A name or the head of a construct, with no article: "تقرير لرويترز"، "بيان لرئاسة أمن الدولة".
  return !isDefinite(tokens.text(k));
}

/**
 * The end of a construct whose complement goes on with و: "وكالة إدارة الحرائق والكوارث"،
 * "وزارة العمل والشؤون الاجتماعية". Only after an indefinite head, and not before an office
 * ("رئيس الوزراء والوزير …" is two people).
 */
function coordinatedEnd(text: SpeakerText, np: TokenRange): TokenIndex {
  const { tokens, lexicon } = text;
  let end = np.end;
  if (isDefinite(tokens.text(np.start)) || np.end - np.start < 2) return end;
  const j = tokens.next((end - 1) as TokenIndex);
  if (!tokens.isWord(j)) return end;
  const w = tokens.text(j);
  if (!w.startsWith(conjunctionAnd + article) || lexicon.roles.has(w.slice(1)) || lexicon.titles.matchAt(tokens, j) || lexicon.isSpeakerStop(tokens, j)) return end;
  end = ((j + 1) as TokenIndex);
  for (let n = tokens.next(j), words = 0; words < DESCRIPTION_ITEMS && tokens.isWord(n) && isDefinite(tokens.text(n)) && !lexicon.isSpeakerStop(tokens, n); n = tokens.next(n), words++) {
    end = ((n + 1) as TokenIndex);
  }
  return end;
}

/** The end of the adjectives after a phrase ending before `end`: "مصادر أمنية عراقية"، "أرقام رسمية". */
function adjectivesAfter(text: SpeakerText, end: TokenIndex): TokenIndex {
  const { tokens, lexicon } = text;
  for (let j = tokens.next((end - 1) as TokenIndex), words = 0; tokens.isWord(j) && words < ANONYMOUS_ADJECTIVES; j = tokens.next(j), words++) {
    if (lexicon.isSpeakerStop(tokens, j) || lexicon.verbs.has(tokens, j) || !lexicon.endsAsAdjective(tokens.text(j))) break;
    end = ((j + 1) as TokenIndex);
  }
  return end;
}

/**
 * The end of the body an unnamed source belongs to, after its preposition of affiliation (في, or ب
 * glued to the body's head), or `end`: "مسؤول في وزارة الخارجية"، "مسؤول بوزارة الدفاع"، "مصدر في
 * الشرطة العراقية". Only a body: a known one or an organisation's head ("مسؤول في الأيام الأخيرة"
 * names none).
 */
function affiliationAfter(text: SpeakerText, end: TokenIndex): TokenIndex {
  const { tokens, lexicon } = text;
  const tables = mentionTables(lexicon);
  const j = tokens.next((end - 1) as TokenIndex);
  if (!tokens.isWord(j)) return end;
  let body = j;
  if (lexicon.affiliationPrepositions.has(tokens.text(j))) {
    body = tokens.nextWord(j);
    if (body < 0) return end;
  } else if (!tokens.text(j).startsWith(prepositionBi)) return end;
  // "بوزارة": the head behind the glued ب; after في, a known body too ("في البيت الأبيض").
  const word = body === j ? tokens.text(body).slice(prepositionBi.length) : tokens.text(body);
  const known = body === j ? null : tables.known.matchAt(tokens, body);
  if (!tables.organisationHeads.has(word) && !tables.organisationHeads.has(withoutArticle(word)) && known?.entry.type !== 'organization') return end;
  const np = nounPhraseAt(tokens, lexicon, body, (w) => lexicon.speakerStops.has(w));
  return np ? np.end : ((body + 1) as TokenIndex);
}

/**
 * The description: a role and what follows it ("المتحدث باسم التحالف الدولي", six words at
 * most), an unnamed source ("مصادر أمنية", "مسؤول أمريكي"), or else the noun phrase the
 * speaker phrase starts with ("فريق الرصد", "وزارة الصحة").
 */
export function describeSpeaker(text: SpeakerText, items: readonly SpeakerItem[]): SpeakerRange {
  const { tokens, lexicon } = text;
  const first = items[0]!;
  const source = first.definite ? null : lexicon.anonymous.matchAt(tokens, first.k);
  const anonymous = source !== null;
  if (source) {
    // "مصادر أمنية عراقية", "وسائل إعلام": the source and the adjectives after it, and the body it is of
    // ("مسؤول بوزارة الدفاع" before "بوزارة" is taken for an adjective, "مسؤول أمريكي في وزارة الخارجية").
    const body = affiliationAfter(text, source.end);
    return { start: first.k, end: body > source.end ? body : affiliationAfter(text, adjectivesAfter(text, source.end)), named: false, kind: 'anonymous', role: null };
  }
  if (!first.role && !first.title) {
    const np = nounPhraseAt(tokens, lexicon, first.k, (w) => lexicon.speakerStops.has(w));
    if (np) return { start: np.start, end: coordinatedEnd(text, np), named: false, kind: anonymous ? 'anonymous' : 'organisation', role: null };
  }
  const last = Math.min(items.length, DESCRIPTION_ITEMS) - 1;
  const phrase = { start: first.k, end: items[last]!.end };
  // An office with no name ("المتحدث باسم الجيش") is a person the text does not name; an indefinite one ("مسؤول أمريكي") an unnamed source.
  return anonymous ? { start: phrase.start, end: phrase.end, named: false, kind: 'anonymous', role: null } : { start: phrase.start, end: phrase.end, named: false, kind: 'person', role: phrase };
}
