/**
 * Reading what a figure counts or measures: the unit after the number (or
 * after a partitive من), as a table entry or, for nouns the table does not
 * know, as a regular lemma.
 */
import type { Lexemes } from '../numbers/lexemes.js';
import { foldWord } from '../text/fold.js';
import type { UnitKind } from '../model.js';
import { countUnits, demonyms, measureUnits, notUnitWords, symbolUnits, type UnitEntry } from './lexicon/units.js';
import { nextWord, PhraseTable } from './phrases.js';

/** A unit found at lexemes `[start, end)`. */
export interface UnitReading {
  readonly start: number;
  readonly end: number;
  readonly lemma: string;
  readonly kind: UnitKind;
  readonly currency?: string;
  /** True when the noun is in the construct state (مقاتلي، أفراد، قوات) and so owned by what follows it. */
  readonly construct: boolean;
}

/** Written forms of an entry: its lemma and listed forms, plus the regular inflection it asks for. */
function formsOf(entry: UnitEntry): string[] {
  const forms = [entry.lemma, ...entry.forms];
  const lemma = foldWord(entry.lemma);
  if (entry.inflect === 'masculine') forms.push(`${lemma}ا`, `${lemma}ين`, `${lemma}ون`, `${lemma}ي`);
  if (entry.inflect === 'feminine' && lemma.endsWith('ه')) forms.push(`${lemma.slice(0, -1)}ات`);
  return forms;
}

/** A compiled unit table (built once per extractor). */
export class UnitTable {
  private readonly phrases: PhraseTable<UnitEntry>;
  private readonly constructForms = new Set<string>();
  /** One-word forms, for lookups after a pronoun suffix is removed. */
  private readonly byWord = new Map<string, UnitEntry>();
  private readonly stop: Set<string>;
  private readonly demonymForms: Set<string>;

  constructor(extra: readonly UnitEntry[] = []) {
    const entries = [...extra, ...measureUnits, ...countUnits];
    this.phrases = new PhraseTable(entries, formsOf);
    for (const e of entries) {
      for (const f of formsOf(e)) {
        const key = foldWord(f);
        if (!key.includes(' ') && !this.byWord.has(key)) this.byWord.set(key, e);
      }
      // The construct plural (مقاتلي) and broken plurals in construct (أفراد قوات) take an owner after them.
      if (e.inflect === 'masculine') this.constructForms.add(`${foldWord(e.lemma)}ي`);
      for (const f of e.forms) this.constructForms.add(foldWord(f));
    }
    this.stop = new Set(notUnitWords.map(foldWord));
    this.demonymForms = new Set(demonyms.flatMap((d) => [d, `${d}ين`, `${d}ون`, `${d}ة`]).map(foldWord));
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
   * The table unit at word lexeme `k` (with a pronoun suffix allowed: مساعديه), or null.
   * With `definite`, a noun with the article is read too (مئات الأشخاص، عشرات الآلاف من المدنيين).
   */
  tableUnitAt(lx: Lexemes, k: number, definite = false): UnitReading | null {
    if (k < 0) return null;
    const m = this.phrases.matchAt(lx, k);
    if (m) return this.reading(m.entry, k, m.end, lx.text(m.end - 1));
    const word = lx.text(k);
    if (definite && word.startsWith('ال')) {
      const entry = this.byWord.get(word.slice(2));
      if (entry) return this.reading(entry, k, k + 1, word.slice(2));
    }
    for (const suffix of ['ه', 'ها', 'هم']) {
      if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
      const stem = word.slice(0, -suffix.length);
      const entry = this.byWord.get(stem);
      if (entry) return this.reading(entry, k, k + 1, stem);
    }
    return null;
  }

  private reading(entry: UnitEntry, start: number, end: number, lastWord: string): UnitReading {
    return {
      start,
      end,
      lemma: foldWord(entry.lemma),
      kind: entry.kind,
      ...(entry.currency ? { currency: entry.currency } : {}),
      construct: end === start + 1 && this.constructForms.has(lastWord),
    };
  }

  /**
   * The unit right after lexeme `last` (the number's last lexeme): a symbol, a
   * table unit, or any other noun with a regular lemma. Null when the next word
   * cannot be a counted noun.
   */
  unitAfter(lx: Lexemes, last: number, isNumberWord: (k: number) => boolean): UnitReading | null {
    // Symbols: 40%، 20 $
    let j = last + 1;
    while (j < lx.length && lx.type(j) === 'space' && !lx.flag(j)) j++;
    if (j < lx.length && lx.type(j) === 'punct') {
      const symbol = symbolUnits.find((s) => s.symbol === lx.text(j));
      if (symbol) {
        return { start: j, end: j + 1, lemma: foldWord(symbol.lemma), kind: symbol.kind, ...(symbol.currency ? { currency: symbol.currency } : {}), construct: false };
      }
    }
    const k = nextWord(lx, last);
    if (k < 0 || isNumberWord(k)) return null;
    const table = this.tableUnitAt(lx, k);
    if (table) return table;
    const word = lx.text(k);
    if (lx.flag(k) || this.stop.has(word) || word.startsWith('ال') || word.length < 3) return null;
    // A conjunction before a particle or a definite noun ("وهؤلاء", "والجيش") starts a new clause.
    if ((word.startsWith('و') || word.startsWith('ف')) && (this.stop.has(word.slice(1)) || word.startsWith('ال', 1))) return null;
    return { start: k, end: k + 1, lemma: regularLemma(word), kind: 'count', construct: false };
  }
}

/**
 * The singular of a noun the table does not know, by regular morphology:
 * accusative alef (مدنيا → مدني), sound plurals (مقاتلين → مقاتل), the feminine
 * plural (غارات → غاره). Broken plurals need the table.
 */
export function regularLemma(word: string): string {
  if (word.length >= 5 && (word.endsWith('ين') || word.endsWith('ون'))) return word.slice(0, -2);
  if (word.length >= 5 && word.endsWith('ات')) return `${word.slice(0, -2)}ه`;
  if (word.length >= 4 && word.endsWith('ا') && !word.endsWith('اا')) return word.slice(0, -1);
  return word;
}
