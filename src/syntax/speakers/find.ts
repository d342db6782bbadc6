/**
 * The rule that finds where a text names who speaks, sentence by sentence: an
 * attribution (بحسب، وفق، نقلا عن), a reporting verb and the phrase after it (قال
 * المتحدث …), a verb after its subject ("التحالف الدولي يكشف"), a relaying verb and
 * its source after عن, and a headline colon ("التحالف: …"). The phrases themselves
 * are read by {@link SpeakerReader}.
 */
import type { TextDocument } from '../../numbers/document.js';
import { type TokenIndex } from '../../text/coordinates.js';
import { liArticle, prepositionLi } from '../../text/clitics.js';
import { foldWord } from '../../text/fold.js';
import type { SyntaxLexicon } from '../lexicon.js';
import { opensPhrase } from '../phrases.js';
import { structureOf } from '../structure.js';
import { SpeakerReader } from './reader.js';
import type { SpeakerMention, SpeakerRange } from './types.js';

/** Most words between نقل and the عن that names its source: "نقلت الصحيفة، قبل أيام، عن مسؤولين". */
const SOURCE_REACH = 12;

/** The pronoun of a verb's object, folded: ذكرته، أعلنها. */
const OBJECT_PRONOUN = /(?:ها|ه)$/u;

/** Fewest letters of a verb's stem before its pronoun when no table lists it: نشرته (نشرت). */
const VERB_STEM_LETTERS = 4;

/**
 * True when folded `word`, after ما, can be its verb: a word with no pronoun ("ما شرح"، "ما جاء"), or a verb
 * with the pronoun of its object — a reporting verb ("ذكرته" = ذكرت + ه، "قاله") or a stem of four letters
 * or more ("لما نشرته الشركة"). "ما لديه من معلومات" and "ما عليه الحال" hold a preposition of three
 * letters with its pronoun, not a verb.
 */
