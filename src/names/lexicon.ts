/**
 * The names layer's part of the `Lexicon`: which entities are known under which names
 * (organisations, countries, places), the given names and titles that mark a person, the
 * heads that mark an organisation or a place, and the letters transliterators write
 * differently. The engine compiles them once per table object (`normalize.ts`, `similarity.ts`,
 * and the mention recognizers of the syntax layer).
 */
// The order of these imports is the order of the tables in a bundle, and gzip finds a word again only within its
// 32 kB window: the countries, then the gazetteer, the people beside the given names (they share most of their
// words), the heads of bodies and titles, the context words and the places last (about 200 bytes less, gzipped,
// than the order of 2026-12-03, found by trying each move of one import and keeping the smallest bundle).
import { flag, listOf, mergeTables, oneOf, optional, phrase, record, roleWord, wordEnding, type EntryCheck, type TableChecks, type TablesInput } from '../text/lexicon.js';
import { countries } from './lexicon/countries.js';
import { cheapSubstitutions, consonantGroups, foreignLetterGroups, foreignSubstitutions, distinguishingWords, gazetteer, genericHeads, soundedCompassWords, type GazetteerEntry } from './gazetteer.js';
import { people } from './lexicon/people.js';
import { ambiguousGivenNames, arabGivenNames, foreignGivenNames, givenNameShortForms, givenNameSpellings, namesAlone } from './lexicon/given-names.js';
import { bandNouns, boardsOfBodies, personalOfficeHeads, productHeads, productWords, bodyShortForms, taskBodyHeads, unitHeads, bodyStateWords, qualitiesAfterNationality, kindWords, directorateFields, districtHeads, forcesOfBodies, clubPrefixes, commonComplements, commonNounHeads, genericBodyWords, ministryFields, ministryHeads, nationalOffices, nationalSocieties, namingHeads, organisationDescriptors, organisationHeads, organisationNameHeads, placeBodyHeads, wholeBodyHeads, governingBodyHeads } from './lexicon/organisations.js';
import { foreignNameParticles, nameJoiners, titlesAsFamilyNames, nameKeyWords, nounTitles, officeNouns, teamNounTitles, titleAdjectives, titleWords, type NameKeyRole, type NameKeyWord } from './titles.js';
import {
  copulaVerbs,
  describingEndings,
  kunyaWords,
  nameStopWords,
  obliqueKunyaWords,
  placeHeads,
  placeNameOpeners,
  nounsAfterAla,
  subjectClosers,
  subjectFirstParticles,
  verbOpeners,
  pronounsWrittenApart,
  articleWrittenApart,
  openingJoiners,
  wordsBeforeCommonNoun,
  anotherWords,
  commonPlacePhrases,
  clubContextWords,
  compassPoints,
  commonNounPlaceHeads,
  placeHeadsBeforeDefinite,
  featureHeads,
  featureHeadsBeforeOwnName,
  synonymousHeads,
  simileWords,
  wordsBeforePlace,
  opponentWords,
  movePrepositions,
  transferWords,
  gameResultWords,
  sidePhrases,
  mentionLinkWords,
  type CommonPlacePhrase,
  type MentionLinkRole,
  type MentionLinkWord,
} from './lexicon/context.js';
import { arabWorld, places, type CountryEntry, type PlaceEntry } from './lexicon/places.js';

