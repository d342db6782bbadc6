/**
 * Vague quantities with something counted after them: "عشرات الآلاف من
 * المدنيين", "مئات الأشخاص". The word gives the interval; there is no point value.
 */
import type { Claim, ClaimUnit } from '../model.js';
import { entityRef } from '../syntax/noun-phrase.js';
import { isDefinite, prepositionClitics, withoutArticle } from '../text/clitics.js';
import { type TokenIndex } from '../text/coordinates.js';
import type { PhraseMatch } from '../syntax/phrases.js';
import type { VagueQuantity } from './lexicon/bounds.js';
import { foldWord } from '../text/fold.js';
import { buildClaim } from './build.js';
import { SEARCH_REACH, type ClaimContext } from './context.js';
import { readModality } from './modality.js';
import { readPredicate } from './predicate.js';
import { readSpeaker } from './speaker.js';
import type { ClaimDraft } from './draft.js';
import { incidentSubject } from './subject/incident.js';
import { ownerOfUnit } from './subject/owner-after.js';
import { readTime } from './time.js';
import { unitRef, withCoordinate } from './unit.js';
import type { UnitReading } from '../syntax/units.js';


/** Every vague claim of the text, in reading order. */
export function vagueClaims(c: ClaimContext): Claim[] {
  const { tokens, lexicon, syntax } = c;
  const out: Claim[] = [];
  for (let k = 0 as TokenIndex; k < tokens.length; k++) {
    if (!tokens.isWord(k) || c.isNumberToken(k)) continue;
    const m = lexicon.vague.matchAt(tokens, k) ?? definiteVague(c, k);
    if (!m) continue;
    // "مئات الأشخاص" (construct with a definite noun) or "عشرات الآلاف من المدنيين" (partitive).
    const head = tokens.nextWord((m.end - 1) as TokenIndex);
    const partitive = head >= 0 && c.lexicon.links.of.has(tokens.text(head));
    const counted = partitive ? tokens.nextWord(head) : head;
    const noun = syntax.units.tableUnitAt(tokens, counted, true) ?? soundPlural(c, counted);
    // "عشرات من الرجال والصبية": two nouns counted together.
    const unit = noun && withCoordinate(c, noun);
    // "بضعة أسابيع" is a duration, not a figure.
    const time = unit && (c.inTime(unit.start, unit.end) || lexicon.dates.durationUnit.has(tokens.text((unit.end - 1) as TokenIndex)));
    // "وإصابة عشرات آخرين": a word that refers back makes it a figure of the noun counted just before.
    const others = !unit && !time ? othersAfter(c, m) : null;
    // With nothing counted after it, only a definite or governed word is a figure: "تودي بحياة العشرات",
    // "الملايين معرضون للخطر", "لعشرات".
    if (time || (!unit && !others && !standsAlone(c, k, m))) {
      k = ((m.end - 1) as TokenIndex);
      continue;
    }
    const end = unit ? unit.end : others ? others.end : m.end;
    const span = c.span(k, end, cliticBefore(c, k, m));
    const predicate = readPredicate(c, k, end);
    const ref = unit ? unitRef(c, unit, false) : (others?.unit ?? null);
    // "مقتل العشرات في تحطم طائرة": a toll with no owner is of the incident its sentence names, read as a
    // figure's is (the rule reads only the draft's unit, predicate, subject and tokens).
    const incident = { unitRef: ref, predicate, subject: null, start: k, end } as Pick<ClaimDraft, 'unitRef' | 'predicate' | 'subject' | 'start' | 'end'>;
    const owner = (unit ? ownerOfUnit(c, unit, false) : null) ?? incidentSubject(c, incident as ClaimDraft);
    out.push(
      buildClaim({
        span,
        text: c.textOf(span),
        value: null,
        min: m.entry.min,
        max: m.entry.max,
        bound: 'vague',
        unit: ref,
        subject: owner ? entityRef(tokens, syntax, owner) : null,
        speaker: readSpeaker(c, k, end),
        predicate: predicate?.entry ?? null,
        changeDetail: null,
        modality: readModality(c, k),
        time: readTime(c, k, end),
        sentence: c.span(c.sentenceAround(k).start, c.sentenceAround(k).end),
      }),
    );
    k = ((end - 1) as TokenIndex);
  }
  return out;
}

/** Most tokens read back from "عشرات آخرين" for the figure whose counted noun it takes. */
const OTHERS_REACH = 2 * SEARCH_REACH;

