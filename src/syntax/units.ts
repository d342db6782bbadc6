/**
 * Reading what a figure counts or measures: the unit after the number (or
 * after a partitive من), as a table entry or, for nouns the table does not
 * know, as a regular lemma.
 */
import type { UnitKind } from '../model.js';
import type { TokenStream } from '../numbers/tokens.js';
import { conjunctionAnd, conjunctionClitics, isDefinite, withoutArticle, wordClitics } from '../text/clitics.js';
import { type TokenIndex } from '../text/coordinates.js';
import { foldWord } from '../text/fold.js';
import { filterWord, wordFilter } from '../text/word-filter.js';
import type { RegularEnding, SymbolUnit, UnitEntry } from './lexicon/units.js';
import { PhraseTable } from './phrases.js';
import { PLURAL_VERB } from './verb-shapes.js';

/** A unit found at tokens `[start, end)`. */
export interface UnitReading {
  readonly start: TokenIndex;
  readonly end: TokenIndex;
  /** The singular, folded: مقاتل، كيلومتر مربع. */
  readonly lemma: string;
  /** The singular as the table writes it (careful spelling), or the folded lemma for a noun the table does not know. */
  readonly singular: string;
  readonly kind: UnitKind;
  readonly currency?: string;
  /** True when the noun is in the construct state (مقاتلي، أفراد، قوات) and so owned by what follows it. */
  readonly construct: boolean;
}

/** A relative (nisba) adjective, folded: قسري، نفطيه، نفطيا. */
export const RELATIVE_ADJECTIVE = /^\p{L}{2,}(?:ي|يه|يا|يين|يون)$/u;

/**
 * A glued و or ف before a verb's prefix, folded: وأصيب، وتوفي، ويقول، فنقل is not
 * matched (a noun may start so), but وا، وت، وي، ون are how new clauses start.
 */
const CONJOINED_VERB = /^[وف][اتين]\p{L}{2,}$/u;

/** Shapes of a word after a classifier that is no counted noun: see `UnitTable.classified`. */
const NOT_COUNTED_NOUN = /^[موفي]|(?:ه|ت|وا)$/u;

const AND = conjunctionAnd;



/** Written forms of an entry: its lemma and listed forms, plus the regular inflection it asks for. */
export function unitForms(entry: UnitEntry): string[] {
  const forms = [entry.lemma, ...entry.forms];
  const lemma = foldWord(entry.lemma);
  if (entry.inflect === 'masculine') forms.push(`${lemma}ا`, `${lemma}ين`, `${lemma}ون`, `${lemma}ي`);
  if (entry.inflect === 'feminine' && lemma.endsWith('ه')) forms.push(`${lemma.slice(0, -1)}ات`);
  return forms;
}

/** The tables a unit table is compiled from. */
interface UnitTables {
  readonly countUnits: readonly UnitEntry[];
  readonly measureUnits: readonly UnitEntry[];
  readonly symbolUnits: readonly SymbolUnit[];
  readonly demonyms: readonly string[];
  readonly notUnitWords: readonly string[];
  readonly classifierNouns: readonly string[];
  readonly pronounSuffixes: readonly string[];
  readonly regularEndings: readonly RegularEnding[];
}

/** A regular ending compiled: its letters, what replaces them, and where it applies, folded. */
interface CompiledEnding {
  readonly ending: string;
  readonly replacement: string;
  readonly minLength: number;
  readonly notDoubled: boolean;
}

/** A compiled unit table. */
export class UnitTable {
  private readonly phrases: PhraseTable<UnitEntry>;
  private readonly constructForms = new Set<string>();
  /** One-word forms, for lookups after a pronoun suffix or the article is removed. */
  private readonly byWord = new Map<string, UnitEntry>();
  /**
   * The keys of {@link byWord}: a word ending in a pronoun suffix (nearly every word ending in ه، ها or ي)
   * asks for its stem, and most stems are no unit; the filter says so without cutting the stem out.
   */
  private readonly byWordKeys = wordFilter(13);
  private readonly stop: Set<string>;
  private readonly demonymForms: Set<string>;
  private readonly symbols: ReadonlyMap<string, SymbolUnit>;
  /** Dual forms of units whose sound plural is not also their dual: لترين، أونصتان، طائرتين. */
  private readonly duals = new Map<string, UnitEntry>();
  /** The keys of {@link duals}, asked first at every word (see {@link byWordKeys}). */
  private readonly dualKeys = wordFilter(12);
  /** Folded lemmas of nouns that classify (حالة): the noun after them is what is counted. */
  private readonly classifiers: Set<string>;
  /** Folded pronoun suffixes, longest first: a suffix that ends another is tried after it. */
  private readonly pronounSuffixes: readonly string[];
  /** Folded regular endings, in the table's order. */
  private readonly endings: readonly CompiledEnding[];
  /**
   * The folded lemma of every entry, folded once here: a reading gives it at every unit the text
   * names ("دولارا" → دولار), and folding it there made a new string each time.
   */
  private readonly foldedLemmas = new Map<UnitEntry, string>();

