import { compiledOnce } from '../text/lexicon.js';
import { requireOptions, requireString } from '../text/validate.js';
import { foldWord } from '../text/fold.js';
import { doubledWaw, FINAL_HAMZA, nameKeys, nameWords, type NameKeys, type NameOptions } from './normalize.js';
import { article } from '../text/clitics.js';
import type { NamesTables } from './lexicon.js';

/** The names tables compiled for similarity: consonant groups, cheap swaps, distinguishing words, known entities. */
interface SimilarityTables {
  readonly keys: NameKeys;
  /** Letter → the first letter of its consonant group (G as غ/ج/ق/گ, ت/ط …). */
  readonly groupOf: ReadonlyMap<string, string>;
  /** Cheap letter pairs, in both orders. */
  readonly cheap: ReadonlySet<string>;
  /** Letter pairs cheap between two foreign-looking words only, in both orders (ز/س). */
  readonly foreignCheap: ReadonlySet<string>;
  /** Letter → the first letter of its group when a foreign name is compared without its long vowels (ه/ح/خ، ز/س، ث/ت too). */
  readonly foreignGroupOf: ReadonlyMap<string, string>;
  /** Keys of the foreign given names of one word that are no Arab given name: إيمانويل، سيرغي (not أحمد). */
  readonly foreignGivenNames: ReadonlySet<string>;
  /** Keys of the given names of two words (محمد جواد، جان إيف): news may write the second alone. */
  readonly doubleGivenNames: ReadonlySet<string>;
  /** Keys of given names, native and foreign: a middle name a full name may leave out (ماريو). */
  readonly givenNames: ReadonlySet<string>;
  /** Keys of words that make names different places or bodies. */
  readonly distinguishing: ReadonlySet<string>;
  /** Keys of the known entities: two of them with different keys are different. */
  readonly known: ReadonlySet<string>;
  /** Keys of the known places. */
  readonly knownPlaces: ReadonlySet<string>;
  /** Keys of the known places and bodies: they match other names only through their aliases (a known person's name may be shortened). */
  readonly knownPlacesAndBodies: ReadonlySet<string>;
  /** Keys of the short forms and other spellings of given names → the key of the full name: جيم → جيمس، جون → جان. */
  readonly fullGivenName: ReadonlyMap<string, string>;
  /** Particles inside a European name, as keys write them: لو، دي، فان. */
  readonly particles: ReadonlySet<string>;
  /** Keys of the heads a ministry field stands for (وزاره), and of the fields (خارجيه). */
  readonly ministryHeads: ReadonlySet<string>;
  readonly ministryFields: ReadonlySet<string>;
  /** Keys of compass words written as they sound → the key of their adjective: نورث → شماليه. */
  readonly compassAdjective: ReadonlyMap<string, string>;
  /** Keys of the heads before a place's name: مدينه، قريه، ولايه. */
  readonly placeHeads: ReadonlySet<string>;
  /** Keys of every name of the places and countries of the Arab world: سامرا، بغداد، العراق. */
  readonly nativePlaces: ReadonlySet<string>;
  /** Keys of the heads written before a body's or a place's own name or left out: حزب، مجموعه، منطقه. */
  readonly namingHeads: ReadonlySet<string>;
  /** Keys of the descriptors that say what kind of body follows (فريق، نادي، وكالة): "نادي الهلال" is "الهلال". */
  readonly descriptorHeads: ReadonlySet<string>;
  /** Keys of the given names that are also common words: دوري، امل، نور. */
  readonly commonWordNames: ReadonlySet<string>;
  /** Folded heads of a body's or a place's name: كتائب، وزاره، مدينه، جبل. */
  readonly bodyHeads: ReadonlySet<string>;
}

const similarityTables = /* @__PURE__ */ compiledOnce((fn, input): SimilarityTables => {
  const keys = nameKeys(fn, input);
  const { tables } = keys;
  const groupOf = new Map<string, string>();
  for (const group of tables.consonantGroups) for (const letter of group) groupOf.set(letter, group[0]!);
  // The consonant groups joined by the foreign letter groups: زذظ with زس and سص is one group, its letters one letter.
  const foreignGroupOf = new Map(groupOf);
  for (const group of tables.foreignLetterGroups) {
    const joined = new Set([...group].map((letter) => foreignGroupOf.get(letter) ?? letter));
    const first = foreignGroupOf.get(group[0]!) ?? group[0]!;
    for (const [letter, of] of foreignGroupOf) if (joined.has(of)) foreignGroupOf.set(letter, first);
    for (const letter of group) foreignGroupOf.set(letter, first);
  }
  return {
    keys,
    groupOf,
    foreignGroupOf,
    // As written: a given name that is also a known entity's form keeps its letters (يمنى is no اليمن).
    foreignGivenNames: new Set(tables.foreignGivenNames.map((n) => keys.writtenKey(n)).filter((k) => !k.includes(' ') && !keys.isNative(k))),
    cheap: new Set(tables.cheapSubstitutions.flatMap((p) => [p, `${p[1]}${p[0]}`])),
    foreignCheap: new Set(tables.foreignSubstitutions.flatMap((p) => [p, `${p[1]}${p[0]}`])),
    doubleGivenNames: new Set([...tables.arabGivenNames, ...tables.foreignGivenNames].map((n) => keys.key(n)).filter((k) => k.split(' ').length === 2)),
    givenNames: new Set([...tables.arabGivenNames, ...tables.foreignGivenNames].map((n) => keys.key(n)).filter((k) => !k.includes(' '))),
    distinguishing: new Set(tables.distinguishingWords.map((w) => keys.key(w))),
    known: new Set(keys.known.map((e) => keys.key(e.canonical))),
    knownPlaces: new Set(keys.known.filter((e) => e.type === 'place').map((e) => keys.key(e.canonical))),
    knownPlacesAndBodies: new Set(keys.known.filter((e) => e.type !== 'person').map((e) => keys.key(e.canonical))),
    fullGivenName: new Map([...tables.givenNameShortForms, ...tables.givenNameSpellings].flatMap((entry) => {
      const [full, ...short] = entry.split('|').map((f) => keys.key(f));
      return short.map((f) => [f, full!] as const);
    })),
    particles: new Set(tables.foreignNameParticles.map(foldWord)),
    ministryHeads: new Set(tables.ministryHeads.map((w) => keys.key(w))),
    ministryFields: new Set(tables.ministryFields.map((w) => keys.key(w))),
    compassAdjective: new Map(tables.soundedCompassWords.map((entry) => entry.split('|').map((f) => keys.key(f)) as [string, string])),
    placeHeads: new Set(tables.placeHeads.map((w) => keys.key(w))),
    nativePlaces: nativePlaceKeys(tables, keys),
    namingHeads: new Set(tables.namingHeads.map((w) => keys.key(w))),
    descriptorHeads: new Set(tables.organisationDescriptors.filter((w) => !w.includes(' ')).map((w) => keys.key(w))),
    commonWordNames: new Set(tables.ambiguousGivenNames.map((n) => keys.writtenKey(n))),
    bodyHeads: new Set(
      [...tables.organisationHeads, ...tables.organisationNameHeads, ...tables.organisationDescriptors, ...tables.placeHeads, ...tables.synonymousHeads.flatMap((e) => e.split('|'))]
        .filter((w) => !w.includes(' '))
        .map(foldWord),
    ),
  };
});

/** A token with each letter as its consonant group: غوتيريش and جوتيريش are one skeleton. */
function consonantSkeleton(t: SimilarityTables, token: string): string {
  let out = '';
  for (const c of token) out += t.groupOf.get(c) ?? c;
  return out;
}

/** Long vowels that transliterations add or drop inside a foreign name: بوتين / بوتن، نتنياهو / نتانياهو. */
const longVowels = 'اوي';