/** The tables of the names layer. */
export interface NamesTables {
  /** Entities known under several names: `{ canonical: 'داعش', aliases: ['تنظيم الدولة الإسلامية'], type: 'organization' }`. */
  readonly gazetteer: readonly GazetteerEntry[];
  /** Every country, with its spellings and demonyms: `{ code: 'EG', name: 'مصر', demonyms: ['مصري'] }`. */
  readonly countries: readonly CountryEntry[];
  /** Capitals, cities, governorates, regions, seas: `{ name: 'البصرة', kind: 'city', country: 'IQ' }`. */
  readonly places: readonly PlaceEntry[];
  /** ISO codes of the countries of the Arab world, whose places' long vowels are part of their names: IQ, EG. */
  readonly arabWorld: readonly string[];
  /** People news names by their surname alone, each `'canonical|alias|…'`: `'توني بلير|بلير'`. */
  readonly people: readonly string[];
  /** Titles, ranks, offices and professions before a person's name: العقيد، الوزير، الشيخ، اللاعب. */
  readonly titleWords: readonly string[];
  /** Adjectives between a title and the name: السابق، الراحل. */
  readonly titleAdjectives: readonly string[];
  /** Common Arab given names: محمد، فاطمة. Native names stay apart by their long vowels (سعيد ≠ سعد). */
  readonly arabGivenNames: readonly string[];
  /** Foreign given names as Arabic news writes them: جورج، فلاديمير. */
  readonly foreignGivenNames: readonly string[];
  /** English given names and their short forms, each `'full|short|…'`: `'جيمس|جيم|جيمي'` (جيم ماتيس = جيمس ماتيس). */
  readonly givenNameShortForms: readonly string[];
  /** Foreign given names written in two ways the letter rules do not join, each `'a|b'`: `'جان|جون'` (Jean). */
  readonly givenNameSpellings: readonly string[];
  /** Given names that are also common words (أمل، سعيد): a name only after a title or before another name word. */
  readonly ambiguousGivenNames: readonly string[];
  /** Words of a full name that name the person alone wherever they stand in it: كيم (كيم جونغ أون)، آبي (آبي أحمد، شينزو آبي). */
  readonly namesAlone: readonly string[];
  /** Heads of institutional names: وزارة، منظمة، حزب. */
  readonly organisationHeads: readonly string[];
  /** Heads also followed by a body's own name without the article: حزب، جامعة، شركة. */
  readonly organisationNameHeads: readonly string[];
  /** Heads before a body's own name, which is the mention without them: صحيفة، فريق، حركة. */
  readonly organisationDescriptors: readonly string[];
  /** Adjectives that leave a definite head generic: المحلية، المعنية. */
  readonly genericBodyWords: readonly string[];
  /** Words before a place name: مدينة، محافظة، ولاية. */
  readonly placeHeads: readonly string[];
  /** Heads written before a body's or a place's own name or left out: حزب، مجموعة، منطقة (مجموعة علي بابا = علي بابا). */
  readonly namingHeads: readonly string[];
  /** Words that never belong to a name: أن، في، أمس، الثلاثاء. */
  readonly nameStopWords: readonly string[];
  /** Words that make two otherwise equal names different: جنوب السودان is not السودان. */
  readonly distinguishingWords: readonly string[];
  /** Compass words of an English place name written as they sound, each `'sound|adjective'`: `'نورث|الشمالية'` (نورث كارولاينا = كارولاينا الشمالية). */
  readonly soundedCompassWords: readonly string[];
  /** Groups of letters that transliterations use for one sound (غ/ج/ق for G). */
  readonly consonantGroups: readonly string[];
  /** Pairs of letters that cost little to swap between two spellings (ك/ق). */
  readonly cheapSubstitutions: readonly string[];
  /** Pairs of letters that cost little to swap between two foreign-looking words only (ز/س: سالزبوري / ساليسبري). */
  readonly foreignSubstitutions: readonly string[];
  /** Letters of one sound in a foreign name compared without its long vowels (ه/ح/خ: تسيبي هوتوفلي = تسيبي حوطوفلي). */
  readonly foreignLetterGroups: readonly string[];
  /** Heads that name no particular body on their own (التنظيم، الحكومة). */
  readonly genericHeads: readonly string[];
  /** Words that join the parts of an Arabic name: أبو بكر، بن لادن، عبد الله، آل ثاني. */
  readonly nameJoiners: readonly string[];
  /** Titles with the article that are also family names after a given name: الحاج، السيد (محمد السيد). */
  readonly titlesAsFamilyNames: readonly string[];
  /** Nouns of office that end a name before their complement: "… مساعد وزيرة الخارجية"، "… ملك البحرين". */
  readonly officeNouns: readonly string[];
  /** Particles inside a European name: دو، دي، فان، فون (دومينيك دو فيلبان). */
  readonly foreignNameParticles: readonly string[];
  /** Titles that are also common nouns (الفريق "the team"): the name after them opens with a given name. */
  readonly nounTitles: readonly string[];
  /** Noun titles that also name a team (الفريق): a nationality after them may qualify the side, not a player. */
  readonly teamNounTitles: readonly string[];
  /** Heads that are also common nouns (حركة "motion", مركز "centre"): one definite word after them names no body. */
  readonly commonNounHeads: readonly string[];
  /** Words that open a club's name before its city: دينامو، أولمبيك (دينامو كييف). */
  readonly clubPrefixes: readonly string[];
  /** Adjectives of a body's time or state that end its name: السابقة، الجديدة (حكومة الوحدة الوطنية الجديدة). */
  readonly bodyStateWords: readonly string[];
  /** Adjectives of a body's standing that end its name after its nationality: الرسمية (وكالة الأنباء الإيرانية الرسمية). */
  readonly qualitiesAfterNationality: readonly string[];
  /** Words before a group's own name that only say its kind, left out of the mention: تنظيم، جماعة (تنظيم داعش → داعش). */
  readonly kindWords: readonly string[];
  /** Nouns of a band of men that open an armed group's name after تنظيم: جند، حراس، أنصار. */
  readonly bandNouns: readonly string[];
  /** Nouns of armed men before the body they serve, which is the mention: قوات، ميليشيا (قوات [الجيش اليمني]). */
  readonly forcesOfBodies: readonly string[];
  /** A body's board before the body, which is the mention: مجلس إدارة (مجلس إدارة [الهيئة العامة للرياضة]). */
  readonly boardsOfBodies: readonly string[];
  /** Heads of an office that serves one person, whose name after it is the mention: مكتب (مكتب [ماكرون]). */
  readonly personalOfficeHeads: readonly string[];
  /** Loan words after a maker's name in a product's: ميوزيك (يوتيوب ميوزيك is no body). */
  readonly productWords: readonly string[];
  /** Nouns of a product before its maker's name: خرائط (خرائط أبل is no body). */
  readonly productHeads: readonly string[];
  /** Heads of a body that also name a district, whose name follows: مديرية (مديرية [حيس]). */
  readonly districtHeads: readonly string[];
  /** Services a directorate is of, which name no district: الأمن، التربية (مديرية الأمن بمحافظة عدن). */
  readonly directorateFields: readonly string[];
  /** Bodies named again by a short form once named in full, each 'full|short|…': التحالف الدولي|التحالف. */
  readonly bodyShortForms: readonly string[];
  /** Nouns that make no body's name as a head's last complement: البلاد، المدينة (حكومة البلاد). */
  readonly commonComplements: readonly string[];
  /** Heads of a place's own body whose complement, a place alone, is the mention: حكومة، بورصة (حكومة [السودان]). */
  readonly placeBodyHeads: readonly string[];
  /** Heads of a place's own body that stay in its mention with the place: شرطة، سفارة، منتخب (شرطة دبي). */
  readonly wholeBodyHeads: readonly string[];
  /** Heads that make a governing body of their place, reported by the nested reading: حكومة، بلدية (حكومة السودان). */
  readonly governingBodyHeads: readonly string[];
  /** Heads of a unit inside a body named after it: لجنة، مكتب (لجنة الاستخبارات في [مجلس النواب]). */
  readonly unitHeads: readonly string[];
  /** Heads of a body named by its task, no body alone: لجنة (لجنة التحكيم). */
  readonly taskBodyHeads: readonly string[];
  /** Fields of ministries named alone before a country's feminine adjective: الخارجية، الدفاع (الخارجية الروسية). */
  readonly ministryFields: readonly string[];
  /** Offices of a state named by the office and the country's feminine adjective: الرئاسة، الإدارة (الرئاسة المصرية). */
  readonly nationalOffices: readonly string[];
  /** Movements with a society in each country, named with its adjective: الهلال الأحمر (الهلال الأحمر اليمني). */
  readonly nationalSocieties: readonly string[];
  /** The head a ministry field stands for when left unsaid: وزارة (وزارة الخارجية الأمريكية = الخارجية الأميركية). */
  readonly ministryHeads: readonly string[];
  /** Words after which a clause's subject comes first: أن، إن، لكن (أن بلير …). */
  readonly subjectFirstParticles: readonly string[];
  /** Words a verb opening its clause may follow, its subject after it: قد، كما، فيما (وقد أعرب داليما). */
  readonly verbOpeners: readonly string[];
  /** Words after a subject that close it: أن، عن، إلى، قائلا (وأعرب داليما عن). */
  readonly subjectClosers: readonly string[];
  /** The verb "to be" whose subject comes before its predicate's verb: كان (وكان كالديرون أعلن). */
  readonly copulaVerbs: readonly string[];
  /** The word of a kunya: أبو (أبو أيوب المصري). */
  readonly kunyaWords: readonly string[];
  /** Kunyas in the genitive and accusative, also "my father": أبي، أبا (لأبي الحسن). */
  readonly obliqueKunyaWords: readonly string[];
  /** Words that open a two-word place name after a place head: بيت، كفر، عين (قرية بيت أمر). */
  readonly placeNameOpeners: readonly string[];
  /** Pronoun suffixes written apart in segmented text: ها، ه (حركة ها، قول ه). */
  readonly pronounsWrittenApart: readonly string[];
  /** The article written apart in segmented text: ال (مجلة الـ). */
  readonly articleWrittenApart: readonly string[];
  /** Endings of a word that describes a head rather than names it: ة، ية، ات (مدينة كبيرة). */
  readonly describingEndings: readonly string[];
  /** Nouns that make a compound preposition with على, written علي as often as not: هامش، رأس (علي هامش المؤتمر). */
  readonly nounsAfterAla: readonly string[];
  /** Joiners that may open a name: أبو، عبد (أبو بكر، عبد الله). */
  readonly openingJoiners: readonly string[];
  /** Demonstratives and relative pronouns, after which a place's name is a common word: ذلك، التي (ذاك الرباط). */
  readonly wordsBeforeCommonNoun: readonly string[];
  /** "Another", after which a place's name is a common word: أخرى (بعقوبة أخرى). */
  readonly anotherWords: readonly string[];
  /** Places that read as a common word beside some words: `{ place: 'مسقط', after: ['رأس'] }` (مسقط رأس). */
  readonly commonPlacePhrases: readonly CommonPlacePhrase[];
  /** Words of the game before a city that make it its club: لاعب، مرمى (لاعب برشلونة). */
  readonly clubContextWords: readonly string[];
  /** Points of the compass after a place, before the place it lies from: شمال، جنوب شرق (الصويرة جنوب شرق بغداد). */
  readonly compassPoints: readonly string[];
  /** Place heads that are also common nouns: ولاية، مقاطعة (ولاية البرلمان is a term, مقاطعة المغني a boycott). */
  readonly commonNounPlaceHeads: readonly string[];
  /** Place heads before a name with the article alone: حي (حي الجمالية; حي فقير is a poor quarter). */
  readonly placeHeadsBeforeDefinite: readonly string[];
  /** Heads of a natural feature that stay in its name: نهر، بحيرة، خليج (نهر النيجر is the river). */
  readonly featureHeads: readonly string[];
  /** Feature heads after which an unlisted word with the article is the feature's name: نهر، بحيرة (نهر اللؤلؤ). */
  readonly featureHeadsBeforeOwnName: readonly string[];
  /** Heads that name one kind of place or body, each `'head|head'`: `'جبل|بركان'` (جبل رينجاني = بركان رينجاني). */
  readonly synonymousHeads: readonly string[];
  /** Words of a simile, after which a feature's unlisted name is a metaphor: كأن، مثل (وكأنه نهر الخير). */
  readonly simileWords: readonly string[];
  /** Words before a listed place that is also a common word that say it is the place: جمهورية، جنوب (جنوب مالي). */
  readonly wordsBeforePlace: readonly string[];
  /** Prepositions of a match before a city that may name its club: بين، على، أمام (فوزه على كوبنهاغن). */
  readonly opponentWords: readonly string[];
  /** Prepositions of a move before a city a text reads as its club elsewhere, which is then the club: من، إلى، عن (الانتقال إلى برشلونة). */
  readonly movePrepositions: readonly string[];
  /** Words of a player's move between clubs before من/إلى a city, which is then the club: انتقاله، قادما (قادما من بورتو). */
  readonly transferWords: readonly string[];
  /** Verbs and nouns of a game's result before the side they name: فاز، تعادل، خسارته (فاز الهلال على الشباب). */
  readonly gameResultWords: readonly string[];
  /** A place head after a preposition that makes it "side, respect": من ناحية (من ناحية المبدأ). */
  readonly sidePhrases: readonly string[];
  /** Function words the person recognizer reads by their role: `{ word: 'في', role: 'in' }` (الخبير في الشؤون العسكرية). */
  readonly mentionLinkWords: readonly MentionLinkWord[];
  /**
   * Words a name's key joins or unifies: `{ word: 'عبد', role: 'joinsNext' }` (عبد الله = عبدالله), `{ word: 'ابن', role: 'son' }` (ابن = بن).
   * A given name joined to a `joinsPrevious` word is also written without it: سعد الدين الحريري = سعد الحريري.
   */
  readonly nameKeyWords: readonly NameKeyWord[];
}