  constructor(tables: UnitTables) {
    const entries = [...tables.measureUnits, ...tables.countUnits];
    this.phrases = new PhraseTable(entries, unitForms);
    for (const e of entries) {
      for (const f of unitForms(e)) {
        const key = foldWord(f);
        if (!key.includes(' ') && !this.byWord.has(key)) this.byWord.set(key, e);
      }
      // The construct plural (مقاتلي) and broken plurals in construct (أفراد قوات) take an owner after them.
      if (e.inflect === 'masculine') this.constructForms.add(`${foldWord(e.lemma)}ي`);
      for (const f of e.forms) this.constructForms.add(foldWord(f));
      // The dual: لتر → لتران، لترين; طائرة → طائرتان، طائرتين. A noun with a sound masculine plural (مقاتلين)
      // writes its dual the same way, so only nouns with another plural (شخص، أشخاص → شخصين is two) have one here.
      const lemma = foldWord(e.lemma);
      this.foldedLemmas.set(e, lemma);
      if ((e.inflect !== 'masculine' || e.forms.length > 0) && !lemma.includes(' ')) {
        const stem = lemma.endsWith('ه') ? `${lemma.slice(0, -1)}ت` : lemma;
        for (const dual of [`${stem}ان`, `${stem}ين`]) if (!this.duals.has(dual)) this.duals.set(dual, e);
      }
    }
    for (const key of this.byWord.keys()) filterWord(this.byWordKeys, key, 0, key.length, true);
    for (const key of this.duals.keys()) filterWord(this.dualKeys, key, 0, key.length, true);
    this.stop = new Set(tables.notUnitWords.map(foldWord));
    this.classifiers = new Set(tables.classifierNouns.map(foldWord));
    this.pronounSuffixes = [...new Set(tables.pronounSuffixes.map(foldWord))].sort((a, b) => b.length - a.length);
    this.endings = tables.regularEndings.map((e) => ({
      ending: foldWord(e.ending),
      replacement: e.replacement === undefined ? '' : foldWord(e.replacement),
      minLength: e.minLength,
      notDoubled: e.notDoubled === true,
    }));
    this.demonymForms = new Set(tables.demonyms.flatMap((d) => [d, `${d}ين`, `${d}ون`, `${d}ة`]).map(foldWord));
    this.symbols = new Map(tables.symbolUnits.map((s) => [s.symbol, s]));
  }

  /** The unit whose dual is word token `k` ("لترين", "طائرتان"), as a reading of it, or null. */
  dualAt(tokens: TokenStream, k: TokenIndex): UnitReading | null {
    if (!tokens.isWord(k)) return null;
    const word = tokens.text(k);
    const entry = filterWord(this.dualKeys, word, 0, word.length, false) ? this.duals.get(word) : undefined;
    return entry ? this.reading(entry, k, (k + 1) as TokenIndex, '') : null;
  }

  /** The symbol unit written at token `k` ("$" of "$10"), if any. */
  symbolAt(tokens: TokenStream, k: TokenIndex): UnitReading | null {
    if (!tokens.isPunct(k)) return null;
    const symbol = this.symbols.get(tokens.text(k));
    if (!symbol) return null;
    return { start: k, end: (k + 1) as TokenIndex, lemma: foldWord(symbol.lemma), singular: symbol.lemma, kind: symbol.kind, ...(symbol.currency ? { currency: symbol.currency } : {}), construct: false };
  }

