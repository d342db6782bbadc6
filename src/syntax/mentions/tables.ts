/**
 * The tables the mention recognizers read, compiled once per syntax lexicon: known names
 * (gazetteer, countries, places) with the clitics they take, given names, titles and roles,
 * the heads of organisations and places, and the words that end a name.
 */
import type { EntityType } from '../../names/gazetteer.js';
import type { CommonPlacePhrase, MentionLinkRole } from '../../names/lexicon/context.js';
import { mentionLinkRoles, nameKeyRoles } from '../../names/lexicon.js';
import { wordsByRole } from '../../text/lexicon.js';
import type { KnownName } from '../../names/normalize.js';
import { type TokenStream, writtenToken } from '../../numbers/tokens.js';
import { article, cliticsButKaf, liArticle, proclitics, withoutArticle, withoutConjunction, wordClitics } from '../../text/clitics.js';
import { type TokenIndex, type TokenRange } from '../../text/coordinates.js';
import { foldWord, withoutMarks } from '../../text/fold.js';
import type { SyntaxLexicon } from '../lexicon.js';
import type { ShadowText } from '../../text/shadow.js';
import { longestPhrase, PhraseTable, type PhraseEnd, type WordTrieNode } from '../phrases.js';

/** A phrase of a table found at tokens `[start, end)`, with `skip` shadow characters of clitic left out of the mention. */
export interface CliticMatch<T> {
  readonly entry: T;
  readonly start: TokenIndex;
  readonly end: TokenIndex;
  readonly skip: number;
}

/** Fewest letters on each side of a lost space: الولاياتالمتحدة. */
const GLUED_MIN = 3;


/**
 * A node of the trie of phrases by folded word: the entries whose phrase ends here, in table
 * order, and the words that go on. A common first word (عبد، جمهورية) opens hundreds of names of
 * the big tables: the trie reads the words after it once, not once per phrase.
 */
type Node<T> = WordTrieNode<T[]>;

/**
 * Phrases looked up with every proclitic the first word may carry: والعراق، بالعراق،
 * وبسوريا، لمصر. The article is part of the phrase (العراق), never a clitic; a glued
 * و/ف/ب/ك before the article stays out of the mention (والعراق → العراق), and لل
 * (للعراق) stays in it, as the article's alef is not written there.
 */
export class CliticPhraseTable<T> {
  private readonly byFirst = new Map<string, Node<T>>();

  /**
   * @param spelledAs - For a table of names written with care: the entry's first word as the table
   *   spells it, so that a word written with a hamza where the name has none is not the name (تأمر is no تامر).
   */
  constructor(entries: readonly T[], phrasesOf: (entry: T) => readonly string[], private readonly spelledAs?: (entry: T) => string) {
    for (const entry of entries) {
      for (const phrase of phrasesOf(entry)) {
        const words = phrase.split(/\s+/u).filter((w) => w !== '').map(foldWord);
        if (words.length === 0) continue;
        let node = this.byFirst.get(words[0]!);
        if (!node) this.byFirst.set(words[0]!, (node = {}));
        for (const w of words.slice(1)) {
          node.next ??= new Map();
          let child = node.next.get(w);
          if (!child) node.next.set(w, (child = {}));
          node = child;
        }
        // Among equal phrases the first entry (a caller's, then the gazetteer's) wins.
        (node.entry ??= []).push(entry);
      }
    }
  }

  /** Every entry written as the one word `word` (folded), in table order: قنا is an agency and a city. */
  entriesOf(word: string): readonly T[] {
    return this.byFirst.get(word)?.entry ?? [];
  }

