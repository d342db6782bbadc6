/**
 * The alignment tables compiled once per table object into the lookups the
 * identity rules use: a counted noun's kind and role, a measure's scale, a
 * predicate's group, the words that name a news agency.
 */
import { nameKeys, type NameKeys } from '../names/normalize.js';
import { numbersTables } from '../numbers/lexicon.js';
import { syntaxLexicon, type SyntaxTables } from '../syntax/lexicon.js';
import { prepositionClitics, prepositionKa, withoutArticle, withoutConjunction } from '../text/clitics.js';
import { compiledOnce, mergeTables } from '../text/lexicon.js';
import { foldWord } from '../text/fold.js';
import { alignChecks, alignTables, type AlignTables, type CountedRole } from './lexicon.js';
import { fold, stemmerOf, stemPhrase, stemWord, type Stemmer } from './stem.js';

/** What a counted noun's stem says: its group, and for people and occurrences its kind and role. */
export interface CountedSense {
  /** The group: nouns of one group count the same thing. */
  readonly group: string;
  /** The kind (people, occurrences), or null for a noun of `unitGroups` or one no table knows. */
  readonly kind: string | null;
  readonly role: CountedRole | null;
}

/** A measure's kind and size in the base unit of its kind. */
export interface Scale {
  readonly kind: string;
  readonly scale: number;
  /** The larger size of a word of two sizes (ميل), else `scale`. */
  readonly upTo: number;
}

/** The endings of a folded nisba adjective (أميركي، الأميركية، روسيون، أوروبيين، عربيات). */
const nisba = /ي(?:ه|ون|ين|ات)?$/u;

/** Letters of a verb of the event tables that a subject's word may be read as: the derived forms (أنقذ، اعتقل). */
const EVENT_VERB_LETTERS = 4;

/** Subject words whose stems are kept before the memo starts again. */
const STEM_MEMO = 50_000;

/** Fewest letters a subject word keeps when a glued letter is taken off. */
const SUBJECT_STEM = 3;

/**
 * Fewest letters a word keeps behind a glued ك taken off when what is left is no word the tables know:
 * ك ("as") seldom comes before a subject's noun, and many names start with it (كركنة is not ك + ركنة).
 */
const KAF_STEM = 5;

/** The words of Latin and Arabic letters in a text, folded as the shadow folds whole texts: for phrase lookups over a few hundred characters. */
export function foldedWords(text: string): string[] {
  return fold(text)
    .split(/\P{L}+/u)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
}

/** The alignment tables, compiled. */
export class AlignLexicon {
  readonly tables: AlignTables;
  readonly names: NameKeys;
  /** The light stem's endings and vowels (`stemEndings`, `stemVowels`), folded. */
  private readonly stemmer: Stemmer;
  private readonly counted = new Map<string, CountedSense>();
  private readonly countedExact = new Map<string, CountedSense>();
  /** Folded lemmas of the claims' count units. */
  private readonly knownNouns: ReadonlySet<string>;
  private readonly scales = new Map<string, Scale>();
  private readonly predicateGroupOf = new Map<string, string>();
  /** Stems of the predicates of a group → the stem of its first: a verb in a subject ("الذين أخلتهم") reads as its group's. */
  private readonly verbStemOf = new Map<string, string>();
  /** Folded predicates that say what happened to people (اعتقل): the group of its nouns. */
  private readonly eventVerbs = new Map<string, string>();
  /** Agency phrases by their first word: `[words, agency name]`. */
  private readonly wires = new Map<string, Array<readonly [readonly string[], string]>>();
  private readonly stopWords: ReadonlySet<string>;
  /** Folded words, without the article, that mark a figure before a change (السابق). */
  private readonly former: ReadonlySet<string>;
  /** Entity keys of heads that name no particular body (التنظيم، الحكومة): no subject at all. */
  readonly genericSubjects: ReadonlySet<string>;
  /** Stems of the fraction words: a fraction whose unit is one of them is a bare share (النصف = 50%). */
  private readonly fractionStems: ReadonlySet<string>;
  /** "EUR USD" → what one EUR has been worth in USD, lowest and highest; both ways. */
  private readonly rates = new Map<string, readonly [number, number]>();
  /** Folded one-word names of places inside a country (صفاقس، قرقنة) → the country's code, from the names tables. */
  private readonly placeCountry = new Map<string, string>();
  /** Folded one-word names of countries and their demonym forms (تونس، التونسية) → the country's code. */
  private readonly countryWords = new Map<string, string>();