/** The ch of a transliteration (Turkish ç, Catalan ig), written تش or ج: تشاووش أوغلو / جاويش أوغلو (Çavuşoğlu). */
const chSound = /تش/gu;
/** Fewest letters of a foreign-looking word, and fewest long vowels after its first letter: سالزبوري. */
const FOREIGN_LETTERS = 6;
const FOREIGN_VOWELS = 3;
/** Fewest letters of a word that may carry a typo; and a typo beside a letter read otherwise (see tokenSimilarity). */
const TYPO_LETTERS = 5;
const TYPO_LETTERS_AFTER_CH = 7;

/**
 * A token of a name as the letter rules compare it with `other`: a foreign name's ch written تش read
 * as the ج or ش the other writes (تشاووش / جاويش → جاووش), its opening dj as the other's ج
 * (ديوكوفيتش / جوكوفيتش), a final tz as its ز (كورتز / كورز), and
 * its doubled و as the one و of the other (جاووش → جاوش). Only where the other writes it so: تش is no
 * K (تشوكس ≠ كوكس), and the ش of an Arabic word stays (استشاري ≠ عسكري). An Arab given name keeps every letter.
 */
function transliterated(t: SimilarityTables, token: string, other: string): string {
  if (t.keys.isNative(token)) return token;
  // A Serbian or Croatian Đ (dj) written دي or دج before its vowel, or ج: ديوكوفيتش / دجوكوفيتش / جوكوفيتش.
  if (token.length >= FOREIGN_LETTERS && other.startsWith('ج') && djOnset.test(token)) token = token.replace(djOnset, 'ج');
  // A Ye- or Yu- written with its alef seat or without: إيكاترينبرغ / يكاترينبورغ، إيفغيني / يفغيني.
  if (token.length > FOREIGN_LETTERS && alefBeforeYa.test(token) && other.startsWith('ي') && !other.startsWith('يي')) token = token.slice(1);
  if (!token.includes('تش') && !token.includes('وو') && !token.endsWith(finalTz)) return token;
  // ch as ج or, where the other has no ج, as ش: تشيرتشيسوف / شيرشيسوف (Cherchesov), تشيلي / شيلي — not
  // where the other writes ش beside ت, the same letters moved (باتشر / باشتر).
  const chAs = other.includes('تش') ? undefined : other.includes('ج') ? 'ج' : other.includes('ش') && !other.includes('شت') ? 'ش' : undefined;
  const ch = chAs === undefined ? token : token.replace(chSound, chAs);
  // A final tz written تز or ز: كورتز / كورز (Kurz), شولتز / شولز.
  const tz = ch.endsWith(finalTz) && other.endsWith('ز') && !other.endsWith(finalTz) ? `${ch.slice(0, -finalTz.length)}ز` : ch;
  return other.includes('وو') ? tz : tz.replace(doubledWaw, 'و');
}

/**
 * The dj of a Serbian or Croatian name at the start of a long word, as دي before و or as دج:
 * ديوكوفيتش، دجوكوفيتش (not دياز / جاز, Díaz, nor ديان / جان).
 */
const djOnset = /^(?:دي(?=و)|دج)/u;
/** The alef seat before ي that opens a long foreign word (its key writes أ/إ as ا): ايكاترينبرغ. */
const alefBeforeYa = /^اي/u;

/** The final tz of a German or English name, written تز by some outlets and ز by others. */
const finalTz = 'تز';

/**
 * True when a token looks like a transliteration: not an Arab given name, and long with its vowels
 * written, three long vowels after its first letter in six letters or more (سالزبوري، ساليسبري):
 * an Arabic word writes most of its vowels short, unwritten (سراحنه، عبيدي، جبوري).
 */
function looksForeign(t: SimilarityTables, token: string): boolean {
  if (token.length < FOREIGN_LETTERS || t.keys.isNative(token)) return false;
  let vowels = 0;
  for (let i = 1; i < token.length; i++) if (longVowels.includes(token[i]!)) vowels++;
  return vowels >= FOREIGN_VOWELS;
}

/**
 * Restricted Damerau–Levenshtein distance, weighted: letters of one consonant
 * group or a cheap pair (with `foreign`, a pair cheap between foreign words: ز/س) cost 0.3 to swap; a long vowel added or dropped inside
 * the word costs 0.35 (two of them, or one long vowel for another, cost more than
 * a variant: بوتان ≠ بوتين); anything else 1; an adjacent transposition (كيغنز /
 * كينغز) costs 1.
 */
function distance(t: SimilarityTables, a: string, b: string, foreign = false): number {
  const n = a.length;
  const m = b.length;
  // Three rows of the table, reused across calls: the row before last (for a transposition), the last and this one.
  const width = m + 1;
  if (distanceRows.length < 3 * width) distanceRows = new Float64Array(3 * width * 2);
  const rows = distanceRows;
  let before = 0;
  let last = width;
  let row = 2 * width;
  for (let j = 0; j <= m; j++) rows[last + j] = j;
  for (let i = 1; i <= n; i++) {
    const x = a[i - 1]!;
    const groupX = t.groupOf.get(x) ?? x;
    // Adding or dropping a letter: cheap for a long vowel inside the word (not its first or last letter).
    const dropX = i > 1 && i < n && longVowels.includes(x) ? INNER_VOWEL_COST : 1;
    rows[row] = i;
    for (let j = 1; j <= m; j++) {
      const y = b[j - 1]!;
      // A swap within a group or of a cheap pair (the pair's string is built only when the groups differ).
      const substitution = x === y ? 0 : groupX === (t.groupOf.get(y) ?? y) || t.cheap.has(x + y) || (foreign && t.foreignCheap.has(x + y)) ? 0.3 : 1;
      const addY = j > 1 && j < m && longVowels.includes(y) ? INNER_VOWEL_COST : 1;
      let best = Math.min(rows[last + j]! + dropX, rows[row + j - 1]! + addY, rows[last + j - 1]! + substitution);
      if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y) best = Math.min(best, rows[before + j - 2]! + 1);
      rows[row + j] = best;
    }
    const free = before;
    before = last;
    last = row;
    row = free;
  }
  return rows[last + m]!;
}

/** The cost of a long vowel added or dropped inside a word (see {@link distance}). */
const INNER_VOWEL_COST = 0.35;

/** The rows of {@link distance}'s table, grown as longer words come (a scratch buffer, never read between calls). */
let distanceRows = new Float64Array(96);

/** The nisba of a word in ـاء, written ائي or اوي: الكيميائية / الكيماوية، صحرائي / صحراوي. */
const nisbaWithHamza = /ائي/gu;
/** A silent ه after a final e, written or not: ديدييه / ديديه / ديدي (Didier), جيه / جاي (Jae). */
const finalSilentHa = /يي?ه$/u;
/** A final e written ه or ي after a consonant: روته / روتي (Rutte). */
const finalE = /(?<=[^اوي])ه$/u;
/** A silent ه after a final a, written or not: وياه / ويا (Weah). */
const finalHaAfterA = /(?<=ا)ه$/u;
/** A silent final consonant of a French name after n, m or r, written or not: ديشامب / ديشان (Deschamps), لورانت / لوران (Laurent), برتراند / برتران، روبرت / روبير. */
const silentFinalConsonant = /(?<=[نر])[تد]$/u;
/** A silent final ب after م, the م said ن: ديشامب / ديشان. */
const silentFinalBa = /مب$/u;
/** Fewest letters left of a word without its silent final consonant: فورد (Ford) is not فور (Faure). */
const SILENT_FINAL_STEM = 4;

/**
 * A token as transliterations write the same name: the nisba ائي as اوي, a silent final ه (after e
 * or a: ديدييه / ديدي، وياه / ويا), a final e written ه or ي (روته / روتي) or a consonant dropped (م before
 * a dropped ب as ن). Native names keep every letter.
 */