  /** True for a nationality adjective (أميركي، عراقيين). */
  isDemonym(word: string): boolean {
    return this.demonymForms.has(word);
  }

  /** True for a word that can never be a counted noun. */
  isStopWord(word: string): boolean {
    return this.stop.has(word);
  }

  /**
   * The table unit at word token `k` (with a pronoun suffix allowed: مساعديه), or null.
   * With `definite`, a noun with the article is read too (مئات الأشخاص، عشرات الآلاف من المدنيين).
   */
  tableUnitAt(tokens: TokenStream, k: TokenIndex, definite = false): UnitReading | null {
    if (k < 0) return null;
    const m = this.phrases.matchAt(tokens, k);
    if (m) {
      const reading = this.reading(m.entry, k, m.end, tokens.text((m.end - 1) as TokenIndex));
      return m.end === k + 1 && this.classifiers.has(reading.lemma) ? this.classified(tokens, reading, m.entry) : reading;
    }
    const word = tokens.text(k);
    if (definite && isDefinite(word)) {
      // The article, behind clitics or not: الأشخاص، للنقطة، بالأهداف.
      const bare = withoutArticle(word);
      const entry = this.byWord.get(bare);
      if (entry) return this.reading(entry, k, (k + 1) as TokenIndex, bare);
    }
    for (const suffix of this.pronounSuffixes) {
      if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
      if (!filterWord(this.byWordKeys, word, 0, word.length - suffix.length, false)) continue;
      const stem = word.slice(0, -suffix.length);
      const entry = this.byWord.get(stem);
      if (entry) return this.reading(entry, k, (k + 1) as TokenIndex, stem);
    }
    return null;
  }

  /**
   * "72 حالة وفاة", "78 حالة اختفاء قسري": after a noun that classifies, the
   * indefinite noun (and a relative adjective in ي after it) is what is counted.
   * The lemma is that noun (وفاة, so that it meets "73 وفاة"); the singular is
   * the phrase. Without such a noun the classifier stays the unit ("78 حالة،").
   */
  private classified(tokens: TokenStream, head: UnitReading, entry: UnitEntry): UnitReading {
    const k = tokens.nextWord((head.end - 1) as TokenIndex);
    if (k < 0 || !this.modifierAt(tokens, k)) return head;
    const word = tokens.text(k);
    const counted = this.byWord.get(word);
    // Not an adjective ("حالة جديدة", "حالة مؤكدة": feminine in ة, a participle in م), nor a verb or a new
    // clause ("حالة وصلت", "حالات يعتبرون": a glued و or ف, a past ending in ت or وا, a present in ي).
    if (!counted && (NOT_COUNTED_NOUN.test(word) || RELATIVE_ADJECTIVE.test(word))) return head;
    let lemma = counted ? this.lemmaOf(counted) : word;
    let singular = `${entry.lemma} ${counted ? counted.lemma : word}`;
    let end = (k + 1) as TokenIndex;
    // A relative adjective after the noun: "اختفاء قسري", "حفر نفطية".
    const adjective = tokens.nextWord(k);
    if (adjective >= 0 && this.modifierAt(tokens, adjective) && RELATIVE_ADJECTIVE.test(tokens.text(adjective))) {
      lemma = `${lemma} ${tokens.text(adjective)}`;
      singular = `${singular} ${tokens.text(adjective)}`;
      end = ((adjective + 1) as TokenIndex);
    }
    return { ...head, end, lemma, singular, construct: false };
  }

  /** True for an indefinite word at `k` that may qualify a noun before it: no particle, number word, nationality or foreign word. */
  private modifierAt(tokens: TokenStream, k: TokenIndex): boolean {
    const word = tokens.text(k);
    return word.length >= 3 && !tokens.isForeign(k) && !this.stop.has(word) && !isDefinite(word) && !this.demonymForms.has(word) && tokens.reading(k) === null;
  }