/** The built-in tables of the names layer. */
export const namesTables: NamesTables = {
  gazetteer,
  countries,
  places,
  arabWorld,
  people,
  titleWords,
  titleAdjectives,
  arabGivenNames,
  foreignGivenNames,
  givenNameShortForms,
  givenNameSpellings,
  ambiguousGivenNames,
  namesAlone,
  organisationHeads,
  organisationNameHeads,
  organisationDescriptors,
  genericBodyWords,
  placeHeads,
  namingHeads,
  nameStopWords,
  distinguishingWords,
  soundedCompassWords,
  consonantGroups,
  cheapSubstitutions,
  foreignSubstitutions,
  foreignLetterGroups,
  genericHeads,
  nameJoiners,
  titlesAsFamilyNames,
  officeNouns,
  foreignNameParticles,
  nounTitles,
  teamNounTitles,
  commonNounHeads,
  clubPrefixes,
  bodyStateWords,
  qualitiesAfterNationality,
  kindWords,
  bandNouns,
  forcesOfBodies,
  boardsOfBodies,
  personalOfficeHeads,
  productWords,
  productHeads,
  districtHeads,
  directorateFields,
  bodyShortForms,
  commonComplements,
  placeBodyHeads,
  wholeBodyHeads,
  governingBodyHeads,
  unitHeads,
  taskBodyHeads,
  ministryFields,
  nationalOffices,
  nationalSocieties,
  ministryHeads,
  subjectFirstParticles,
  verbOpeners,
  subjectClosers,
  copulaVerbs,
  kunyaWords,
  obliqueKunyaWords,
  placeNameOpeners,
  pronounsWrittenApart,
  articleWrittenApart,
  describingEndings,
  nounsAfterAla,
  openingJoiners,
  wordsBeforeCommonNoun,
  anotherWords,
  commonPlacePhrases,
  clubContextWords,
  compassPoints,
  commonNounPlaceHeads,
  placeHeadsBeforeDefinite,
  featureHeads,
  featureHeadsBeforeOwnName,
  synonymousHeads,
  simileWords,
  wordsBeforePlace,
  opponentWords,
  movePrepositions,
  transferWords,
  gameResultWords,
  sidePhrases,
  mentionLinkWords,
  nameKeyWords,
};