function writtenEnding(t: SimilarityTables, token: string): string {
  if (t.keys.isNative(token)) return token;
  const form = token.replace(nisbaWithHamza, 'اوي').replace(finalSilentHa, 'ي').replace(finalHaAfterA, '').replace(finalE, 'ي');
  const stem = form.replace(silentFinalConsonant, '').replace(silentFinalBa, 'ن');
  return stem.length >= SILENT_FINAL_STEM ? stem : form;
}

/**
 * The start of a foreign word before a long vowel, written or not: a silent h (هييرو / ييرو, Hierro;
 * هولاند / أولاند, Hollande) or the alef that seats an opening vowel (أوغو / هوغو, Hugo).
 */
const silentOnset = /^[ها](?=[اوي])/u;
/** Long vowels and hamza seats inside a word, which transliterations write or leave out: ماسك / موسك، بيرات / براءت. */
const innerVowels = /(?<=.)[اويءئؤ](?=.)/gu;
/** The letters of `innerVowels`, read one at a time. */
const innerVowelLetters = 'اويءئؤ';
/** Fewest letters of the skeletons of two foreign words that may differ by one consonant: إيغناشيفيتش / إنياشيفيتش. */
const SKELETON_TYPO_LETTERS = 6;
/**
 * Fewest letters of a foreign word whose long vowels may move or stand for others: a shorter one is
 * another word when its vowels differ (سانغ ≠ سونغ, Sang and Sung; بلوك ≠ بولاك, Bloch and Pollack),
 * the same when they are only left out (غول / غل, Gül).
 */
const VOWEL_SWAP_LETTERS = 5;

/**
 * A foreign word as its transliterations agree on it: without the long vowels and hamza seats inside
 * it, each consonant as its group (ه/ح/خ، ز/س، ث/ت one letter too), with `onset` without a silent h or
 * an alef seat before its first vowel: ستيفن منوشين and منشن are منشن, بيرات and براءت برت, هولوسي
 * and خلوصي هلسي; هييرو and ييرو (with onset) يرو. Its last letter stays: a final vowel is a nisba or
 * an ending (الطيبي ≠ الطيب).
 */
function foreignSkeleton(t: SimilarityTables, token: string, onset: boolean): string {
  const letters = (onset ? token.replace(silentOnset, '') : token).replace(innerVowels, '');
  let out = '';
  for (const c of letters) out += t.foreignGroupOf.get(c) ?? c;
  return out;
}

/** True when `short` is `long` with long vowels or hamza seats left out, letters of a group as one: غل is غول without its و. */
function vowelsLeftOut(t: SimilarityTables, short: string, long: string, exact = false): boolean {
  // With `exact`, letter for letter and long vowels only: غول / غل, not بخاري / بحري (ح and خ one group).
  const same = (x: string, y: string): boolean => (exact ? x === y : (t.foreignGroupOf.get(x) ?? x) === (t.foreignGroupOf.get(y) ?? y));
  const leftOut = exact ? longVowels : innerVowelLetters;
  let i = 0;
  for (const c of long) {
    if (i < short.length && same(c, short[i]!)) i++;
    else if (!leftOut.includes(c)) return false;
  }
  return i === short.length;
}

/**
 * What the other words of a name of two words or more say about a word being compared, read once
 * and only when asked (most pairs of names never ask).
 */
class NameContext {
  private foreignName: boolean | undefined;
  private definiteWords: ReadonlySet<string> | undefined;

  constructor(
    private readonly t: SimilarityTables,
    private readonly a: string,
    private readonly b: string,
    private readonly ta: readonly string[],
    private readonly tb: readonly string[],
  ) {}

  /** True when a word of either name is a foreign given name or looks foreign: ستيفن منوشين، هيروكازو كوري. */
  get foreign(): boolean {
    const t = this.t;
    const foreignWord = (w: string): boolean => t.foreignGivenNames.has(w) || looksForeign(t, w);
    return (this.foreignName ??= this.ta.some(foreignWord) || this.tb.some(foreignWord));
  }

  /** True when the word, as a key writes it, was written with the article in either name: الملقي. */
  definite(word: string): boolean {
    this.definiteWords ??= new Set([...nameWords(this.a), ...nameWords(this.b)]);
    return this.definiteWords.has(article + word);
  }
}

/**
 * 0.9 when two words of a foreign name are one up to the vowels and letters transliterators choose
 * (see {@link foreignSkeleton}), the other words of the name agreeing: ستيفن منوشين / ستيفن منشن، إسياس
 * أفورقي / إيسايس أفورقي، هولوسي آكار / خلوصي آكار، فرناندو هييرو / فرناندو ييرو; 0.85 when long ones
 * differ by one consonant more (سيرغي إيغناشيفيتش / سيرغي إنياشيفيتش); else 0. Only in a name a foreign
 * given name or a foreign-looking word marks as foreign, and never for an Arab given name or a word
 * written with the article, whose vowels make another word (محمد بخاري ≠ محمد بحري، الصحة ≠ السياحة).
 */
function foreignVariant(t: SimilarityTables, a: string, b: string, context: NameContext): number {
  if (!context.foreign || t.keys.isNative(a) || t.keys.isNative(b)) return 0;
  const last = (w: string): string => t.foreignGroupOf.get(w[w.length - 1]!) ?? w[w.length - 1]!;
  if (last(a) !== last(b) || context.definite(a) || context.definite(b)) return 0;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < VOWEL_SWAP_LETTERS) return vowelsLeftOut(t, short, long) || vowelsLeftOut(t, short.replace(silentOnset, ''), long.replace(silentOnset, '')) ? 0.9 : 0;
  const x = foreignSkeleton(t, a, false);
  const y = foreignSkeleton(t, b, false);
  if (x === y || foreignSkeleton(t, a, true) === foreignSkeleton(t, b, true)) return 0.9;
  return Math.min(x.length, y.length) >= SKELETON_TYPO_LETTERS && Math.abs(x.length - y.length) <= 1 && distance(t, x, y) <= 1 ? 0.85 : 0;
}

/**
 * 0.9 when surname `a` or `b` is the other with long vowels inside it left out, letter for letter (غول / غل;
 * not بخاري / بحري, Buhari and Bahri), neither an Arab name nor written with the article; else 0.
 */
function surnameVowelsLeftOut(t: SimilarityTables, a: string, b: string, context: NameContext): number {
  if (a === b || t.keys.isNative(a) || t.keys.isNative(b) || t.givenNames.has(a) || t.givenNames.has(b) || context.definite(a) || context.definite(b)) return 0;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  // Inside the word only, and not moved: غول ≠ غيل.
  if (short.length < 2 || short.length >= long.length || short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return 0;
  return vowelsLeftOut(t, short, long, true) ? 0.9 : 0;
}

/** The two ways a woman's name writes its final a, as keys fold them (ة → ه): سارة / سارا. */
const FEMININE_A = 'اه';

/** True when two words differ only in their final a, one writing ة and the other ا: ساره / سارا. */
function feminineEnding(x: string, y: string): boolean {
  const a = x[x.length - 1]!;
  const b = y[y.length - 1]!;
  return x.length === y.length && a !== b && FEMININE_A.includes(a) && FEMININE_A.includes(b) && x.slice(0, -1) === y.slice(0, -1);
}

/** True when `word` is the nisba of the given name `name`: سعد → سعدي، علي → علوي. */
function isNisbaOf(word: string, name: string): boolean {
  return word === `${name}${NISBA_ENDING}` || (name.endsWith(NISBA_ENDING) && word === `${name.slice(0, -1)}${NISBA_AFTER_I}`);
}

/**
 * True when `a` and `b` differ in one letter only, a long vowel in each inside the word: عمادي / عمودي (a first
 * ا is a hamza's seat: أوناي / يوناي).
 */
function vowelSwapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  return at > 0 && at < a.length - 1 && longVowels.includes(a[at]!) && longVowels.includes(b[at]!);
}