  /**
   * A unit and a second counted noun joined to it by و, counted together:
   * "34 رجلاً وطفلاً" (men and boys: singular رجل وطفل), "عشرات من الرجال
   * والصبية", "ربع مليون من المنازل والشركات". The lemma stays the first
   * noun's; the reading is returned unchanged when no such noun follows.
   */
  withCoordinate(tokens: TokenStream, unit: UnitReading): UnitReading {
    if (unit.kind !== 'count') return unit;
    const k = tokens.nextWord((unit.end - 1) as TokenIndex);
    if (k < 0) return unit;
    const word = tokens.text(k);
    if (word.length < 4 || !word.startsWith(AND)) return unit;
    const rest = word.slice(AND.length);
    const bare = isDefinite(rest) ? withoutArticle(rest) : rest;
    const entry = this.byWord.get(bare);
    if (!entry || entry.kind !== 'count' || isDefinite(rest) !== isDefinite(tokens.text(unit.start))) return unit;
    return { ...unit, end: (k + 1) as TokenIndex, singular: `${unit.singular} و${entry.lemma}`, construct: false };
  }

  /**
   * The table noun at word `k` written definite or with a pronoun, behind one
   * glued و، ف، ب، ل or ك: "الأهداف", "بالدول", "بدوله" (ب + دول + ه). For the
   * noun a definite number follows ("بدوله الـ28").
   */
  definiteNounAt(tokens: TokenStream, k: TokenIndex): UnitReading | null {
    const word = tokens.text(k);
    if (isDefinite(word)) return this.tableUnitAt(tokens, k, true);
    const stem = word.length > 3 && wordClitics.includes(word[0]!) ? word.slice(1) : word;
    for (const suffix of this.pronounSuffixes) {
      if (!stem.endsWith(suffix) || stem.length - suffix.length < 3) continue;
      const entry = this.byWord.get(stem.slice(0, -suffix.length));
      if (entry) return this.reading(entry, k, (k + 1) as TokenIndex, stem.slice(0, -suffix.length));
    }
    return null;
  }

  /** The folded lemma of a table entry (see {@link foldedLemmas}). */
  private lemmaOf(entry: UnitEntry): string {
    return this.foldedLemmas.get(entry) ?? foldWord(entry.lemma);
  }

  private reading(entry: UnitEntry, start: TokenIndex, end: TokenIndex, lastWord: string): UnitReading {
    return {
      start,
      end,
      lemma: this.lemmaOf(entry),
      singular: entry.lemma,
      kind: entry.kind,
      ...(entry.currency ? { currency: entry.currency } : {}),
      construct: end === start + 1 && this.constructForms.has(lastWord),
    };
  }

  /**
   * The unit right after token `last` (the number's last token): a symbol, a
   * table unit, or any other noun with a regular lemma. Null when the next word
   * cannot be a counted noun.
   */
  unitAfter(tokens: TokenStream, last: TokenIndex, isNumberWord: (k: TokenIndex) => boolean): UnitReading | null {
    // Symbols: 40%، 20 $
    const symbol = this.symbolAt(tokens, tokens.next(last));
    if (symbol) return symbol;
    const k = tokens.nextWord(last);
    if (k < 0 || isNumberWord(k)) return null;
    const table = this.tableUnitAt(tokens, k);
    if (table) return table;
    const word = tokens.text(k);
    if (tokens.isForeign(k) || this.stop.has(word) || isDefinite(word) || word.length < 3) return null;
    // A conjunction before a particle ("وهؤلاء") or a verb ("وأصيب", "وتوفي", "ويقول") starts a new clause.
    if (conjunctionClitics.includes(word[0]!) && (this.stop.has(word.slice(1)) || CONJOINED_VERB.test(word))) return null;
    // "من بينهم 33 تلقوا العلاج": a plural verb after the figure opens its clause; the noun counted was named before.
    if (PLURAL_VERB.test(word)) return null;
    const lemma = this.regularLemma(word);
    return { start: k, end: (k + 1) as TokenIndex, lemma, singular: lemma, kind: 'count', construct: false };
  }

  /**
   * The singular of a folded noun the table does not know, by the regular endings of the tables (the
   * first that fits): accusative alef (مدنيا → مدني), sound plurals (مقاتلين → مقاتل), the feminine
   * plural (غارات → غاره). Broken plurals need the table.
   */
  regularLemma(word: string): string {
    for (const e of this.endings) {
      if (word.length < e.minLength || !word.endsWith(e.ending)) continue;
      const stem = word.slice(0, word.length - e.ending.length);
      if (e.notDoubled && stem.endsWith(e.ending)) continue;
      return `${stem}${e.replacement}`;
    }
    return word;
  }
}
