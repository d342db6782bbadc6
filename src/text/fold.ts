/**
 * Character folding for the shadow copy.
 *
 * The table is built once at module load: a lookup per UTF-16 code unit is
 * the cheapest way to fold a whole article in one pass.
 */

/** Code unit is removed from the shadow (diacritics, tatweel, format characters). */
export const DELETE = 0;
/** Code unit needs NFKC (presentation forms, full-width forms): the result can be longer. */
export const EXPAND = 0xffff;

/** Marks that belong to the letter before them: a span ending on the letter takes them along. */
export const combiningRanges: ReadonlyArray<readonly [number, number]> = [
  [0x0640, 0x0640], // tatweel
  [0x064b, 0x065f], // harakat, tanween, shadda, sukun, and the rarer marks
  [0x0670, 0x0670], // superscript alef
  [0x06d6, 0x06dc], // Quranic annotation marks
  [0x06df, 0x06e8],
  [0x06ea, 0x06ed],
];

/**
 * Ranges of code units that are dropped from the shadow. Diacritics and
 * tatweel (the combining marks above) change nothing about which word is
 * written; format characters (bidi marks, zero-width joiners, BOM) are
 * invisible and break matching.
 */
export const deletedRanges: ReadonlyArray<readonly [number, number]> = [
  ...combiningRanges,
  [0x200b, 0x200f], // zero-width space/joiners, LRM, RLM
  [0x061c, 0x061c], // Arabic letter mark
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2066, 0x2069], // bidi isolates
  [0xfeff, 0xfeff], // BOM / zero-width no-break space
  // The mark of a hashtag: "الرئيس الأميركي دونالد #ترمب" names دونالد ترمب, and
  // "عقب #حريق مدمر" tells of a fire. The words are what the text says; the mark
  // only links them, so it is read as if it were not there.
  [0x0023, 0x0023],
];

/**
 * One-to-one replacements. Letter variants are folded so that a lexicon
 * written in careful spelling matches text written with any hamza seat,
 * ى for ي, or ه for ة, as Arabic news commonly does.
 */
export const letterFolds: ReadonlyArray<readonly [from: number, to: number]> = [
  [0x0623, 0x0627], // أ → ا
  [0x0625, 0x0627], // إ → ا
  [0x0622, 0x0627], // آ → ا
  [0x0671, 0x0627], // ٱ → ا
  [0x0649, 0x064a], // ى → ي
  [0x0629, 0x0647], // ة → ه
  [0x06cc, 0x064a], // Persian ی → ي
  [0x06a9, 0x0643], // Persian ک → ك
  [0x06be, 0x0647], // ھ (heh doachashmee, typed for ه on Persian and Urdu keyboards: "الھلال") → ه
  [0x06c1, 0x0647], // Urdu ہ → ه
  [0x00a0, 0x0020], // no-break space
  [0x202f, 0x0020], // narrow no-break space
  [0x2007, 0x0020], // figure space
  [0x2009, 0x0020], // thin space
  [0x066a, 0x0025], // ٪ → %
  [0x2212, 0x002d], // minus sign → -
  [0x2013, 0x002d], // en dash → -
  [0x2010, 0x002d], // hyphen → -
  [0x2011, 0x002d], // non-breaking hyphen → -
  // A hashtag's words are joined by a low line ("#كوريا_الشمالية"، "#سلوى_خطاب"): read
  // them as the words they are, كوريا الشمالية and سلوى خطاب.
  [0x005f, 0x0020], // low line → space
];

/** Blocks whose characters are compatibility forms: folded by NFKC. */
export const nfkcRanges: ReadonlyArray<readonly [number, number]> = [
  [0xfb50, 0xfdff], // Arabic presentation forms A
  [0xfe70, 0xfefe], // Arabic presentation forms B (FEFF is deleted above)
  [0xff01, 0xff5e], // full-width ASCII
];

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  // U+0000 maps to itself, which equals DELETE: the shadow builder keeps it explicitly.
  for (const [a, b] of nfkcRanges) for (let c = a; c <= b; c++) table[c] = EXPAND;
  for (const [a, b] of deletedRanges) for (let c = a; c <= b; c++) table[c] = DELETE;
  for (const [from, to] of letterFolds) table[from] = to;
  // Arabic-Indic (٣) and Extended Arabic-Indic (۳) digits → 3.
  for (const zero of [0x0660, 0x06f0]) for (let d = 0; d < 10; d++) table[zero + d] = 0x30 + d;
  return table;
}

/** Fold table indexed by UTF-16 code unit: a replacement unit, {@link DELETE} or {@link EXPAND}. */
export const foldTable: Uint16Array = buildFoldTable();

function buildCombiningTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [a, b] of combiningRanges) for (let c = a; c <= b; c++) table[c] = 1;
  return table;
}

/** 1 where a code unit is a mark that attaches to the preceding letter. */
export const combiningTable: Uint8Array = buildCombiningTable();

/**
 * Folds a short string (a lexicon entry, a user-supplied word) exactly as the
 * shadow copy folds running text, so tables can be written in careful spelling.
 */
export function foldWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const folded = foldTable[code] ?? code;
    if (folded === DELETE) continue;
    if (folded === EXPAND) {
      // As the shadow copy does: each character of the NFKC form once, and a form NFKC leaves as it is
      // (the Quranic bracket ﴿ U+FD3F) dropped rather than expanded again for ever.
      const expanded = word[i]!.normalize('NFKC');
      for (let k = 0; k < expanded.length; k++) {
        const f = foldTable[expanded.charCodeAt(k)]!;
        if (f !== DELETE && f !== EXPAND) out += String.fromCharCode(f);
      }
      continue;
    }
    out += String.fromCharCode(folded);
  }
  return out;
}

/** Harakat, tanween, shadda, sukun, superscript alef and tatweel: marks that do not change which word is spelled. */
const MARKS = /[\u064B-\u065F\u0670\u0640]/gu;

/** The word with its marks removed but its letters as written (hamza seats, ى, ة kept): "عَلَى" → "على". */
export function withoutMarks(word: string): string {
  return word.replace(MARKS, '');
}