/** The ending of a nisba, and its form after a name that ends in ي (علي → علوي). */
const NISBA_ENDING = 'ي';
const NISBA_AFTER_I = 'وي';

/** True when `long` is `short` with a final hamza after its alef: هيفاء / هيفا. */
function hamzaDropped(long: string, short: string): boolean {
  return long.endsWith(FINAL_HAMZA) && long.slice(0, -1) === short;
}

/** True when `withLam` is `bare` with the ل a Maghrebi family name writes for the article: لمجرد / (ال)مجرد. */
function maghrebiLam(t: SimilarityTables, withLam: string, bare: string): boolean {
  return withLam === `${MAGHREBI_LAM}${bare}` && !t.keys.isNative(withLam);
}

/** The ل of the article a Maghrebi name writes without its alef: لمجرد، لعرايشي. */
const MAGHREBI_LAM = 'ل';

/**
 * How alike two tokens of a key are: 1 when equal up to the consonants
 * transliterators write differently (غوتيريش / جوتيريش; a ch written تش or ج and a
 * doubled و: تشاووش / جاوش); 0.9 for a variant (a long vowel added or dropped, a cheap
 * swap: بوتين / بوتن، غوتيريش / غوتيريس; between two foreign-looking words, ز/س too:
 * سالزبوري / سالسبوري);
 * 0.85 for one transposition (tokens of four letters or more) or one other edit
 * (five letters or more), unless `strict`; else 0. Short tokens get no edits:
 * كيري/كيلي and الرقة/الرقعة stay apart. Two different Arab given names are 0.
 * With `context` (a word of a name of two words or more, the other words agreeing), an ending
 * written or not is a variant too: ديشان / ديشامب، مانيه / ماني، الكيميائية / الكيماوية; and in a
 * foreign name, vowels written, left out or moved ({@link foreignVariant}): منوشين / منشن.
 */
function tokenSimilarity(t: SimilarityTables, written: string, other: string, strict = false, context?: NameContext): number {
  const endings = context !== undefined;
  if (written === other) return 1;
  // Two different Arab given names are two names, however close: سعيد/سعد، محمد/محمود، حسن/حسني; but a
  // woman's name ending in a is one name written with ة or ا, the other words agreeing: سارة ساندرز /
  // سارا ساندرز (a first name alone may be two women).
  if (t.keys.isNative(written) && t.keys.isNative(other)) return context !== undefined && feminineEnding(written, other) ? 0.9 : 0;
  // Nor is an Arab given name its nisba, a family name of its own: علي ≠ علوي، سعد ≠ سعدي.
  if ((t.keys.isNative(written) && isNisbaOf(other, written)) || (t.keys.isNative(other) && isNisbaOf(written, other))) return 0;
  // Nor are two Arab family names in ي that put one long vowel for another: العمادي ≠ العمودي، الحمادي ≠ الحمودي
  // (one dropped may be a slip of one report: العامري / العمري). A foreign name's vowels move: تشاك / تشوك.
  if (written.endsWith(NISBA_ENDING) && other.endsWith(NISBA_ENDING) && vowelSwapped(written, other) && !looksForeign(t, written) && !looksForeign(t, other)) return 0;
  const a = transliterated(t, written, other);
  const b = transliterated(t, other, written);
  if (consonantSkeleton(t, a) === consonantSkeleton(t, b)) return 1;
  const shortest = Math.min(a.length, b.length);
  const foreign = looksForeign(t, written) && looksForeign(t, other);
  const d = distance(t, a, b, foreign);
  // An ending written or not is a variant, never a step towards a typo (السعودية ≠ السيادي).
  if ((d <= 0.6 || (endings && distance(t, writtenEnding(t, a), writtenEnding(t, b), foreign) <= 0.6)) && shortest >= 3) return 0.9;
  // The other words agreeing, a final hamza after alef written or not (هيفاء وهبي / هيفا وهبي), and a
  // Maghrebi family name written with ل or with the article (سعد لمجرد / سعد المجرد: keys drop the article).
  if (endings && shortest >= 3 && (hamzaDropped(a, b) || hamzaDropped(b, a) || maghrebiLam(t, a, b) || maghrebiLam(t, b, a))) return 0.9;
  // In a name of two words or more whose other words agree, a foreign word's vowels may move even in a
  // known place's name (بيونيس آيرس is بوينس آيرس); a typo may not (بوتان ≠ بوتين).
  const variant = endings ? foreignVariant(t, written, other, context) : 0;
  if (variant >= (strict ? 0.9 : 0.8)) return variant;
  if (strict) return 0;
  const transposition = a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
  // A typo beside a letter read otherwise (ch as ج, وو as و) needs a longer word to carry both:
  // بوتشيمون / بوجديمون (Puigdemont), not تشافيز / جافين (Chávez, Gavin).
  const typoLetters = a === written && b === other ? TYPO_LETTERS : TYPO_LETTERS_AFTER_CH;
  if (d <= 1 && ((transposition && shortest >= 4) || shortest >= typoLetters)) return 0.85;
  return 0;
}