  constructor(tables: AlignTables, names: NameKeys, syntax: Pick<SyntaxTables, 'demonyms' | 'countUnits' | 'newsAgencies'>) {
    const { demonyms, countUnits } = syntax;
    this.tables = tables;
    this.stemmer = stemmerOf(tables.stemEndings, tables.stemVowels);
    this.names = names;
    // Table nouns are found by their folded form, then by their stem (plurals the claims did not
    // reduce); nationalities by their folded form only, as their stems are short (سوري → سر).
    const sense = (lemma: string, s: CountedSense, byStem: boolean): void => {
      const exact = withoutArticle(fold(lemma));
      if (!this.countedExact.has(exact)) this.countedExact.set(exact, s);
      const key = this.stemPhrase(lemma);
      if (byStem && !this.counted.has(key)) this.counted.set(key, s);
    };
    tables.countedKinds.forEach((k, i) => k.lemmas.forEach((l) => sense(l, { group: `k${i}`, kind: k.kind, role: k.role }, true)));
    tables.countedKinds.forEach((k, i) => {
      if (k.role !== 'what') return;
      for (const v of k.verbs ?? []) if (!this.eventVerbs.has(fold(v))) this.eventVerbs.set(fold(v), `k${i}`);
    });
    tables.unitGroups.forEach((g, i) => g.forEach((l) => sense(l, { group: `g${i}`, kind: null, role: null }, true)));
    // A nationality is who people are: "22 مليون يمني".
    demonyms.forEach((d) => sense(d, { group: `n${withoutArticle(fold(d))}`, kind: 'people', role: 'who' }, false));
    for (const m of tables.measureScales) {
      for (const form of [m.lemma, ...m.forms]) {
        const key = this.stemPhrase(form);
        if (!this.scales.has(key)) this.scales.set(key, { kind: m.kind, scale: m.scale, upTo: Math.max(m.scale, m.upTo ?? m.scale) });
      }
    }
    tables.predicateGroups.forEach((g, i) => g.forEach((p) => this.predicateGroupOf.set(foldWord(p), `p${i}`)));
    for (const g of tables.predicateGroups) {
      const first = this.stemWord(fold(g[0]!));
      for (const p of g) if (!this.verbStemOf.has(this.stemWord(fold(p)))) this.verbStemOf.set(this.stemWord(fold(p)), first);
    }
    for (const agency of syntax.newsAgencies) {
      for (const form of [agency.name, ...agency.forms]) {
        const words = foldedWords(form);
        if (words.length === 0) continue;
        const list = this.wires.get(words[0]!);
        if (list) list.push([words, agency.name]);
        else this.wires.set(words[0]!, [[words, agency.name]]);
      }
    }
    this.stopWords = new Set(tables.subjectStopWords.map((w) => withoutArticle(foldWord(w))));
    this.former = new Set(tables.formerWords.map((w) => withoutArticle(foldWord(w))));
    this.genericSubjects = new Set(names.tables.genericHeads.map((h) => names.key(h)));
    this.knownNouns = new Set(countUnits.map((u) => withoutArticle(fold(u.lemma))));
    this.fractionStems = new Set(numbersTables.fractionWords.flatMap((f) => [...f.singular, ...f.dual, ...f.plural].map((w) => this.stemPhrase(w))));
    for (const r of tables.exchangeRanges) {
      const [low, high] = r.low <= r.high ? [r.low, r.high] : [r.high, r.low];
      if (r.from === r.to) continue;
      if (!this.rates.has(`${r.from} ${r.to}`)) this.rates.set(`${r.from} ${r.to}`, [low, high]);
      if (!this.rates.has(`${r.to} ${r.from}`)) this.rates.set(`${r.to} ${r.from}`, [1 / high, 1 / low]);
    }
    // Places within places: a city or governorate and the country it lies in (صفاقس ⊂ تونس). Only names of
    // one word that are not also a country's (الكويت، تونس العاصمة's تونس), nor common words (?المنستير),
    // nor a name two countries' places share.
    const countryOf = new Map<string, string>();
    for (const c of names.tables.countries) {
      countryOf.set(c.name, c.code);
      if (c.ambiguous) continue;
      for (const n of [c.name, ...(c.aliases ?? [])]) {
        const words = foldedWords(n);
        if (words.length === 1) this.countryWords.set(withoutArticle(words[0]!), c.code);
      }
    }
    for (const [form, known] of names.demonyms) {
      const code = countryOf.get(known.canonical);
      const words = foldedWords(form);
      if (code !== undefined && !known.ambiguous && words.length === 1) this.countryWords.set(withoutArticle(words[0]!), code);
    }
    const shared = new Set<string>();
    for (const p of names.tables.places) {
      if (p.country === undefined || p.ambiguous || p.kind === 'region' || p.kind === 'water') continue;
      for (const n of [p.name, ...(p.aliases ?? [])]) {
        const words = foldedWords(n);
        if (words.length !== 1) continue;
        const w = withoutArticle(words[0]!);
        if (this.countryWords.has(w) || shared.has(w)) continue;
        const seen = this.placeCountry.get(w);
        if (seen !== undefined && seen !== p.country) {
          this.placeCountry.delete(w);
          shared.add(w);
        } else this.placeCountry.set(w, p.country);
      }
    }
  }

