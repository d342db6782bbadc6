import type { TokenRange } from '../../text/coordinates.js';
import { isDefinite, withoutConjunction } from '../../text/clitics.js';
import type { ParsedNumber } from '../../numbers/grammar.js';
import type { ClaimContext } from '../context.js';
import { personNameAt } from '../../syntax/mentions.js';
import { phraseEndingAt } from './value-owner.js';

/** Most words of a cue of age read back from the number: "البالغ من العمر". */
const AGE_CUE_WORDS = 3;
/** Most words of a person's name read back from the brackets or the cue of age. */
const NAME_WORDS = 5;
/** Commas between a name and the cue of its age in apposition. */
const COMMAS = '،,';

/**
 * Whose an age is: the name before the brackets ("وأصبح رونالدو (33 عاما)" → رونالدو), before a cue of
 * age in apposition ("وفاز رونالدو، البالغ من العمر 33 عاما"), or just before a number printed with
 * mirrored brackets ("عقد رونالدو 33) عاما)"). Reports of one person then give one age, and two people
 * of one age stay apart.
 */
export function ageOwner(c: ClaimContext, n: ParsedNumber): TokenRange | null {
  const { tokens, lexicon } = c;
  let anchor = n.start;
  const before = tokens.previous(n.start);
  if (tokens.isPunct(before, '(')) anchor = before;
  else {
    for (let k = before, words = 0; k >= 0 && tokens.isWord(k) && words < AGE_CUE_WORDS; k = tokens.previous(k), words++) {
      if (lexicon.ageCues.has(tokens, k)) anchor = k;
    }
    // The owner between the cue and the number: "ألا يتجاوز عمر المتقدم 33 سنة" (عمر in construct with it),
    // "عمر المتقدم عن 35 سنة" — a definite word after the cue that is no cue itself ("البالغ من العمر"،
    // "البالغ عمره" have none).
    const head = tokens.nextWord(anchor);
    if (anchor !== n.start && head >= 0 && head < n.start && isDefinite(tokens.text(head)) && !lexicon.ageCues.has(tokens, head)) return c.nounPhrase(head);
    const comma = tokens.previous(anchor);
    if (anchor !== n.start && tokens.isPunct(comma, COMMAS)) anchor = comma;
  }
  const last = tokens.previousWord(anchor);
  // "مدرب لا يتجاوز عمره 40 سنة": a bound verb before the cue opens the clause, and the owner, if any,
  // stands before it out of reach.
  if (last < 0 || lexicon.boundsBefore.matchEndingAt(tokens, last)) return null;
  // A person's name first, with its بن chain ("عمر عجلة بن زكي (65 عاما)"), else the noun phrase.
  let name: TokenRange | null = null;
  for (let k = last, words = 0; k >= 0 && words < NAME_WORDS; k = tokens.previousWord(k), words++) {
    const reading = personNameAt(tokens, c.syntax, k, false);
    if (reading && reading.end === last + 1 && reading.skip === 0) name = { start: reading.start, end: reading.end };
  }
  const owner = name ?? phraseEndingAt(c, anchor);
  // A lone letter is an initial ("حسين. أ، يبلغ من العمر 24 عامًا"), and a lone counted noun of the tables
  // names nobody ("وقدم اللاعب البالغ من العمر 22 عاما"، "رجل (40 عاما)"): no owner. Two stories of two
  // players of 22 and 28 would otherwise give one player two ages; without an owner the age waits for a
  // story of its own to join.
  const one = owner !== null && owner.end - owner.start === 1;
  return !owner || (one && (tokens.text(owner.start).length < 2 || c.syntax.units.tableUnitAt(tokens, owner.start, true)?.kind === 'count' || clauseWord(c, tokens.text(owner.start)))) ? null : owner;
}

/**
 * True for a lone word that opens the clause of the age rather than naming its owner: a function word or
 * copula, behind و or ف or not ("وكان عمره 12 سنة"، "عندما كان عمرها"). The owner stands further back,
 * or the age has none. A lone indefinite word behind و stays a name: "وليد (33 عاما)".
 */
function clauseWord(c: ClaimContext, word: string): boolean {
  return c.isStopWord(word) || c.isStopWord(withoutConjunction(word));
}