/**
 * How likely two names are to name the same entity, from 0 to 1.
 *
 * A cascade, from surest to loosest:
 * 1. equal keys ({@link normalizeEntityName}: spelling, titles, article,
 *    compounds, the names of known entities) → 1;
 * 2. names whose words pair up one to one, each pair equal up to the
 *    consonants transliterators choose differently (غوتيريش / جوتيريش، غوغل /
 *    جوجل; ت/ط، س/ص، ز/ذ/ظ، د/ض; a ch written تش where the other writes ج and a
 *    doubled و: تشاووش / جاوش) → 1, a long vowel added or dropped or a cheap
 *    letter swap (بوتين / بوتن، ك/ق، ش/س; ز/س between two foreign-looking words:
 *    أوزاكا / أوساكا) → 0.9, one typo or
 *    transposition in words long enough to carry it (كيغنز / كينغز) → 0.85, an
 *    initial for a first name (م. كيغنز) → 0.8; in names of two words or more,
 *    a short given name for the full one or its other spelling (جيم ماتيس / جيمس
 *    ماتيس، جان إيف لودريان / جون إيف لودريان، سعد الحريري / سعد الدين الحريري) and an ending
 *    written or not (the nisba ائي / اوي: الكيميائية / الكيماوية; a silent final
 *    ه or consonant of a foreign name: ديدييه ديشان / ديدييه ديشامب، مون جاي إن /
 *    مون جيه-إن) and, in a foreign name, long vowels written, left out or moved and the letters
 *    of one foreign sound (ستيفن منوشين / ستيفن منشن، تسيبي هوتوفلي / تسيبي حوطوفلي) count as
 *    variants — never between single words (بيلي ≠ بيليه), and in a known place's name only
 *    vowels (بوينس آيرس / بيونيس آيرس), never a typo;
 * 3. the same letters in more words or fewer (شي جين بينغ / شي جينبينغ، كوالالمبور / كوالا
 *    لمبور) → 0.95;
 * 4. a single word spelled as the last word of the other name, a surname alone
 *    (كيغنز ↔ مايلز كيغنز) → 0.85, and a first and last name without the
 *    patronymics between them, compound names among them (عمر البشير ↔ عمر حسن أحمد
 *    البشير، حسين الحوثي ↔ حسين بدر الدين الحوثي), a double given name of the tables by
 *    its second part (جواد ظريف ↔ محمد جواد ظريف), a Spanish name by its first given name
 *    and a surname of two words (ميغيل دياز-كانيل ↔ ميغيل ماريو دياز كانيل بيرموديز), a family
 *    name that opens with بن alone (بن يدر ↔ وسام بن يدر), a chain of three names or more written
 *    with بن or without (زيد بن رعد الحسين ↔ زيد رعد الحسين) and a chain without the forefathers at
 *    its end (محمد بن نايف ↔ محمد بن نايف بن عبدالعزيز) → 0.85,
 *    unless either is a known place or body (they match through their aliases only);
 * 5. two names of bodies or places after one head, or after heads of one kind (جبل / بركان رينجاني,
 *    شبكة / جماعة حقاني), read as above; the same words with a country as its noun or its demonym,
 *    in either order (وكالة السودان للأنباء / وكالة الأنباء السودانية) → 0.9; a body named after a
 *    person by the full name or the surname (كتائب عز الدين القسام / كتائب القسام) → 0.85; a chain
 *    name without its grandfather (صباح الأحمد الجابر الصباح / صباح الأحمد الصباح) → 0.85; a known
 *    place whose final ا the other writes ة (أستانا / أستانة) → 0.9;
 * 6. failing those, steps 2 to 4 again without the words news writes or drops at will: a
 *    family name at the end (تميم بن حمد آل ثاني ↔ تميم بن حمد), the head of a ministry named
 *    by its field and country (وزارة الخارجية الأمريكية ↔ الخارجية الأميركية), a particle
 *    written apart where the other name glues it (لو دريان ↔ جان إيف لودريان);
 * 7. failing those, a known person named in a spelling the people table lacks, compared as
 *    written word for word and as a variant (تشاوش أوغلو ↔ جاويش أوغلو);
 * 8. anything else → 0.
 *
 * Two known entities with different keys are different (سلوفاكيا ≠ سلوفينيا), and
 * two different Arab given names never match, however close (سعيد ≠ سعد، محمد ≠ محمود), but
 * for a woman's name whose final a one writes ة and the other ا beside a surname they share
 * (سارة ساندرز / سارا ساندرز).
 *
 * A word that distinguishes places (جنوب، الشمالية …) present in one name and not
 * the other makes them different whatever else matches (السودان ≠ جنوب السودان), and so
 * do place heads of two kinds (مدينة كركوك ≠ محافظة كركوك، ولاية هاواي ≠ جزيرة هاواي; a
 * town and a city are one kind, `synonymousHeads`), though either alone is the known place.
 * Two full names with different first names are different people (دونالد ترامب ≠
 * إيفانكا ترامب); the cost is that a surname alone matches every bearer of it, and a short
 * chain every longer one it opens (فهد بن عبدالعزيز ↔ فهد بن عبدالعزيز بن معمر).
 *
 * @param a - A name as written.
 * @param b - Another name as written.
 * @param options - `lexicon`: tables that extend the built-in gazetteer, titles and letter groups.
 * @returns A score in [0, 1]; {@link sameEntity} uses 0.8 as its threshold.
 * @throws TypeError when a name is not a string, or a table entry is malformed.
 *
 * @example
 * ```ts
 * entitySimilarity('غوتيريش', 'جوتيريش'); // 1: غ and ج both write G
 * entitySimilarity('كيغنز', 'كينغز');     // 0.85: one transposition
 * entitySimilarity('جون كيري', 'جون كيلي'); // 0
 * ```
 */
export function entitySimilarity(a: string, b: string, options?: NameOptions): number {
  return similarity('entitySimilarity', a, b, options);
}

function similarity(fn: string, a: string, b: string, options: NameOptions | undefined): number {
  requireString(a, fn, 'a');
  requireString(b, fn, 'b');
  requireOptions(options, fn);
  const t = similarityTables(fn, options?.lexicon);
  const ka = t.keys.key(a);
  const kb = t.keys.key(b);
  if (ka === '' || kb === '') return 0;
  const wa = t.keys.writtenKey(a);
  const wb = t.keys.writtenKey(b);
  // Places named with heads of two kinds are two places, though the key of each is the known place:
  // مدينة كركوك ≠ محافظة كركوك (the city and the governorate), ولاية هاواي ≠ جزيرة هاواي.
  const ha = placeHeadOf(t, wa);
  const hb = placeHeadOf(t, wb);
  if (ha !== undefined && hb !== undefined && ha !== hb && (t.keys.headOf(ha) === undefined || t.keys.headOf(ha) !== t.keys.headOf(hb))) return 0;
  if (ka === kb) return 1;
  // A place of the Arab world and a name that differs from it by a long vowel inside are two places: an inner
  // vowel there makes another word (سامراء ≠ سامارا, Samarra and Samara), as in Arab given names.
  if (t.nativePlaces.has(ka) !== t.nativePlaces.has(kb) && innerVowelsApart(ka, kb)) return 0;
  const score = keysSimilarity(t, a, b, ka, kb);
  // One head before both names, one of them a known place: compared as written, the head is the word that
  // agrees, and the name after it may be a variant (ولاية ميريلاند = ولاية ماريلاند، مدينة أوزاكا = مدينة أوساكا).
  if (score < 0.8 && ha !== undefined && ha === hb && (wa !== ka || wb !== kb)) {
    const written = keysSimilarity(t, a, b, wa, wb);
    if (written >= 0.9) return written;
  }
  // A foreign name that opens with إل, which keys read as the article: إلون ماسك is إيلون ماسك, إليود كيبتشوغ
  // إيليود كيبتشوغ (the hamza under the alef shows no article; compared as others write Il-, as a variant).
  if (score < 0.8) {
    const ea = withIlWritten(a);
    const eb = withIlWritten(b);
    if (ea !== a || eb !== b) {
      const il = keysSimilarity(t, ea, eb, t.keys.key(ea), t.keys.key(eb));
      if (il >= 0.9) return il;
    }
  }
  // Only a known person's key differs from the name as written.
  if (score >= 0.8 || t.known.has(ka) === t.known.has(kb) || t.knownPlacesAndBodies.has(ka) || t.knownPlacesAndBodies.has(kb)) return score;
  // A known person named in a spelling the people table does not hold, read as written beside the
  // other name: تشاوش أوغلو is جاويش أوغلو, a form the table reads as مولود جاويش أوغلو. Only word for
  // word and as a variant: a surname alone is its known person, never another bearer of it (ترامب ≠
  // إيفانكا ترامب), and a typo of it is no spelling (ميركل ≠ ماركل).
  if ((wa === ka && wb === kb) || wa.split(' ').length !== wb.split(' ').length) return score;
  const written = keysSimilarity(t, a, b, wa, wb);
  return written >= 0.9 ? written : score;
}

/** The keys of every name and spelling of the places and countries of the Arab world (`arabWorld`). */
function nativePlaceKeys(tables: NamesTables, keys: NameKeys): Set<string> {
  const arab = new Set(tables.arabWorld);
  const names = [
    ...tables.places.filter((p) => p.country !== undefined && arab.has(p.country)).flatMap((p) => [p.name, ...(p.aliases ?? [])]),
    ...tables.countries.filter((c) => arab.has(c.code)).flatMap((c) => [c.name, ...(c.aliases ?? [])]),
  ];
  return new Set(names.map((n) => keys.key(n)));
}

/**
 * A long vowel inside a word of a key of several words (not its first or last letter). Unlike `innerVowels`,
 * which reads one foreign word, it leaves hamza seats alone: a seat is a spelling (ئ / ي), a long vowel another word.
 */
const INNER_LONG_VOWEL = /(?<=\S)[اوي](?=\S)/gu;

/**
 * True when keys `a` and `b` are one up to long vowels inside their words, and differ: سامرا / سامارا.
 */