  /** What one unit of currency `from` has been worth in `to` (ISO codes), lowest and highest; null when no table says. */
  rateRange(from: string, to: string): readonly [number, number] | null {
    return this.rates.get(`${from} ${to}`) ?? null;
  }

  /**
   * The countries a subject names (by name or demonym: "سواحل تونس"، "السواحل التونسية") and the countries
   * of the places inside one it names ("صفاقس وقرقنة" → TN), as ISO codes.
   */
  placesOf(text: string): { readonly countries: readonly string[]; readonly within: readonly string[] } {
    const countries: string[] = [];
    const within: string[] = [];
    for (const word of foldedWords(text)) {
      // The word as written first (ليبيا, not ل + يبيا), then without its article or a glued و، ب، ل.
      const definite = withoutArticle(word);
      const bare = definite !== word ? definite : this.withoutPreposition(withoutConjunction(word, SUBJECT_STEM));
      const look = (table: ReadonlyMap<string, string>): string | undefined => table.get(definite) ?? table.get(bare) ?? table.get(withoutArticle(bare));
      const country = look(this.countryWords);
      if (country !== undefined) {
        if (!countries.includes(country)) countries.push(country);
        continue;
      }
      const place = look(this.placeCountry);
      if (place !== undefined && !within.includes(place)) within.push(place);
    }
    return { countries, within };
  }

  /** True when a fraction's unit lemma is the fraction word itself: a share of nothing named (النصف، بنحو الثلث). */
  isBareShare(lemma: string): boolean {
    return lemma === '' || this.fractionStems.has(this.stemPhrase(lemma));
  }

  /** What the counted noun with this lemma says; an unknown noun is a group of its own stem. */
  countedSense(lemma: string): CountedSense {
    const exact = this.countedExact.get(withoutArticle(fold(lemma)));
    if (exact) return exact;
    const key = this.stemPhrase(lemma);
    return this.counted.get(key) ?? { group: `s${key}`, kind: null, role: null };
  }