  /** True when some phrase starts with `word` (folded, without clitics). */
  starts(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** The longest phrase at word token `k`, the word as written or behind its clitics. */
  matchAt(tokens: TokenStream, k: TokenIndex): CliticMatch<T> | null {
    if (!tokens.isWord(k)) return null;
    const word = tokens.text(k);
    const exact = this.byFirst.get(word);
    const found = exact ? this.extend(tokens, k, exact, 0) : null;
    if (found && !this.apart(tokens, found)) return found;
    // Most words carry no clitic: one test decides that.
    if (!wordClitics.includes(word[0]!)) return null;
    for (const p of proclitics) {
      if (p === article || word.length - p.length < 2 || !word.startsWith(p)) continue;
      const rest = word.slice(p.length);
      // و + ال + عراق: the stem keeps its article; لل + عراق: the whole word stays in the mention.
      const definite = p.endsWith(article) || p.endsWith(liArticle);
      const stem = definite ? article + rest : rest;
      const first = this.byFirst.get(stem);
      if (!first) continue;
      const skip = p.endsWith(liArticle) ? 0 : definite ? p.length - article.length : p.length;
      const m = this.extend(tokens, k, first, skip);
      if (m && !this.apart(tokens, m)) return m;
    }
    return null;
  }

  /** True when the word of match `m` is written apart from its entry's careful spelling. */
  private apart(tokens: TokenStream, m: CliticMatch<T>): boolean {
    return this.spelledAs !== undefined && hamzaApart(withoutMarks(tokens.originalText(m.start, (m.start + 1) as TokenIndex)).slice(m.skip), this.spelledAs(m.entry));
  }

  /**
   * A two-word phrase written as one word, the space lost before the article:
   * الولاياتالمتحدة → الولايات المتحدة.
   */
  matchGlued(tokens: TokenStream, k: TokenIndex): CliticMatch<T> | null {
    if (!tokens.isWord(k)) return null;
    const word = tokens.text(k);
    const at = word.indexOf(article, GLUED_MIN);
    if (at < 0 || word.length - at - article.length < GLUED_MIN) return null;
    const entry = this.byFirst.get(word.slice(0, at))?.next?.get(word.slice(at))?.entry?.[0];
    return entry === undefined ? null : { entry, start: k, end: (k + 1) as TokenIndex, skip: 0 };
  }

  /** Where the last {@link longestPhrase} of this table ended. */
  private readonly found: PhraseEnd = { end: -1 };

  /** The longest phrase of the trie under `first` read from word `k` on: الولايات المتحدة الأمريكية wins over الولايات المتحدة. */
  private extend(tokens: TokenStream, k: TokenIndex, first: Node<T>, skip: number): CliticMatch<T> | null {
    const longest = longestPhrase(tokens, k, first, this.found);
    return longest ? { entry: longest[0]!, start: k, end: this.found.end as TokenIndex, skip } : null;
  }
}

/** The compiled tables of mention finding. */
export interface MentionTables {
  /** Known entities by every written form. */
  readonly known: CliticPhraseTable<KnownName>;
  /**
   * Clubs named by a common word (الشباب، الاتفاق), apart from `known`: only the known-names recognizer
   * reads them, in context, so that the other recognizers read the word as the word ("وزارة الشباب والرياضة").
   */
  readonly clubs: CliticPhraseTable<KnownName>;
  /** Given names, native and foreign, one word or two (جان بيير). */
  readonly givenNames: CliticPhraseTable<string>;
  /** Folded given names that are also common words. */
  readonly ambiguousNames: ReadonlySet<string>;
  /** Folded words of a full name that name the person alone wherever they stand in it: كيم، آبي. */
  readonly namesAlone: ReadonlySet<string>;
  /** Folded words that join the parts of a name: بن، أبو، آل، عبد. */
  readonly joiners: ReadonlySet<string>;
  /** Folded words that never belong to a name (those that fold to a given name are in `spelledStops`). */
  readonly stops: ReadonlySet<string>;
  /**
   * Stop words that fold to a given name, by folded form, with their careful
   * spellings: على and علي, بأن and بان differ only in the letters folding
   * joins, so the spelling the writer chose decides.
   */
  readonly spelledStops: ReadonlyMap<string, readonly string[]>;
  /**
   * The given names' own spellings of the folded words of `spelledStops`: آلان for الان. A word
   * written neither way (الان without its madda) is the stop word too: most write الآن so.
   */
  readonly nameSpellings: ReadonlyMap<string, readonly string[]>;
  /** Folded adjectives between a title and the name: السابق، الراحل. */
  readonly titleAdjectives: ReadonlySet<string>;
  /** Folded demonym forms → their country. */
  readonly demonyms: ReadonlyMap<string, KnownName>;
  /** Folded heads of institutional names, without the article: وزارة، منظمة، حزب. */
  readonly organisationHeads: ReadonlySet<string>;
  /** Folded heads that may be followed by a body's own name without the article: حزب، جامعة، شركة. */
  readonly organisationNameHeads: ReadonlySet<string>;
  /** Heads before a body's own name: شركة، صحيفة، وكالة أنباء. */
  readonly descriptors: PhraseTable<string>;
  /** Folded one-word descriptors, to read them with the article: النادي، الصحيفة. */
  readonly descriptorWords: ReadonlySet<string>;
  /** Folded adjectives that leave a definite head generic: المحلية. */
  readonly genericBodyWords: ReadonlySet<string>;
  /** Heads before a place name: مدينة، محافظة. */
  readonly placeHeads: PhraseTable<string>;
  /** Folded one-word place heads, to read them with the article: المدينة، المخيم. */
  readonly placeHeadWords: ReadonlySet<string>;
  /** Folded role words that start a description before a name in apposition: وزير، رئيس، المتحدث. */
  readonly roles: ReadonlySet<string>;
  /** Titles, with every clitic they take: للرئيس، وبالرئيس، والشيخ. */
  readonly titles: CliticPhraseTable<string>;
  /** Folded heads that name no particular body on their own, with the article: التنظيم، الحكومة. */
  readonly genericHeads: ReadonlySet<string>;
  /** Folded foreign given names that are no Arab given name: جورج، خافيير (not أحمد، سارة). */
  readonly foreignGiven: ReadonlySet<string>;
  /** Folded nouns of office that end a name before their complement: مساعد، ملك. */
  readonly officeNouns: ReadonlySet<string>;
  /** Folded particles inside a European name: دو، فان. */
  readonly particles: ReadonlySet<string>;
  /** Folded titles that are also common nouns: الفريق، اللاعب. */
  readonly nounTitles: ReadonlySet<string>;
  /** Folded noun titles that also name a team (الفريق). */
  readonly teamNounTitles: ReadonlySet<string>;
  /** Folded titles that are also family names after a given name: الحاج، السيد. */
  readonly titlesAsFamilyNames: ReadonlySet<string>;
  /** Folded organisation heads that are also common nouns: حركة، مركز. */
  readonly commonNounHeads: ReadonlySet<string>;
  /** Folded words that open a club's name before its city: دينامو. */
  readonly clubPrefixes: ReadonlySet<string>;
  /** Folded adjectives of a body's time or state that end its name: السابقه، الجديده. */
  readonly bodyStateWords: ReadonlySet<string>;
  /** Folded adjectives of a body's standing that end its name after its nationality: الرسمي. */
  readonly qualitiesAfterNationality: ReadonlySet<string>;
  /** Folded words before a group's own name that only say its kind: تنظيم، جماعه. */
  readonly kindWords: ReadonlySet<string>;
  /** Folded nouns of a band of men that open a group's name after تنظيم: جند، انصار. */
  readonly bandNouns: ReadonlySet<string>;
  /** Folded nouns of armed men before the body they serve: قوات، ميليشيا. */
  readonly forcesOfBodies: ReadonlySet<string>;
  /** A body's board before the body: مجلس إدارة. */
  readonly boardsOfBodies: PhraseTable<string>;
  /** Heads of an office that serves one person: مكتب. */
  readonly personalOfficeHeads: ReadonlySet<string>;
  /** Loan words after a maker's name in a product's: ميوزيك. */
  readonly productWords: ReadonlySet<string>;
  /** Nouns of a product before its maker's name, behind a clitic or not: خرائط، لساعة. */
  readonly productHeads: CliticPhraseTable<string>;
  /** Folded heads of a body that also name a district: مديريه. */
  readonly districtHeads: ReadonlySet<string>;
  /** Folded services of a directorate, which name no district: الامن، التربيه. */
  readonly directorateFields: ReadonlySet<string>;
  /** Folded full names of bodies → the folded short forms that name them again (see `bodyShortForms`). */
  readonly bodyShortForms: ReadonlyMap<string, readonly string[]>;
  /** Every folded short form of `bodyShortForms`: التحالف، قوات التحالف. */
  readonly shortFormsOfBodies: ReadonlySet<string>;
  /** Folded nouns that make no body's name as a head's last complement: البلاد، المدينه. */
  readonly commonComplements: ReadonlySet<string>;
  /** Folded heads of a place's own body: حكومة، بورصة (حكومة [السودان]). */
  readonly placeBodyHeads: ReadonlySet<string>;
  /** Folded heads of a place's own body that stay in its mention: شرطه، سفاره. */
  readonly wholeBodyHeads: ReadonlySet<string>;
  /** Folded heads that make a governing body of their place: حكومه، بلديه. */
  readonly governingBodyHeads: ReadonlySet<string>;
  /** Folded heads of a unit inside a body: لجنه، مكتب. */
  readonly unitHeads: ReadonlySet<string>;
  /** Folded heads of a body named by its task: لجنه. */
  readonly taskBodyHeads: ReadonlySet<string>;
  /** Folded fields of ministries named alone before a country's adjective: الخارجية (الخارجية الروسية). */
  readonly ministryFields: ReadonlySet<string>;
  /** Folded offices of a state before a country's feminine adjective: الرئاسه، الاداره. */
  readonly nationalOffices: ReadonlySet<string>;
  readonly nationalSocieties: CliticPhraseTable<string>;
  /** Folded words after which a clause's subject comes first: أن، إن. */
  readonly subjectFirstParticles: ReadonlySet<string>;
  /** Folded words a verb opening its clause may follow: قد، كما، و written apart. */
  readonly verbOpeners: ReadonlySet<string>;
  /** Folded words after a subject that close it: أن، عن، قائلا. */
  readonly subjectClosers: ReadonlySet<string>;
  /** Folded forms of the verb "to be" before its subject: كان. */
  readonly copulaVerbs: ReadonlySet<string>;
  /** Folded words of a kunya: ابو. */
  readonly kunyas: ReadonlySet<string>;
  /** Folded oblique kunyas, also "my father": ابي، ابا. */
  readonly obliqueKunyas: ReadonlySet<string>;
  /** Folded words that open a two-word place name: بيت، كفر. */
  readonly placeNameOpeners: ReadonlySet<string>;
  /** Folded pronouns and article written apart: ها، ال. */
  readonly writtenApart: ReadonlySet<string>;
  /** Folded pronouns written apart: ها، ه. */
  readonly pronounsApart: ReadonlySet<string>;
  /** Folded endings of a word that describes a head: ه، يه، ات. */
  readonly describingEndings: readonly string[];
  /** Folded nouns of a compound preposition with على: هامش، راس. */
  readonly nounsAfterAla: ReadonlySet<string>;
  /** Folded joiners that may open a name: ابو، عبد. */
  readonly openingJoiners: ReadonlySet<string>;
  /** Folded demonstratives and relative pronouns before a common noun: ذلك، التي. */
  readonly wordsBeforeCommonNoun: ReadonlySet<string>;
  /** Folded words of "another": اخري، اخر. */
  readonly anotherWords: ReadonlySet<string>;
  /** Folded place → folded words before it that make it a common word (صلاة → المغرب). */
  readonly commonPlacesBefore: ReadonlyMap<string, ReadonlySet<string>>;
  /** Folded place → folded words after it that make it a common word (مسقط → راس). */
  readonly commonPlacesAfter: ReadonlyMap<string, ReadonlySet<string>>;
  /** Folded words of the game before a city that make it its club: لاعب، مرمي. */
  readonly clubContextWords: ReadonlySet<string>;
  /** Folded points of the compass after a place: شمال، جنوب. */
  readonly compassPoints: ReadonlySet<string>;
  /** Folded place heads that are also common nouns: ولايه، مقاطعه. */
  readonly commonNounPlaceHeads: ReadonlySet<string>;
  /** Folded place heads before a name with the article alone: حي. */
  readonly placeHeadsBeforeDefinite: ReadonlySet<string>;
  /** Heads of a natural feature, kept in its name: نهر، بحيرة (نهر النيجر). */
  readonly featureHeads: PhraseTable<string>;
  /** Folded feature heads of one word, as common nouns: بحيره (والبحيرة "and the lake"). */
  readonly featureHeadWords: ReadonlySet<string>;
  /** Feature heads before a name of their own: نهر (نهر اللؤلؤ). */
  readonly featureHeadsBeforeOwnName: ReadonlySet<string>;
  /** Folded words of a simile: كان، مثل (وكأنه نهر الخير is no river). */
  readonly simileWords: ReadonlySet<string>;
  /** Folded words before a listed common-word place that say it is the place: جمهوريه، جنوب. */
  readonly wordsBeforePlace: ReadonlySet<string>;
  /** Folded prepositions of a match before a club's city: بين، علي، امام. */
  readonly opponentWords: ReadonlySet<string>;
  /** Folded prepositions of a move before a city the text reads as its club: من، الي، عن. */
  readonly movePrepositions: ReadonlySet<string>;
  /** Folded words of a player's move between clubs: انتقاله، قادما. */
  readonly transferWords: ReadonlySet<string>;
  /** Folded verbs and nouns of a game's result before a side: فاز، خسارته. */
  readonly gameResultWords: ReadonlySet<string>;
  /** A place head after a preposition that makes it "side": من ناحية. */
  readonly sidePhrases: PhraseTable<string>;
  /** Folded function words by role: في، علي، باسم، بن. */
  readonly links: Readonly<Record<MentionLinkRole, ReadonlySet<string>>>;
  /** Folded words that open a family name at the end of a chain (آل): "تركي آل الشيخ" is named again "آل الشيخ". */
  readonly familyWords: ReadonlySet<string>;
  /** Heads whose complement names a thing after a person, with و/ف/ب/ل before them: بمطار، لجامعة. */
  readonly namesakeHeads: PhraseTable<string>;
  /** Nouns of a titled work (`workNouns` and `artWorkNouns`), with و/ف/ب/ل before them: بقصيدة، بكتاب. */
  readonly workNouns: PhraseTable<string>;
  /** Nouns of a work of fiction or art before its quoted title: رواية، لوحة. */
  readonly artWorkNouns: PhraseTable<string>;
  /** Folded words that end a person's name after it: بعدما، ردا، زميل. */
  readonly nameEndWords: ReadonlySet<string>;
  /**
   * The stop words and the words that end names as written (without marks): a given name behind a clitic so written is
   * the word, "لصالح دونالد ترامب"، "بفضل راؤول كاسترو"، "وعلى نيكي هيلي"; وعلي, written with ي, is و and the name.
   */
  readonly writtenStops: ReadonlySet<string>;
  /** Blessings after a name, which end it: طيب الله ثراه، رحمه الله. */
  readonly blessings: PhraseTable<string>;
  /** Folded words of Saint, read as written: سان، سانت. */
  readonly saintWords: ReadonlySet<string>;
}

const compiled = new WeakMap<SyntaxLexicon, MentionTables>();

/** The mention tables of a syntax lexicon, compiled on first use. */
export function mentionTables(lexicon: SyntaxLexicon): MentionTables {
  let t = compiled.get(lexicon);
  if (t === undefined) {
    const names = lexicon.names;
    const tables = names.tables;
    const folded = (words: readonly string[]): Set<string> => new Set(words.map(foldWord));
    const stopWords = [...tables.nameStopWords, ...lexicon.tables.speakerStopWords];
    const arab = folded(tables.arabGivenNames);
    t = {
      known: new CliticPhraseTable(names.known.filter((k) => k.kind !== 'club'), (k) => k.forms),
      clubs: new CliticPhraseTable(names.known.filter((k) => k.kind === 'club'), (k) => k.forms),
      givenNames: new CliticPhraseTable([...tables.arabGivenNames, ...tables.foreignGivenNames], spellingsOfGivenName, (name) => name),
      ambiguousNames: folded(tables.ambiguousGivenNames),
      namesAlone: folded(tables.namesAlone),
      joiners: folded(tables.nameJoiners),
      // على folds to the name علي, بأن to بان: the recognizers test their spelling instead (see isNameStop).
      ...stopsOf(stopWords, [...tables.arabGivenNames, ...tables.foreignGivenNames, ...tables.ambiguousGivenNames]),
      titleAdjectives: folded(tables.titleAdjectives),
      demonyms: names.demonyms,
      organisationHeads: folded([...tables.organisationHeads, ...tables.organisationNameHeads]),
      organisationNameHeads: folded(tables.organisationNameHeads),
      descriptors: new PhraseTable(tables.organisationDescriptors, (d) => d, cliticsButKaf),
      descriptorWords: folded(tables.organisationDescriptors.filter((d) => !d.includes(' '))),
      genericBodyWords: folded(tables.genericBodyWords),
      placeHeads: new PhraseTable(tables.placeHeads, (h) => h, cliticsButKaf),
      placeHeadWords: folded(tables.placeHeads.filter((h) => !h.includes(' '))),
      roles: folded(lexicon.tables.roleWords),
      titles: new CliticPhraseTable(tables.titleWords, (w) => [w]),
      genericHeads: folded(tables.genericHeads),
      foreignGiven: new Set(tables.foreignGivenNames.map(foldWord).filter((n) => !arab.has(n))),
      officeNouns: folded(tables.officeNouns),
      particles: folded(tables.foreignNameParticles),
      nounTitles: folded(tables.nounTitles),
      teamNounTitles: folded(tables.teamNounTitles),
      titlesAsFamilyNames: folded(tables.titlesAsFamilyNames),
      commonNounHeads: folded(tables.commonNounHeads),
      clubPrefixes: folded(tables.clubPrefixes),
      bodyStateWords: folded(tables.bodyStateWords),
      qualitiesAfterNationality: folded(tables.qualitiesAfterNationality),
      kindWords: folded(tables.kindWords),
      bandNouns: folded(tables.bandNouns),
      forcesOfBodies: folded(tables.forcesOfBodies),
      boardsOfBodies: new PhraseTable(tables.boardsOfBodies, (h) => h, cliticsButKaf),
      personalOfficeHeads: folded(tables.personalOfficeHeads),
      productWords: folded(tables.productWords),
      productHeads: new CliticPhraseTable(tables.productHeads, (w) => [w]),
      districtHeads: folded(tables.districtHeads),
      directorateFields: folded(tables.directorateFields),
      bodyShortForms: new Map(tables.bodyShortForms.map((e) => { const [full, ...short] = e.split('|').map(foldWord); return [full!, short]; })),
      shortFormsOfBodies: new Set(tables.bodyShortForms.flatMap((e) => e.split('|').slice(1).map(foldWord))),
      commonComplements: folded(tables.commonComplements),
      placeBodyHeads: folded(tables.placeBodyHeads),
      wholeBodyHeads: folded(tables.wholeBodyHeads),
      governingBodyHeads: folded(tables.governingBodyHeads),
      unitHeads: folded(tables.unitHeads),
      taskBodyHeads: folded(tables.taskBodyHeads),
      ministryFields: folded(tables.ministryFields),
      nationalOffices: folded(tables.nationalOffices),
      nationalSocieties: new CliticPhraseTable(tables.nationalSocieties, (w) => [w]),
      subjectFirstParticles: folded(tables.subjectFirstParticles),
      verbOpeners: folded(tables.verbOpeners),
      subjectClosers: folded(tables.subjectClosers),
      copulaVerbs: folded(tables.copulaVerbs),
      kunyas: folded(tables.kunyaWords),
      obliqueKunyas: folded(tables.obliqueKunyaWords),
      placeNameOpeners: folded(tables.placeNameOpeners),
      writtenApart: folded([...tables.pronounsWrittenApart, ...tables.articleWrittenApart]),
      pronounsApart: folded(tables.pronounsWrittenApart),
      describingEndings: [...folded(tables.describingEndings)],
      nounsAfterAla: folded(tables.nounsAfterAla),
      openingJoiners: folded(tables.openingJoiners),
      wordsBeforeCommonNoun: folded(tables.wordsBeforeCommonNoun),
      anotherWords: folded(tables.anotherWords),
      commonPlacesBefore: placeWords(tables.commonPlacePhrases, (p) => p.before),
      commonPlacesAfter: placeWords(tables.commonPlacePhrases, (p) => p.after),
      clubContextWords: folded(tables.clubContextWords),
      compassPoints: folded(tables.compassPoints),
      commonNounPlaceHeads: folded(tables.commonNounPlaceHeads),
      placeHeadsBeforeDefinite: folded(tables.placeHeadsBeforeDefinite),
      featureHeads: new PhraseTable(tables.featureHeads, (h) => h, cliticsButKaf),
      featureHeadWords: folded(tables.featureHeads.filter((h) => !h.includes(' '))),
      featureHeadsBeforeOwnName: folded(tables.featureHeadsBeforeOwnName),
      simileWords: folded(tables.simileWords),
      wordsBeforePlace: folded(tables.wordsBeforePlace),
      opponentWords: folded(tables.opponentWords),
      movePrepositions: folded(tables.movePrepositions),
      transferWords: folded(tables.transferWords),
      gameResultWords: folded(tables.gameResultWords),
      sidePhrases: new PhraseTable(tables.sidePhrases, (h) => h, cliticsButKaf),
      links: wordsByRole(tables.mentionLinkWords, mentionLinkRoles),
      familyWords: wordsByRole(tables.nameKeyWords, nameKeyRoles).family,
      namesakeHeads: new PhraseTable(lexicon.tables.namesakeHeads, (h) => h, 'وفبل'),
      // Every noun of a titled work for the people rule, those of fiction and art alone for places.
      workNouns: new PhraseTable([...lexicon.tables.workNouns, ...lexicon.tables.artWorkNouns], (h) => h, cliticsButKaf),
      artWorkNouns: new PhraseTable(lexicon.tables.artWorkNouns, (h) => h, cliticsButKaf),
      nameEndWords: folded(lexicon.tables.nameEndWords),
      writtenStops: new Set([...stopWords, ...lexicon.tables.nameEndWords].map(withoutMarks)),
      blessings: new PhraseTable(lexicon.tables.blessingsAfterNames, (b) => b),
      saintWords: folded(lexicon.tables.saintWords),
    };
    compiled.set(lexicon, t);
  }
  return t;
}

/** The folded words beside each folded place of `phrases` (the words of one side, `side`); places without any are left out. */
function placeWords(phrases: readonly CommonPlacePhrase[], side: (p: CommonPlacePhrase) => readonly string[] | undefined): Map<string, Set<string>> {
  const byPlace = new Map<string, Set<string>>();
  for (const p of phrases) {
    const words = side(p);
    if (words === undefined || words.length === 0) continue;
    const place = foldWord(p.place);
    const set = byPlace.get(place) ?? new Set<string>();
    for (const w of words) set.add(foldWord(w));
    byPlace.set(place, set);
  }
  return byPlace;
}

/** Most tokens (words and the spaces between them) on each side of a name that a word of the game may stand at. */
const SPORTS_WINDOW = 24;
/** ب، ل or لل glued before a word of the game: بالمباراة، للفريق. */
const GAME_WORD_CLITIC = /^(?:ب|لل?)/u;

/** في written with ى as a word of its own: the mark of a text that writes every final ي so. */
const IN_WITH_ALIF_MAQSURA = /(?:^|\s)فى\s/u;

/** Whether each text read writes final ي as ى (see {@link writtenWithYa}), found once per text. */
const yaWrittenAsAlifMaqsura = new WeakMap<ShadowText, boolean>();

/**
 * True when word token `k` ends in ي as written, as a nisba does (الحوثي، العشماوي), and not in ى, which folds
 * alike: "الدعوى" (the lawsuit), "الجرحى" (the wounded) are nouns. A text that writes في as فى (as Egypt's
 * press does: "الرئيس السيسى") writes every final ي so, and there the letter tells nothing.
 */
export function writtenWithYa(tokens: TokenStream, k: TokenIndex): boolean {
  const shadow = tokens.shadow;
  let loose = yaWrittenAsAlifMaqsura.get(shadow);
  if (loose === undefined) yaWrittenAsAlifMaqsura.set(shadow, (loose = IN_WITH_ALIF_MAQSURA.test(shadow.original)));
  return tokens.text(k).endsWith('ي') && (loose || !writtenToken(tokens, k).endsWith('ى'));
}

/** Fewest letters of a family's nisba naming a group, the article counted: الحوثي. */
const GROUP_NISBA_LETTERS = 6;

/**
 * True when word token `k` may be a family's nisba that names the group it leads: one definite word in ي,
 * no nationality and no stop word ("ميليشيا الحوثي"، "جماعة الحوثي"; not "قوات الأمريكي").
 */
export function familyNisba(tokens: TokenStream, t: MentionTables, k: TokenIndex): boolean {
  const n = tokens.text(k);
  return n.startsWith(article) && writtenWithYa(tokens, k) && n.length >= GROUP_NISBA_LETTERS && !t.demonyms.has(n) && !t.stops.has(n);
}

/**
 * True when a word of the game stands within {@link SPORTS_WINDOW} tokens of token `k` (مباراة، فريق، هدف،
 * الدوري): a report of a game, where a city names its club and a player has no regnal number.
 */
export function gameNear(tokens: TokenStream, t: MentionTables, k: TokenIndex): boolean {
  for (let j = Math.max(0, k - SPORTS_WINDOW); j < Math.min(tokens.length, k + SPORTS_WINDOW); j++) {
    if (tokens.isWord(j as TokenIndex) && isGameWord(t, tokens.text(j as TokenIndex))) return true;
  }
  return false;
}

/** True when `word` is a word of the game (`clubContextWords`), behind و/ف، ب/لل and the article or not: "وللمباراة". */
export function isGameWord(t: MentionTables, word: string): boolean {
  return t.clubContextWords.has(word) || t.clubContextWords.has(withoutArticle(withoutConjunction(word).replace(GAME_WORD_CLITIC, '')));
}

/** True when the folded word `word` ends in one of the folded `endings`: كبيره in ه. */
export function endsWithAny(word: string, endings: readonly string[]): boolean {
  for (const e of endings) if (word.endsWith(e)) return true;
  return false;
}

/** What a mention names, with the recognizer's confidence: known names win over rules where they overlap. */
export interface Found {
  readonly start: TokenIndex;
  readonly end: TokenIndex;
  /** Shadow characters of a clitic at the start that stay out of the mention (the و of والبيشمركة). */
  readonly skip: number;
  readonly type: EntityType | null;
  /** Higher wins between overlapping mentions of the same extent. */
  readonly rank: number;
  /**
   * On a place that names a body of its own (حكومة السودان، بلدية عقربا), that body, head included: the nested reading
   * reports it before the place, as a nested annotation marks both.
   */
  readonly body?: TokenRange & { readonly skip: number };
}

/**
 * Place `place` after a head (folded `headWord`, at token `start` behind `skip` characters of clitic), with the body a
 * governing head makes of it for the nested reading: "بلدية عقربا"، "حكومة السودان" (see `governingBodyHeads`).
 */
export function withGoverningBody(t: MentionTables, headWord: string, start: TokenIndex, skip: number, place: Found): Found {
  return t.governingBodyHeads.has(headWord) ? { ...place, body: { start, end: place.end, skip } } : place;
}

/** Ranks of the recognizers: a known name, then an organisation by its head, a place by its head, a person. */
export const RANK = { known: 4, organisation: 3, place: 2, person: 1 } as const;

/** A compound given name glued after عبد or أبو: عبدالمجيد، أبوبكر. */
const GLUED_COMPOUND = /^(عبد|ابو)(ال.{2,}|[^ا].{2,})$/u;
/** A compound given name in الدين written apart: سعد الدين، عز الدين. */
const COMPOUND_IN_DIN = /^(\S{2,}) (الدين)$/u;

/** The alefs that carry a hamza or a madda. */
const HAMZA_ALEFS = 'أإآ';

/**
 * True when `written` has a hamza or madda on an alef past its first letter where `name`, spelled with
 * care, has a bare alef: folding joins them, but the writer who wrote the hamza wrote a verb or a common
 * word, not the name — "النيابة تأمر بالتحفظ" (orders) is no تامر، "الجيش يأسر 4" (captures) no ياسر،
 * "اليأس بلغ" (despair) no إلياس، "الآن" (now) no آلان. The first letter is left out: writers put a hamza on
 * the alef that opens a name at will (إبتسام for ابتسام).
 */
function hamzaApart(written: string, name: string): boolean {
  for (let i = 1; i < written.length && i < name.length; i++) if (HAMZA_ALEFS.includes(written[i]!) && name[i] === 'ا') return true;
  return false;
}

/**
 * The ways a given name is written: a compound of عبد or أبو is written glued or apart, and
 * news does both ("عبدالمجيد الذنيبات"، "عبد المجيد الذنيبات"; "أبوبكر"، "أبو بكر"); so is a
 * compound in الدين ("سعد الدين الحريري"، "رئيس الوزراء اللبناني، سعدالدين الحريري").
 */
export function spellingsOfGivenName(name: string): string[] {
  const glued = GLUED_COMPOUND.exec(foldWord(name));
  if (glued) return [name, `${glued[1]!} ${glued[2]!}`];
  const din = COMPOUND_IN_DIN.exec(name);
  return din ? [name, `${din[1]!}${din[2]!}`] : [name];
}

/** The stop words split by whether they fold to a given name: those that do are told apart by spelling. */
function stopsOf(stopWords: readonly string[], givenNames: readonly string[]): { stops: Set<string>; spelledStops: Map<string, string[]>; nameSpellings: Map<string, string[]> } {
  const names = new Set(givenNames.map(foldWord));
  const stops = new Set<string>();
  const spelledStops = new Map<string, string[]>();
  for (const word of stopWords) {
    const folded = foldWord(word);
    if (!names.has(folded)) stops.add(folded);
    else if (spelledStops.has(folded)) spelledStops.get(folded)!.push(word);
    else spelledStops.set(folded, [word]);
  }
  const nameSpellings = new Map<string, string[]>();
  for (const name of givenNames) {
    const folded = foldWord(name);
    if (!spelledStops.has(folded)) continue;
    const list = nameSpellings.get(folded) ?? [];
    list.push(withoutMarks(name));
    nameSpellings.set(folded, list);
  }
  return { stops, spelledStops, nameSpellings };
}