/**
 * "أفادت تقارير بمقتل 37 شخصا … وقالت وسائل إعلام إن عشرات آخرين لا يزالون
 * مفقودين": a vague word with a word that refers back after it (آخرين، منهم)
 * counts the noun of the nearest figure before it in its paragraph. Returns
 * that unit and the token after the word that refers back, or null.
 */
function othersAfter(c: ClaimContext, m: PhraseMatch<VagueQuantity>): { unit: ClaimUnit; end: TokenIndex } | null {
  const { tokens, lexicon, syntax } = c;
  const next = tokens.nextWord((m.end - 1) as TokenIndex);
  if (next < 0 || !lexicon.elisionAfter.has(tokens, next)) return null;
  const paragraph = c.paragraphOf(m.start);
  for (let k = (m.start - 1) as TokenIndex; k >= 0 && k >= m.start - OTHERS_REACH && c.paragraphOf(k) >= paragraph - 1; k--) {
    if (!c.isNumberToken(k) || c.inTime(k, (k + 1) as TokenIndex)) continue;
    const noun = syntax.units.tableUnitAt(tokens, tokens.nextWord(k), true);
    if (noun && noun.kind === 'count') return { unit: unitRef(c, noun, false), end: (next + 1) as TokenIndex };
  }
  return null;
}

/** Endings of sound masculine plurals: الناشطين، الدبلوماسيون. */
const SOUND_PLURAL = /(?:ين|ون)$/u;
/** Fewest letters of such a plural without its article: اليمنيين, not البنين. */
const SOUND_PLURAL_LETTERS = 5;

/**
 * "عشرات الدبلوماسيين الروس", "آلاف الناشطين": a definite sound plural the
 * tables do not know, counted after a vague word, read by regular morphology
 * as numbers' counted nouns are ("60 دبلوماسيا").
 */
function soundPlural(c: ClaimContext, k: TokenIndex): UnitReading | null {
  const { tokens } = c;
  if (k < 0 || !tokens.isWord(k) || tokens.isForeign(k) || c.isNumberToken(k)) return null;
  const word = tokens.text(k);
  if (!isDefinite(word)) return null;
  const bare = withoutArticle(word);
  if (bare.length < SOUND_PLURAL_LETTERS || !SOUND_PLURAL.test(bare) || c.isStopWord(bare) || c.lexicon.dates.durationUnit.has(bare)) return null;
  const lemma = c.syntax.units.regularLemma(bare);
  return { start: k, end: (k + 1) as TokenIndex, lemma, singular: lemma, kind: 'count', construct: false };
}

/** A vague quantity of one word written with the article: "العشرات", "بالآلاف", "الملايين". */
function definiteVague(c: ClaimContext, k: TokenIndex): PhraseMatch<VagueQuantity> | null {
  const entry = c.lexicon.definiteVagueWords.get(c.tokens.text(k));
  return entry ? { entry, start: k, end: (k + 1) as TokenIndex, clitic: 0 } : null;
}

/**
 * True when a vague quantity with no noun after it is a figure by itself: ending
 * in the article (العشرات، الملايين، عشرات الآلاف) or with a preposition glued to
 * it (لعشرات، بالآلاف).
 */
function standsAlone(c: ClaimContext, k: TokenIndex, m: PhraseMatch<VagueQuantity>): boolean {
  const { tokens, lexicon } = c;
  // "آلاف السنين": a noun of time after it makes a duration.
  const next = tokens.nextWord((m.end - 1) as TokenIndex);
  if (next >= 0 && (lexicon.dates.durationUnit.has(tokens.text(next)) || lexicon.dates.durationUnit.has(withoutArticle(tokens.text(next))))) return false;
  // The article of the word itself, not letters of the entry: آلاف folds to الاف, which is no article.
  const last = tokens.text((m.end - 1) as TokenIndex);
  const entryLast = foldWord(m.entry.phrase).split(' ').at(-1);
  const definite = isDefinite(last) && (last !== entryLast || m.end - 1 > k);
  return definite || cliticBefore(c, k, m) > 0;
}

/** Shadow characters of a preposition glued to the vague word, left out of the claim ("لعشرات" → "عشرات"). */
function cliticBefore(c: ClaimContext, k: TokenIndex, m: PhraseMatch<VagueQuantity>): number {
  return m.clitic > 0 && prepositionClitics.includes(c.tokens.text(k)[0]!) ? m.clitic : 0;
}