const letterGroup = (min: number) => (v: unknown) =>
  typeof v === 'string' && [...v].length >= min && !/\s/u.test(v) ? null : `must be a string of at least ${min} letters without spaces, got ${JSON.stringify(v)}`;

const letterPair: EntryCheck = (v) => (typeof v === 'string' && [...v].length === 2 ? null : `must be a pair of two letters, got ${JSON.stringify(v)}`);

/** Forms of one name separated by `|`: `'توني بلير|بلير'`, `'جيمس|جيم'`. */
const formsOfOne: EntryCheck = (v) => (typeof v === 'string' && v.split('|').every((f) => phrase(f) === null) ? null : `must be names separated by "|" such as "توني بلير|بلير", got ${JSON.stringify(v)}`);

const countryCode: EntryCheck = (v) => (typeof v === 'string' && /^[A-Z]{2}$/u.test(v) ? null : `must be an ISO 3166-1 alpha-2 code such as "EG", got ${JSON.stringify(v)}`);

/** The roles of `mentionLinkWords`, as the mention rules read them. */
export const mentionLinkRoles: readonly MentionLinkRole[] = ['in', 'ala', 'onBehalfOf', 'sonOf', 'patronym'];

/** The roles of `nameKeyWords`, as the name keys read them. */
export const nameKeyRoles: readonly NameKeyRole[] = ['joinsNext', 'joinsPrevious', 'son', 'daughter', 'family'];