function verbAfterRelative(lexicon: SyntaxLexicon, word: string): boolean {
  const stem = word.replace(OBJECT_PRONOUN, '');
  return stem === word || lexicon.verbForms.has(stem) || stem.length >= VERB_STEM_LETTERS;
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
  const { sentences } = structure;
  for (let sentence = 0; sentence < sentences.length; sentence++) {
    const s = sentences[sentence]!;
    const paragraph = structure.paragraphOf[s.start]!;
    const headline = reader.headline(s.start, s.end);
    if (headline) out.push({ at: headline.end, sentence, paragraph, entity: headline, kind: 'headline', opensSentence: true });
    /** True once the sentence has a verb that names its speaker (kept as a flag: a sentence may hold thousands of mentions). */
    let spoken = false;
    for (let k = s.start; k < s.end; k++) {
      // Attributions and reporting verbs are phrase tables: a word that opens no phrase is neither.
      if (!opensPhrase(tokens, k)) continue;
      const attribution = lexicon.attributions.matchAt(tokens, k);
      if (attribution) {
        let from = attribution.end;
        // "بحسب ما قال الناطق", "حسبما ذكرت الوكالة", "بحسب ما نقلت وكالة الأناضول": skip ما and the verb.
        let verb = tokens.next((from - 1) as TokenIndex);
        const relative = verb >= 0 && lexicon.attributionRelatives.has(tokens.text(verb));
        if (relative) verb = tokens.next(verb);
        // After the relative comes its verb, a verb of saying or any other ("بحسب ما شرح مصدر عسكري"), with the
        // pronoun of what it says or not ("وفقا لما ذكرته وزارة الصحة") — but no particle or preposition with
        // its pronoun: "بحسب ما لديه من معلومات" names no source.
        const relativeVerb = relative && tokens.isWord(verb) && !lexicon.isSpeakerStop(tokens, verb) && verbAfterRelative(lexicon, tokens.text(verb));
        const saying = verb >= 0 && (relativeVerb || lexicon.verbs.has(tokens, verb) || lexicon.fromVerbs.has(tokens, verb));
        if (saying) from = ((verb + 1) as TokenIndex);
        // "بحسب ما صرح به وزير البترول": the pronoun of what is said stands before the speaker (not after a
        // verb of relaying, whose عنه is the source: "بحسب ما نقلت عنه الوكالة").
        const object = tokens.next(verb);
        if (relativeVerb && object >= 0 && lexicon.relativeVerbObjects.has(tokens.text(object)) && !lexicon.fromVerbs.has(tokens, verb)) from = ((object + 1) as TokenIndex);
        // A relative with no verb of saying after it names no source: "بحسب ما لديه من معلومات".
        const chosen = relative && !saying ? null : reader.choose(reader.collect(from, s.end));
        // "وفقا لوزارة الصحة": the ل of the attribution is glued to its source, and no part of it (not
        // with the article, "للأمم المتحدة", where the two cannot be cut apart in the text).
        const source = tokens.nextWord((from - 1) as TokenIndex);
        const gluedLi =
          chosen !== null && chosen.start === source && !saying && lexicon.attributionsBeforeLi.has(foldWord(attribution.entry)) && gluedToLi(tokens.text(source));
        const entity = gluedLi ? { ...chosen, skip: prepositionLi.length } : chosen;
        const before = tokens.previous(k);
        // "…، وبحسب مراسلنا أن …" opens a clause of its own (the attribution carries و or ف).
        const ownClause = attribution.clitic > 0;
        if (ownClause || !(spoken && embedded(document, lexicon, s.end, k, entity))) {
          out.push({ at: k, sentence, paragraph, entity, kind: 'attribution', opensSentence: k === s.start, afterComma: tokens.isPunct(before) && lexicon.commas.has(tokens.text(before)) });
        }
        k = ((Math.max(attribution.end, from) - 1) as TokenIndex);
        continue;
      }
      const reporting = lexicon.verbs.matchAt(tokens, k);
      const relays = lexicon.fromVerbs.has(tokens, k);
      if (!(reporting && reporting.end === k + 1) && !relays) continue;
      // After a preposition the verb's form is its verbal noun: "تحت زعم تهديد الواردات"، "بعد نشر الصحيفة".
      if (verbalNoun(document, lexicon, k)) continue;
      const record = reporting?.entry.definiteSubject === true;
      let entity = reader.choose(reader.collect(reader.afterAddressee((k + 1) as TokenIndex), s.end));
      // Verbs of record take an object after them ("سجلت البلاد رقماً قياسياً"): their subject holds a definite noun or is a document.
      if (entity && record && !reader.canRecord(entity, k)) entity = null;
      // A verb whose subject is followed by a figure is no reporting verb: "وأضافت شركات الطاقة 15 منصة" (added, not said).
      // (Not after a person's name, which may run on to the figure: "وأعلن الأمير … شراء حصة بقيمة 950 مليون".)
      if (entity && !record && entity.kind !== 'person' && reader.figureAfter(entity.start, entity.end)) continue;
      let relayed = false;
      if (relays) {
        // "نقلت الصحيفة، قبل أيام، عن مسؤولين أميركيين": the source follows عن.
        for (let j = (k + 1) as TokenIndex, n = 0; j < s.end && n < SOURCE_REACH; j++) {
          if (!tokens.isWord(j)) continue;
          n++;
          if (lexicon.relaySources.has(tokens.text(j))) {
            entity = reader.choose(reader.collect((j + 1) as TokenIndex, s.end)) ?? entity;
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
      if (relays && !relayed && spoken && embedded(document, lexicon, s.end, k, entity)) continue;
      out.push({ at: k, sentence, paragraph, entity, kind: 'verb', opensSentence: k === s.start });
      if (entity) spoken = true;
    }
  }
  // A headline colon is recorded after the words before it: keep reading order for the index's binary searches.
  return out.sort((a, b) => a.at - b.at);
}

/** True when the word before the verb form at `k`, with nothing between, takes only a noun: "تحت زعم". */
function verbalNoun(document: TextDocument, lexicon: SyntaxLexicon, k: TokenIndex): boolean {
  const { tokens } = document;
  const before = tokens.previous(k);
  return before >= 0 && tokens.isWord(before) && lexicon.verbalNounOpeners.has(tokens.text(before));
}

/**
 * True when the source at `at` is embedded in what the sentence's speaker says, once a verb has
 * named that speaker: a source it cites or is relayed by does not speak over it. "وذكرت المنظمة
 * في تقرير، بحسب ما نقلت وكالة الأناضول، أنه …" is the organisation's; "قال المتحدث … إنه بحسب
 * الحصيلة الأولية قد يكون هناك 85 مصاباً" the spokesman's.
 */
function embedded(document: TextDocument, lexicon: SyntaxLexicon, sentenceEnd: TokenIndex, at: TokenIndex, entity: SpeakerRange | null): boolean {
  const { tokens } = document;
  const before = tokens.previousWord(at);
  if (before >= 0 && lexicon.speechParticles.has(tokens.text(before))) return true;
  if (!entity) return false;
  let after = tokens.next((entity.end - 1) as TokenIndex);
  while (after >= 0 && after < sentenceEnd && tokens.isPunct(after)) after = tokens.next(after);
  return tokens.isWord(after) && lexicon.speechParticles.has(tokens.text(after));
}

/** Fewest letters of a word with ل glued before it: لوزارة، لبيانات (not لها). */
const GLUED_LI_LETTERS = 4;

/** True when folded `word` is ل glued to a word without the article: لوزارة (not للأمم). */
function gluedToLi(word: string): boolean {
  return word.length >= GLUED_LI_LETTERS && word.startsWith(prepositionLi) && !word.startsWith(liArticle);
}
