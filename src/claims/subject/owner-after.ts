import type { UnitReading } from '../../syntax/units.js';
import { article, conjunctionAnd, isDefinite, withoutArticle, withoutConjunction } from '../../text/clitics.js';
import { type TokenRange, type TokenIndex } from '../../text/coordinates.js';
import type { ClaimContext } from '../context.js';
import { isFraction, type ClaimDraft } from '../draft.js';
import { FEMININE_PAST, PLURAL_VERB } from '../../syntax/verb-shapes.js';


/**
 * The owner after a counted noun: "مقاتلاً من تنظيم الدولة" (partitive), "مقاتلي
 * البشمركة" (construct), "ثلث الأراضي" (a fraction in construct), "جندي أميركي"
 * (a nationality). Measures (من الأراضي) and places (من قبضة التنظيم) own nothing.
 */
export function ownerAfter(c: ClaimContext, d: ClaimDraft): TokenRange | null {
  const unit = d.unit;
  if (!unit || d.subject) return d.subject;
  return ownerOfUnit(c, unit, isFraction(d));
}

/** The owner after `unit` (shared with vague claims: "عشرات الآلاف من المدنيين السوريين"). */
export function ownerOfUnit(c: ClaimContext, unit: UnitReading, fraction: boolean): TokenRange | null {
  const { tokens, syntax } = c;
  const after = tokens.nextWord((unit.end - 1) as TokenIndex);
  if (after < 0) return null;
  if (c.lexicon.links.of.has(tokens.text(after))) {
    const head = tokens.nextWord(after);
    // "12 ألف شخص من ديارهم": a noun with a pronoun of its own is where from, or whose the pronoun says.
    if (unit.kind !== 'count' || head < 0 || syntax.notOwnerHeads.has(tokens.text(head)) || PRONOUN_SUFFIX.test(tokens.text(head))) return null;
    const np = c.nounPhrase(head);
    return np && !oneOfAKind(c, np) && !outOfTotal(c, np) ? np : null;
  }
  // A counted noun is owned by the words after it in construct ("مقاتلي البشمركة"، "عناصر الشرطة"), or in
  // the accusative of its singular, whose tanween no construct has, behind the ل of belonging only ("80
  // هدفا للأرسنال"، not "27 قتيلا بانفجار"، "70 هدفا عسكريا"). A measure is never owned so: "56 دولارا
  // للبرميل" is a price per barrel, "110 كلم جنوب مايدوغوري" says where.
  // A noun with a pronoun suffix is in construct with the pronoun already and heads no other: in "خمسة
  // ملايين من مواطنيها فروا" the word after is a verb, not whose the citizens are.
  const unitWord = withoutConjunction(tokens.text((unit.end - 1) as TokenIndex));
  const suffixed = unitWord !== unit.lemma && PRONOUN_SUFFIX.test(unitWord);
  const construct = unit.construct && unit.kind === 'count' && !suffixed && (withoutConjunction(tokens.text(unit.start)) !== unit.lemma + ACCUSATIVE || tokens.text(after).startsWith(BELONGING));
  if ((construct || fraction) && !isDefinite(tokens.text(unit.start))) {
    // "10 قتلى وعشرات الجرحى": a second count joined by و, not whose the first one is.
    if (c.isNumberToken(after) || c.lexicon.vague.matchAt(tokens, after) !== null) return null;
    const np = c.nounPhrase(after);
    // An owner is a definite phrase or a name; a lone word with a glued و starts a new clause ("رجال وأحرقوا"),
    // and a word with a pronoun suffix heads no construct chain: "سبعة مواقع اختارتها أمانة الرياض" is a
    // verb and its subject (sites that the municipality chose).
    const first = np ? tokens.text(np.start) : '';
    // A lone word in the shape of a plural verb is the verb of the clause the figure opens: "5 أشخاص أصيبوا"،
    // "ثلاثة مدنيين قتلوا"، "عشرة آلاف ينتمون"; so is a past in ت, which a plural of things takes ("ثلاثة
    // صواريخ أطلقت"، "104 أشخاص سقطت"), and a verb with its object ("ثلاث مباريات خاضها").
    const lone = np !== null && np.end === np.start + 1;
    const clause = np !== null && (lone ? first.startsWith(conjunctionAnd) || PLURAL_VERB.test(first) || FEMININE_PAST.test(first) || PRONOUN_SUFFIX.test(first) : PRONOUN_SUFFIX.test(first));
    if (np && !clause && !c.inTime(np.start, np.end) && !oneOfAKind(c, np) && !adjectivesOnly(c, np)) return np;
  }
  // "جندي أميركي", and with the article after a definite noun: "من القوات العراقية"; in the accusative after
  // an accusative noun: "60 دبلوماسيا روسيا" (Russian, not Russia).
  const word = tokens.text(after);
  const accusative = unitWord.endsWith(ACCUSATIVE) && word.endsWith(ACCUSATIVE) && syntax.units.isDemonym(word.slice(0, -ACCUSATIVE.length));
  if (accusative || syntax.units.isDemonym(word) || (isDefinite(word) && syntax.units.isDemonym(withoutArticle(word)))) return { start: after, end: (after + 1) as TokenIndex };
  return null;
}

/**
 * Pronoun suffixes of a verb's object or a noun's owner after a stem of three letters or more: اختارتها،
 * قتلهم. A lone ه is left out: folded, it is also the ة of شرطة.
 */
const PRONOUN_SUFFIX = /^\p{L}{3,}(?:ها|هم|هن)$/u;

/** The accusative ending of an indefinite singular, folded: قتيلا، عنصرا. */
const ACCUSATIVE = 'ا';
/** The ل of belonging glued before an owner: للأرسنال، لمان يونايتد. */
const BELONGING = 'ل';

/**
 * "4 أشخاص من عائلة واحدة"، "ثلاثة من أسرة واحدة": an indefinite noun with "one" after it (in the phrase
 * or right after it) describes the people counted and names no owner; reports of two accidents of one
 * family each would meet on it.
 */
function oneOfAKind(c: ClaimContext, np: TokenRange): boolean {
  const one = c.tokens.nextWord(np.start);
  return !isDefinite(c.tokens.text(np.start)) && c.document.numberAt(one)?.value === 1;
}

/**
 * "162 مقعدا من أصل 300"، "نائبا من بين 20": a lone indefinite word before a number after من names the
 * total the figure is taken out of, not whose the figure is.
 */
function outOfTotal(c: ClaimContext, np: TokenRange): boolean {
  const { tokens } = c;
  return np.end === np.start + 1 && !isDefinite(tokens.text(np.start)) && c.isNumberToken(tokens.next(np.start));
}

/** The feminine ending as written (folding turns it into ه, the letter of the pronoun "his"). */
const FEMININE_ENDING = 'ة';

/**
 * "7 صواريخ باليستية"، "4 مباريات تجريبية"، "في مواقع مختلفة": indefinite words, each written with the
 * feminine ة, after an indefinite plural of things are its adjectives (such a plural takes a feminine
 * singular adjective), not an owner in construct. "عناصر شرطة المدينة" ends in a definite word and stays.
 */
function adjectivesOnly(c: ClaimContext, np: TokenRange): boolean {
  const { tokens } = c;
  for (let k = np.start; k < np.end; k++) {
    if (!tokens.isWord(k)) continue;
    // The article itself, not a ب before its letters: "باليستية" is indefinite, "الشرطة" is not.
    if (tokens.text(k).startsWith(article) || !c.textOf(tokens.span(k, (k + 1) as TokenIndex)).endsWith(FEMININE_ENDING)) return false;
  }
  return true;
}