/** Checks of each table's entries where they enter. */
export const namesChecks: TableChecks<NamesTables> = {
  gazetteer: record({ canonical: phrase, aliases: listOf(phrase), type: oneOf(['person', 'organization', 'place']), ambiguous: optional(flag), kind: optional(oneOf(['club'])) }),
  countries: record({ code: countryCode, name: phrase, aliases: optional(listOf(phrase)), demonyms: optional(listOf(phrase)), ambiguous: optional(flag) }),
  arabWorld: countryCode,
  places: record({
    name: phrase,
    aliases: optional(listOf(phrase)),
    kind: oneOf(['capital', 'city', 'province', 'region', 'water']),
    country: optional(countryCode),
    ambiguous: optional(flag),
  }),
  people: formsOfOne,
  titleWords: phrase,
  titleAdjectives: phrase,
  arabGivenNames: phrase,
  foreignGivenNames: phrase,
  givenNameShortForms: formsOfOne,
  givenNameSpellings: formsOfOne,
  ambiguousGivenNames: phrase,
  namesAlone: phrase,
  organisationHeads: phrase,
  organisationNameHeads: phrase,
  organisationDescriptors: phrase,
  genericBodyWords: phrase,
  placeHeads: phrase,
  namingHeads: phrase,
  nameStopWords: phrase,
  distinguishingWords: phrase,
  soundedCompassWords: formsOfOne,
  consonantGroups: letterGroup(2),
  cheapSubstitutions: letterPair,
  foreignSubstitutions: letterPair,
  foreignLetterGroups: letterGroup(2),
  genericHeads: phrase,
  nameJoiners: phrase,
  titlesAsFamilyNames: phrase,
  officeNouns: phrase,
  foreignNameParticles: phrase,
  nounTitles: phrase,
  teamNounTitles: phrase,
  commonNounHeads: phrase,
  clubPrefixes: phrase,
  bodyStateWords: phrase,
  qualitiesAfterNationality: phrase,
  kindWords: phrase,
  bandNouns: phrase,
  forcesOfBodies: phrase,
  boardsOfBodies: phrase,
  personalOfficeHeads: phrase,
  productWords: phrase,
  productHeads: phrase,
  districtHeads: phrase,
  directorateFields: phrase,
  bodyShortForms: formsOfOne,
  commonComplements: phrase,
  placeBodyHeads: phrase,
  wholeBodyHeads: phrase,
  governingBodyHeads: phrase,
  unitHeads: phrase,
  taskBodyHeads: phrase,
  ministryFields: phrase,
  nationalOffices: phrase,
  nationalSocieties: phrase,
  ministryHeads: phrase,
  subjectFirstParticles: phrase,
  verbOpeners: phrase,
  subjectClosers: phrase,
  copulaVerbs: phrase,
  kunyaWords: phrase,
  obliqueKunyaWords: phrase,
  placeNameOpeners: phrase,
  pronounsWrittenApart: phrase,
  articleWrittenApart: phrase,
  describingEndings: wordEnding(3),
  nounsAfterAla: phrase,
  openingJoiners: phrase,
  wordsBeforeCommonNoun: phrase,
  anotherWords: phrase,
  commonPlacePhrases: record({ place: phrase, before: optional(listOf(phrase)), after: optional(listOf(phrase)) }),
  clubContextWords: phrase,
  compassPoints: phrase,
  commonNounPlaceHeads: phrase,
  placeHeadsBeforeDefinite: phrase,
  featureHeads: phrase,
  featureHeadsBeforeOwnName: phrase,
  synonymousHeads: formsOfOne,
  simileWords: phrase,
  wordsBeforePlace: phrase,
  opponentWords: phrase,
  movePrepositions: phrase,
  transferWords: phrase,
  gameResultWords: phrase,
  sidePhrases: phrase,
  mentionLinkWords: roleWord(mentionLinkRoles),
  nameKeyWords: roleWord(nameKeyRoles),
};

/** Tables of the names layer a caller extends or replaces. */
export type NamesLexiconInput = TablesInput<NamesTables>;

/** The names tables with a caller's changes merged in and checked. */
export function mergeNamesTables(fn: string, input: unknown): NamesTables {
  return mergeTables(fn, namesTables, input, namesChecks);
}