function innerVowelsApart(a: string, b: string): boolean {
  return a !== b && a.replace(INNER_LONG_VOWEL, '') === b.replace(INNER_LONG_VOWEL, '');
}

/** A name with each word that opens with إل (never the article, which has no hamza) written إيل: إلون → إيلون. */
function withIlWritten(name: string): string {
  return name.replace(IL_OPENING, '$1إيل');
}

/** إل at the start of a word. */
const IL_OPENING = /(^|\s)إل/gu;

/** The place head a written key opens with, before a name (مدينه كركوك → مدينه), or undefined. */
function placeHeadOf(t: SimilarityTables, written: string): string | undefined {
  const space = written.indexOf(' ');
  const first = space < 0 ? '' : written.slice(0, space);
  return t.placeHeads.has(first) ? first : undefined;
}

/** The similarity of two names by their keys (steps 1 to 6 of {@link entitySimilarity}). */
function keysSimilarity(t: SimilarityTables, a: string, b: string, ka: string, kb: string): number {
  if (ka === kb) return 1;
  const ta = withCompassAdjective(t, ka.split(' '));
  let tb = withCompassAdjective(t, kb.split(' '));
  // In the other name in any spelling: قوات سوريا الديمقراطية = قوات سوريا الديموقراطية.
  const marked = (ts: string[], other: string[]): boolean => ts.some((w) => t.distinguishing.has(w) && !other.some((o) => tokenSimilarity(t, w, o, true) >= 0.9));
  if (marked(ta, tb) || marked(tb, ta)) return 0;
  // Two known entities with different keys are different (سلوفاكيا ≠ سلوفينيا، ليبيا ≠ ليبيريا).
  if (t.known.has(ka) && t.known.has(kb)) return 0;
  // A known place whose final ا the other writes ة: أستانة = أستانا.
  if (otherFinalA(t, ka, kb) || otherFinalA(t, kb, ka)) return 0.9;
  // One spelling written in more words or fewer, which may split a word at an inner ال: كوالالمبور / كوالا لمبور.
  if (t.keys.spelling(a) === t.keys.spelling(b)) return 0.95;
  const known = t.knownPlacesAndBodies.has(ka) || t.knownPlacesAndBodies.has(kb);
  const context = new NameContext(t, a, b, ta, tb);
  // A head of the same kind in the construct before one name: بركان رينجاني is جبل رينجاني.
  if (ta.length > 1 && tb.length > 1 && ta[0] !== tb[0] && sameHead(t, ta[0]!, tb[0]!, context)) tb = [ta[0]!, ...tb.slice(1)];
  // Word for word, or the same words with a country as its noun or demonym: برلمان كوبا = البرلمان الكوبي.
  const score = Math.max(wordsSimilarity(t, ta, tb, known, context), sameWordsWithCountry(t, ta, tb), withoutForefathers(t, ta, tb));
  if (score >= 0.8 || known) return score;
  // A body named after a person by the surname: كتائب القسام = كتائب عز الدين القسام.
  const named = namedAfterPerson(t, ta, tb, context);
  if (named >= 0.8) return named;
  // The same name with the words news leaves out or writes apart: a family name (تميم بن حمد آل ثاني =
  // تميم بن حمد), a particle glued to its name (لو دريان = لودريان), a ministry's head (وزارة الخارجية
  // الأمريكية = الخارجية الأميركية).
  const ra = withoutOptionalWords(t, ta, tb);
  const rb = withoutOptionalWords(t, tb, ta);
  return ra.length === ta.length && rb.length === tb.length ? score : Math.max(score, wordsSimilarity(t, ra, rb, known, context));
}

/**
 * 0.85 when a chain of "son of" names is the opening of a longer chain, which goes on with "son of":
 * محمد بن نايف = محمد بن نايف بن عبدالعزيز (the forefathers at its end left out). Never a father's
 * name in the place of another (عبد الله بن عبد العزيز ≠ عبد الله بن فيصل بن عبد العزيز), nor a
 * name without "son of" or with a family name (عبد الله السعيد ≠ عبد الله سعيد بن ضاوي، سعد بن عبدالله آل
 * ثابت ≠ سعد بن عبدالله بن غنيم); else 0. The keys as written: a family name is not left out first.
 */
function withoutForefathers(t: SimilarityTables, ta: readonly string[], tb: readonly string[]): number {
  const [short, long] = ta.length < tb.length ? [ta, tb] : [tb, ta];
  if (short.length < 3 || !t.keys.isSon(short[1]!) || !t.keys.isSon(long[short.length]!) || short.some((w) => t.keys.isFamily(w))) return 0;
  return short.every((w, i) => w === long[i] || tokenSimilarity(t, w, long[i]!, true) === 1) ? 0.85 : 0;
}

/**
 * 0.9 when two names of a body open with one head and have the same words in another order, one
 * naming a country by its demonym where the other names it (وكالة السودان للأنباء = وكالة الأنباء
 * السودانية، برلمان العراق = البرلمان العراقي), or, after a body's head, with as many words
 * (المنظمة الدولية للهجرة = منظمة الهجرة الدولية); else 0.
 */
function sameWordsWithCountry(t: SimilarityTables, ta: readonly string[], tb: readonly string[]): number {
  if (ta.length < 2 || tb.length < 2 || ta[0] !== tb[0] || Math.abs(ta.length - tb.length) > 2) return 0;
  const demonym = (w: string, i: number): boolean => i > 0 && t.keys.demonyms.get(w)?.kind === 'country';
  // A body's adjective before or after its ل complement: المنظمة الدولية للهجرة = منظمة الهجرة الدولية (a
  // person's names in another order are another person: محمد علي حسن ≠ محمد حسن علي).
  const reordered = ta.length >= 3 && ta.length === tb.length && t.bodyHeads.has(ta[0]!);
  if (!reordered && !ta.some(demonym) && !tb.some(demonym)) return 0;
  let demonyms = 0;
  const words = (ws: readonly string[]): string =>
    ws
      .flatMap((w, i) => {
        const country = i > 0 ? t.keys.demonyms.get(w) : undefined;
        if (country === undefined || country.kind !== 'country') return [w];
        demonyms++;
        return t.keys.key(country.canonical).split(' ');
      })
      .sort()
      .join(' ');
  return words(ta) === words(tb) && (demonyms > 0 || reordered) ? 0.9 : 0;
}

/**
 * The similarity of two names of a body or place named after a person, one by the person's full
 * name and the other by a shorter one, after one head: كتائب القسام = كتائب عز الدين القسام (the
 * surname alone), as {@link wordsSimilarity} reads a person's names. The longer name after the
 * head must be a person's: given names or compounds (عز الدين) before the surname, not جامعة ولاية
 * نيويورك (≠ جامعة نيويورك) or وكالة تسنيم الإيرانية للأنباء (≠ وكالة الأنباء).
 */
function namedAfterPerson(t: SimilarityTables, ta: readonly string[], tb: readonly string[], context: NameContext): number {
  if (ta.length === tb.length || ta[0] !== tb[0] || ta.length < 2 || tb.length < 2 || !t.bodyHeads.has(ta[0]!)) return 0;
  const ra = ta.slice(1);
  const rb = tb.slice(1);
  // A person's name: given names, compounds and "son of" before the surname, not a given name that is
  // also a word (رابطة دوري المحترفين: دوري "league"), nor وكالة تسنيم الإيرانية للأنباء.
  const full = ra.length > rb.length ? ra : rb;
  const personal = (w: string): boolean => (t.foreignGivenNames.has(w) || t.keys.isNative(w) || t.keys.isCompound(w) || t.keys.isSon(w)) && !t.commonWordNames.has(w);
  if (!full.slice(0, -1).every(personal)) return 0;
  return wordsSimilarity(t, ra, rb, false, context);
}