  /**
   * True when a subject word's stem is a noun of the members of a body (قوات، عناصر، أفراد: people, by
   * who they are or anyone), which before the body's name says no more than the name does.
   */
  namesMembers(stem: string): boolean {
    const s = this.counted.get(stem);
    return s !== undefined && s.kind === 'people' && (s.role === 'who' || s.role === 'any');
  }

  /**
   * The word without a glued ب، ل or ك (بمنطقة → منطقة، لمصر → مصر), when enough of it is left; behind
   * ك only a word the tables know or a long one: "جزيرة كركنة" keeps كركنة, where ركنة is no word.
   */
  private withoutPreposition(word: string): string {
    if (word.length - 1 < SUBJECT_STEM || !prepositionClitics.includes(word[0]!)) return word;
    const left = word.slice(1);
    if (word[0] === prepositionKa && left.length < KAF_STEM && !this.countryWords.has(left) && !this.placeCountry.has(left) && !this.knowsNoun(left)) return word;
    return left;
  }

  /** True when a counted noun is one the unit tables know (the claims' units, or the alignment's kinds and groups). */
  knowsNoun(lemma: string): boolean {
    const exact = withoutArticle(fold(lemma));
    return this.knownNouns.has(exact) || this.countedExact.has(exact) || this.counted.has(this.stemPhrase(lemma));
  }

  /**
   * What happened to the people a claim counts, when its predicate or its
   * subject says it: the group of a noun of what happened (قتيل، جريح، مفقود)
   * whose stem is the predicate's ("لقي 37 شخصاً حتفهم" reads قتل) or one of the
   * subject's words ("9 أفراد من قوات الحرس الوطني القتلى"); null when neither says.
   * The predicate speaks first: it is the claim's own verb.
   */
  eventOf(predicate: string | null, subjectWords: readonly string[]): string | null {
    const what = (stem: string): string | null => {
      const s = this.counted.get(stem);
      return s && s.kind === 'people' && s.role === 'what' ? s.group : null;
    };
    if (predicate !== null) {
      const found = this.eventVerbs.get(fold(predicate)) ?? what(this.stemPhrase(predicate));
      if (found) return found;
    }
    for (const w of subjectWords) {
      // A verb of the subject's relative clause says it too: "67 مهاجراً الذين أنقذتهم قوات الحرس" are
      // the rescued. Only a verb of a derived form (أنقذ، اعتقل، احتجز): a three-letter one is also a
      // noun (فقد "loss", جرح "a wound").
      const found = what(w) ?? (w.length >= EVENT_VERB_LETTERS ? (this.eventVerbs.get(w) ?? null) : null);
      if (found) return found;
    }
    return null;
  }

  /** The scale of a measure, or null when the tables do not know it. */
  scaleOf(lemma: string): Scale | null {
    return this.scales.get(this.stemPhrase(lemma)) ?? null;
  }

  /** The group of a predicate stem: بقي and ملك are one event. */
  predicateGroup(stem: string): string {
    const folded = fold(stem);
    return this.predicateGroupOf.get(folded) ?? `p${folded}`;
  }

  /**
   * The light stem of one folded word, by the tables `stemEndings` and `stemVowels`: مشروعات → مشرع,
   * أنقذتهم → انقذ (see src/align/stem.ts).
   */
  stemWord(folded: string): string {
    return stemWord(folded, this.stemmer);
  }

  /** The light stem of a phrase, word by word: "أميال بحرية" → "ميل بحر". */
  stemPhrase(text: string): string {
    return stemPhrase(text, this.stemmer);
  }

  /** The stems of the words that tell a subject apart: without prepositions, relatives, numbers. */
  subjectWords(text: string): string[] {
    const out: string[] = [];
    for (const word of foldedWords(text)) {
      // وقرقنة، بمنطقة، لمصر: a glued conjunction or preposition is not part of the word.
      const definite = withoutArticle(word);
      const bare = definite !== word ? definite : this.withoutPreposition(withoutConjunction(word, SUBJECT_STEM));
      if (this.stopWords.has(bare) || bare.length < 2) continue;
      for (const stem of this.stemsOf(bare)) if (!out.includes(stem)) out.push(stem);
    }
    return out;
  }