/** Fewest letters of a place name's last word whose final ا may be written ة (a shorter one is a word: جدة / جدا "very"). */
const FINAL_A_LETTERS = 5;

/**
 * True when `written`, a key no table knows, is the key of a known place whose final ا it writes ة
 * (ه in a key), as older usage writes a foreign name: أستانة is أستانا, مالطة مالطا. Not the other
 * way: a final ا is also an adverb's (حديثا "recently" is not حديثة, Haditha).
 */
function otherFinalA(t: SimilarityTables, written: string, known: string): boolean {
  if (written.length !== known.length || !written.endsWith('ه') || !known.endsWith('ا') || !t.knownPlaces.has(known) || t.known.has(written)) return false;
  const last = written.slice(written.lastIndexOf(' ') + 1);
  return written.slice(0, -1) === known.slice(0, -1) && last.length >= FINAL_A_LETTERS && !t.keys.isNative(last);
}

/** True when two heads written without the article name one kind of place or body (`synonymousHeads`): جبل، بركان. */
function sameHead(t: SimilarityTables, x: string, y: string, context: NameContext): boolean {
  const head = t.keys.headOf(x);
  return head !== undefined && head === t.keys.headOf(y) && !context.definite(x) && !context.definite(y);
}

/** The words of a key with a compass word written as it sounds read as its adjective after the name: نورث كارولاينا → كارولاينا شماليه. */
function withCompassAdjective(t: SimilarityTables, words: string[]): string[] {
  const adjective = words.length > 1 ? t.compassAdjective.get(words[0]!) : undefined;
  return adjective === undefined ? words : [...words.slice(1), adjective];
}

/** True when `name` (with a family name at its end) and `other` (with none) are chains of names with بن or بنت after the first. */
function chainWithoutFamily(t: SimilarityTables, name: readonly string[], other: readonly string[]): boolean {
  return other.length >= 3 && t.keys.isChainJoiner(name[1]!) && name[1] === other[1] && !t.keys.isFamily(other[other.length - 2]!);
}

/**
 * The words of a key without those news writes or leaves out at will: a trailing family name (آل
 * ثاني), the head before a ministry field (وزارة الخارجية), and a particle apart from its name
 * (لو دريان → لودريان). The same array when there are none.
 */
function withoutOptionalWords(t: SimilarityTables, words: readonly string[], other: readonly string[]): readonly string[] {
  let out = words;
  // A family name at the end of a chain with بن, left out where the other name is that chain without
  // one: تميم بن حمد آل ثاني = تميم بن حمد. Two family names are compared (مريم أحمد آل صالح ≠ مريم أحمد
  // آل حمادة); a word alone is compared with the family name, the surname of such a name (فيصل ≠ نورة
  // بنت فيصل آل سعود); and a name of given names without بن is no such chain, too common to stand for
  // one (محمد علي ≠ محمد علي آل فرج، أحمد محمد علي ≠ أحمد بن علي آل مريع).
  if (out.length >= 4 && t.keys.isFamily(out[out.length - 2]!) && chainWithoutFamily(t, out, other)) out = out.slice(0, -2);
  // A ministry by its field and its country, never the field alone: الدفاع is no ministry.
  if (out.length >= 3 && t.ministryHeads.has(out[0]!) && t.ministryFields.has(out[1]!)) out = out.slice(1);
  // A place by its name, with or without its head, word for word: قرية خان الأحمر = الخان الأحمر (not a
  // name of more words by its last: جزيرة قرقنة is no "ساحل جزيرة كركنة"). A known place matches through
  // its aliases only, before this step: ولاية جورجيا ≠ جورجيا.
  if (out.length >= 2 && t.placeHeads.has(out[0]!) && other[0] !== out[0] && out.length - 1 === other.length) out = out.slice(1);
  // So a head naming a body's or a place's kind before its own name of two words or more: حزب جبهة التحرير
  // الوطني = جبهة التحرير الوطني، مجموعة علي بابا = علي بابا (not كتائب حزب الله, a body of its own; nor a
  // party named after its leader, حزب نواز شريف ≠ نواز شريف).
  else if (out.length >= 3 && t.namingHeads.has(out[0]!) && other[0] !== out[0] && out.length - 1 === other.length && !knownPerson(t, other.join(' '))) out = out.slice(1);
  // A particle glued to its word where the other name writes them as one word (لو دريان / لودريان),
  // never to make a word of a place: سان بطرسبورغ stays two words beside زينيت سان بطرسبرغ.
  if (out.slice(0, -1).some((w, i) => t.particles.has(w) && other.includes(w + out[i + 1]!))) {
    const glued: string[] = [];
    for (let i = 0; i < out.length; i++) {
      const w = out[i]!;
      if (i < out.length - 1 && t.particles.has(w) && other.includes(w + out[i + 1]!)) glued.push(w + out[++i]!);
      else glued.push(w);
    }
    out = glued;
  }
  return out;
}

/** Fewest letters of a nisba in the middle of a name that news may leave out: آملي. */
const NISBA_LETTERS = 4;

/** True when `key` is the key of a known person: نواز شريف. */
function knownPerson(t: SimilarityTables, key: string): boolean {
  return t.known.has(key) && !t.knownPlacesAndBodies.has(key);
}