  /** Words of a subject read already: news repeats its subjects' words. */
  private readonly stemMemo = new Map<string, readonly string[]>();

  /**
   * The stems a subject word stands for: its own, or, for one word that names a known entity by a
   * longer name, the stems of that name: "طردتهم أميركا" and "طردتهم الولايات المتحدة" say one thing.
   */
  private stemsOf(bare: string): readonly string[] {
    let stems = this.stemMemo.get(bare);
    if (stems === undefined) {
      if (this.stemMemo.size >= STEM_MEMO) this.stemMemo.clear();
      // An adjective of a country (الأميركية، الروسي) says whose, not who does it: "البعثة الدبلوماسية
      // الأميركية" is not "طردتهم الولايات المتحدة". Only a name is read as its entity's longer name.
      const key = nisba.test(bare) ? bare : this.names.key(bare);
      const words = key.includes(' ') ? key.split(' ').filter((w) => w.length >= 2 && !this.stopWords.has(w)) : [];
      // A verb of a predicate group stands for its group: "الذين أجلتهم خدمات الطوارئ" and "الذين أخلتهم
      // قوات الإنقاذ" say one thing was done (أجلى = أخلى).
      const stem = this.stemWord(bare);
      stems = words.length > 1 ? words.map((w) => this.stemWord(w)) : [this.verbStemOf.get(stem) ?? stem];
      this.stemMemo.set(bare, stems);
    }
    return stems;
  }

  /**
   * The stems of the words a subject adds with a glued و (ودول، والجرحى): what it joins to the rest
   * ("طردتهم الولايات المتحدة ودول أوروبية" adds دول، أوروبي). A word that merely starts with و (وزارة)
   * is read so too: the rule that reads these only ever keeps two subjects apart.
   */
  conjoinedWords(text: string): string[] {
    const out: string[] = [];
    let after = false;
    for (const word of foldedWords(text)) {
      // A word of the stop list that starts with و (وراء) is the word itself.
      if (this.stopWords.has(word)) continue;
      const bare = withoutConjunction(word, SUBJECT_STEM);
      // The word behind و and the words that follow it (ودول أوروبية) belong to the conjunct.
      if (bare !== word && word.startsWith('و')) after = true;
      if (!after) continue;
      const definite = withoutArticle(bare);
      const stripped = definite !== bare ? definite : this.withoutPreposition(bare);
      if (this.stopWords.has(stripped) || stripped.length < 2) continue;
      for (const stem of this.stemsOf(stripped)) if (!out.includes(stem)) out.push(stem);
    }
    return out;
  }

  /** True when a subject names the figure before a change: "سعر لتر البنزين السابق". */
  namesFormer(text: string): boolean {
    return foldedWords(text).some((w) => this.former.has(withoutArticle(withoutConjunction(w, SUBJECT_STEM))));
  }

  /** True when an agency's name may start with this folded word. */
  startsWire(word: string): boolean {
    return this.wires.has(word);
  }

  /** The agency named by the words at `i`, or null. */
  wireAt(words: readonly string[], i: number): string | null {
    for (const [phrase, name] of this.wires.get(words[i]!) ?? []) {
      if (phrase.every((w, k) => words[i + k] === w)) return name;
    }
    return null;
  }
}

/** The alignment tables (merged with a caller's `lexicon`), compiled once per table object. */
export const alignLexicon: (fn: string, lexicon: unknown) => AlignLexicon = compiledOnce(
  (fn, input) => {
    return new AlignLexicon(mergeTables(fn, alignTables, input, alignChecks), nameKeys(fn, input), syntaxLexicon(fn, input).tables);
  },
);