/** The similarity of two keys' words (steps 2 to 5 of {@link entitySimilarity}). */
function wordsSimilarity(t: SimilarityTables, ta: readonly string[], tb: readonly string[], known: boolean, context: NameContext): number {
  if (ta.length === tb.length) {
    let score = 1;
    for (let i = 0; i < ta.length; i++) {
      const x = ta[i]!;
      const y = tb[i]!;
      // "م. كيغنز" ↔ "مايلز كيغنز": an initial stands for a first name, never for the last.
      const initial = i < ta.length - 1 && ((x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y)));
      // A known place or body matches another spelling only as a variant, never through a typo (بوتان ≠ بوتين).
      // A given name and its short form, the rest agreeing: جيم ماتيس = جيمس ماتيس، سعد الدين الحريري = سعد الحريري.
      const shortened = (): number => (t.keys.isShortenedTo(x, y) || t.keys.isShortenedTo(y, x) ? 0.9 : 0);
      const given = i === 0 && ta.length > 1 ? Math.max(shortened(), tokenSimilarity(t, t.fullGivenName.get(x) ?? x, t.fullGivenName.get(y) ?? y, true)) : 0;
      // Endings written or not only where the other words agree: ديدييه ديشان = ديدييه ديشامب, not بيلي = بيليه.
      // A surname no table lists as an Arab name with its long vowels left out, the given names the same
      // word for word: عبد الله غول / عبد الله غل (Gül); not an Arab name's (محمد سعيد ≠ محمد سعد).
      const surname = !known && i === ta.length - 1 && i > 0 && ta.slice(0, i).every((w, n) => w === tb[n]) ? surnameVowelsLeftOut(t, x, y, context) : 0;
      score = Math.min(score, initial ? 0.8 : Math.max(given, surname, tokenSimilarity(t, x, y, known, ta.length > 1 ? context : undefined)));
    }
    return score;
  }
  // One name written in more words or fewer: شي جين بينغ / شي جينبينغ، بيونغ يانغ / بيونغيانغ; with a
  // consonant transliterators write either way: روس نفط / روسنفت.
  if (ta.join('') === tb.join('')) return 0.95;
  if (consonantSkeleton(t, ta.join('')) === consonantSkeleton(t, tb.join(''))) return 0.9;
  // A foreign name written in more words or fewer with its vowels read otherwise: هايلي مريام ديسالين /
  // هايليماريام ديسالين. Never with an Arab word in either, whose vowels make other words, nor with a word
  // of vowel letters only, which would vanish whole (كيم يو جونغ ≠ كيم جونغ).
  const joinable = (ws: readonly string[]): boolean => ws.every((w) => !t.keys.isNative(w) && !t.keys.isCompound(w) && [...w].some((c) => !innerVowelLetters.includes(c)));
  if (context.foreign && joinable(ta) && joinable(tb) && foreignSkeleton(t, ta.join(''), false) === foreignSkeleton(t, tb.join(''), false)) return 0.9;
  const [short, long] = ta.length < tb.length ? [ta, tb] : [tb, ta];
  // A known place or body is not named by its last word (وكالة كل العراق ≠ العراق).
  if (known) return 0;
  // A body is not named by the word its head governs unless the head only says its kind: "حزب كاديما" = "كاديما",
  // "نادي الهلال" = "الهلال", while "مجلس أتلانتيك" (the Atlantic Council) ≠ "أتلانتيك" (the magazine).
  if (short.length === 1 && long.length === 2 && t.bodyHeads.has(long[0]!) && !t.namingHeads.has(long[0]!) && !t.placeHeads.has(long[0]!) && !t.descriptorHeads.has(long[0]!)) return 0;
  // A surname alone names a person when it is spelled as the full name's (a typo is not enough: رونالدو ≠ رونالدينيو);
  // so does a family name written first: كيم = كيم جونغ أون.
  if (short.length === 1) return tokenSimilarity(t, short[0]!, long[long.length - 1]!, true) >= 0.9 || (short[0] === long[0] && t.keys.namesAlone.has(short[0]!)) ? 0.85 : 0;
  const spelled = (x: string, y: string): boolean => tokenSimilarity(t, x, y, true) >= 0.9;
  // A given name of two words written by its second alone: محمد جواد ظريف = جواد ظريف (محمد جواد is
  // one name, as the tables list it; not أحمد علي عبد الله صالح ≠ علي عبد الله صالح, a son and his father).
  if (long.length === short.length + 1 && t.doubleGivenNames.has(`${long[0]} ${long[1]}`) && short.every((w, i) => spelled(w, long[i + 1]!))) return 0.85;
  // A Spanish name by its first given name and its father's surname of two words, without the other
  // given names before it or the mother's surname after it: ميغيل دياز-كانيل = ميغيل ماريو دياز كانيل
  // بيرموديز. The mother's surname must be there to leave out (جورج ووكر بوش ≠ جورج هربرت ووكر بوش).
  if (short.length >= 3 && spelled(short[0]!, long[0]!)) {
    const surname = short.slice(1);
    for (let k = 2; k + surname.length < long.length; k++) {
      if (long.slice(1, k).every((w) => t.givenNames.has(w)) && surname.every((w, i) => spelled(w, long[k + i]!))) return 0.85;
    }
  }
  // A family name that opens with بن, alone: بن يدر is وسام بن يدر, بن سلمان محمد بن سلمان (the last two
  // words of the full name, after a given name).
  if (short.length === 2 && t.keys.isSon(short[0]!) && long.length >= 3 && t.keys.isSon(long[long.length - 2]!) && spelled(short[1]!, long[long.length - 1]!)) return 0.85;
  // A chain written with بن between its names or without: زيد بن رعد الحسين = زيد رعد الحسين (three names or more).
  const withoutSon = long.filter((w) => !t.keys.isSon(w));
  if (short.length >= 3 && withoutSon.length === short.length && !short.some((w) => t.keys.isSon(w)) && short.every((w, i) => spelled(w, withoutSon[i]!))) return 0.85;
  // A name without the patronymics of the full one: عمر البشير = عمر حسن أحمد البشير.
  const first = tokenSimilarity(t, short[0]!, long[0]!, true);
  const last = tokenSimilarity(t, short[short.length - 1]!, long[long.length - 1]!, true);
  const middle = long.slice(1, -1);
  // So a nisba in the middle of a person's name: صادق لاريجاني = صادق آملي لاريجاني (not a body's:
  // رابطة المحترفين ≠ رابطة دوري المحترفين).
  const person = !t.bodyHeads.has(short[0]!);
  const nisba = (w: string): boolean => person && w.length >= NISBA_LETTERS && w.endsWith('ي') && !context.definite(w);
  if (short.length === 2 && first >= 0.9 && last >= 0.9 && middle.every((w) => t.keys.isNative(w) || t.keys.isSon(w) || t.keys.isCompound(w) || nisba(w))) return 0.85;
  // A person by his given name and his father's, without the family name with the article after them:
  // أحمد عيد = أحمد عيد الحربي (not a family name for a father's: أحمد الحربي is read above).
  const family = long[long.length - 1]!;
  if (short.length === 2 && long.length === 3 && person && first >= 0.9 && !context.definite(short[1]!) && spelled(short[1]!, long[1]!) && context.definite(family) && family.length >= NISBA_LETTERS && family.endsWith('ي')) return 0.85;
  // A chain name by its first name, its father's and its family, without a grandfather: صباح الأحمد
  // الصباح = صباح الأحمد الجابر الصباح. Never with "son of" in it, where a name after بن is the father:
  // عبد الله بن عبد العزيز ≠ عبد الله بن فيصل بن عبد العزيز. Nor a body's name, whose words are no
  // forefathers: لجنة الانتخابات البلدية ≠ لجنة انتخابات الرياض البلدية.
  if (short.length >= 3 && first >= 0.9 && last >= 0.9 && !t.bodyHeads.has(short[0]!) && !short.some((w) => t.keys.isSon(w)) && !long.some((w) => t.keys.isSon(w))) {
    for (let k = 2; k < short.length; k++) {
      const tail = short.length - k;
      const dropped = long.slice(k, long.length - tail);
      if (
        short.every((w, i) => spelled(w, i < k ? long[i]! : long[long.length - short.length + i]!)) &&
        dropped.every((w) => t.keys.isNative(w) || t.keys.isCompound(w))
      ) {
        return 0.85;
      }
    }
  }
  // A foreign person by the surnames of the full name, without the given names before them: لوبيز أوبرادور =
  // أندريس مانويل لوبيز أوبرادور، لولا دا سيلفا = لويس إيناسيو لولا دا سيلفا. Only where the words left out are
  // given names or read as foreign and the shorter name opens with none: in an Arab name the words after the
  // first are the father's (حافظ الأسد ≠ بشار حافظ الأسد، بدر الدين الحوثي ≠ حسين بدر الدين الحوثي).
  const dropped = long.slice(0, long.length - short.length);
  if (
    dropped.length <= 2 &&
    !t.givenNames.has(short[0]!) &&
    !t.keys.isNative(short[0]!) &&
    !t.keys.isCompound(short[0]!) &&
    !t.keys.isSon(short[0]!) &&
    !t.bodyHeads.has(long[0]!) &&
    dropped.every((w) => (t.givenNames.has(w) || looksForeign(t, w)) && !t.keys.isNative(w) && !t.keys.isCompound(w)) &&
    short.every((w, i) => spelled(w, long[dropped.length + i]!))
  ) {
    return 0.85;
  }
  return 0;
}

/**
 * True when two names very likely name the same person, body or place:
 * {@link entitySimilarity} of 0.8 or more.
 *
 * @param a - A name as written.
 * @param b - Another name as written.
 * @param options - `lexicon`: tables that extend the built-in gazetteer, titles and letter groups.
 * @throws TypeError when a name is not a string, or a table entry is malformed.
 *
 * @example
 * ```ts
 * sameEntity('كيغنز', 'كينغز');             // true: a transposition
 * sameEntity('كيغنز', 'العقيد مايلز كيغنز'); // true: the surname alone
 * sameEntity('جون كيري', 'جون كيلي');       // false
 * ```
 */
export function sameEntity(a: string, b: string, options?: NameOptions): boolean {
  return similarity('sameEntity', a, b, options) >= 0.8;
}
