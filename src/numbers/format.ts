/**
 * Tafqit: Arabic words for a number, the inverse of parseArabicNumber.
 */

/** Options for {@link formatArabicNumber}. */
export interface FormatOptions {
  /**
   * Gender of the counted noun (default `'masculine'`). Arabic numbers 3–10
   * take the opposite gender of what they count: ثلاثة رجال، ثلاث نساء.
   */
  gender?: 'masculine' | 'feminine';
  /**
   * Grammatical case of the whole number (default `'nominative'`). It shows on
   * duals (اثنان/اثنين، ألفان/ألفين), on 12 (اثنا/اثني عشر), on the tens
   * (عشرون/عشرين) and, in the accusative, as tanween on a lone scale word (ألفًا).
   */
  case?: 'nominative' | 'accusative' | 'genitive';
}

type Gender = NonNullable<FormatOptions['gender']>;
type Case = NonNullable<FormatOptions['case']>;

/** Units for a masculine counted noun (3–10 take ة) and a feminine one. */
const unitsMasculine = ['', 'واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'] as const;
const unitsFeminine = ['', 'واحدة', 'اثنتان', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع', 'عشر'] as const;
const tensStems = ['', '', 'عشر', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'] as const;
const hundredsWords = ['', 'مئة', 'مئتان', 'ثلاثمئة', 'أربعمئة', 'خمسمئة', 'ستمئة', 'سبعمئة', 'ثمانمئة', 'تسعمئة'] as const;

/** A scale: its singular (with the accusative tanween form), dual stem and plural. */
interface ScaleForms {
  readonly value: number;
  readonly singular: string;
  readonly accusative: string;
  readonly dualStem: string;
  readonly plural: string;
}

const scales: readonly ScaleForms[] = [
  { value: 1e12, singular: 'تريليون', accusative: 'تريليونًا', dualStem: 'تريليون', plural: 'تريليونات' },
  { value: 1e9, singular: 'مليار', accusative: 'مليارًا', dualStem: 'مليار', plural: 'مليارات' },
  { value: 1e6, singular: 'مليون', accusative: 'مليونًا', dualStem: 'مليون', plural: 'ملايين' },
  { value: 1e3, singular: 'ألف', accusative: 'ألفًا', dualStem: 'ألف', plural: 'آلاف' },
];

const nominative = (c: Case): boolean => c === 'nominative';

function unitWord(n: number, gender: Gender, c: Case): string {
  if (n === 2) {
    if (gender === 'masculine') return nominative(c) ? 'اثنان' : 'اثنين';
    return nominative(c) ? 'اثنتان' : 'اثنتين';
  }
  return (gender === 'masculine' ? unitsMasculine : unitsFeminine)[n]!;
}

function tensWord(t: number, c: Case): string {
  return tensStems[t]! + (nominative(c) ? 'ون' : 'ين');
}

/** Words for 1–99. */
function belowHundred(n: number, gender: Gender, c: Case): string {
  if (n <= 10) return unitWord(n, gender, c);
  if (n < 20) {
    const u = n - 10;
    const ten = gender === 'masculine' ? 'عشر' : 'عشرة';
    if (u === 1) return gender === 'masculine' ? `أحد ${ten}` : `إحدى ${ten}`;
    if (u === 2) {
      if (gender === 'masculine') return `${nominative(c) ? 'اثنا' : 'اثني'} ${ten}`;
      return `${nominative(c) ? 'اثنتا' : 'اثنتي'} ${ten}`;
    }
    return `${(gender === 'masculine' ? unitsMasculine : unitsFeminine)[u]!} ${ten}`;
  }
  const t = Math.floor(n / 10);
  const u = n % 10;
  if (u === 0) return tensWord(t, c);
  const unit = u === 1 ? (gender === 'masculine' ? 'واحد' : 'إحدى') : unitWord(u, gender, c);
  return `${unit} و${tensWord(t, c)}`;
}

/** Words for 1–999. */
function belowThousand(n: number, gender: Gender, c: Case): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (h > 0) parts.push(h === 2 ? (nominative(c) ? 'مئتان' : 'مئتين') : hundredsWords[h]!);
  if (rest > 0) parts.push(belowHundred(rest, gender, c));
  return parts.join(' و');
}

/** "count × scale" as Arabic writes it: ألف، ألفان، ثلاثة آلاف، أحد عشر ألفًا، مئة ألف. */
function countedScale(count: number, scale: ScaleForms, c: Case): string {
  if (count === 1) return c === 'accusative' ? scale.accusative : scale.singular;
  if (count === 2) return scale.dualStem + (nominative(c) ? 'ان' : 'ين');
  // The counter of a scale is masculine: ألف and مليون are masculine nouns.
  const counter = count === 1000 ? 'ألف' : belowThousand(count, 'masculine', c);
  const last = count % 100;
  if (last >= 3 && last <= 10) return `${counter} ${scale.plural}`;
  if (last >= 11) return `${counter} ${scale.accusative}`;
  return `${counter} ${scale.singular}`;
}

/**
 * Writes a number in Arabic words (tafqit), for cheques, invoices and
 * accessible text: `formatArabicNumber(3500)` is `"ثلاثة آلاف وخمسمئة"`.
 *
 * Covers integers from 0 to 10^15 and their halves (`2.5` → `"اثنان ونصف"`),
 * and their negatives (`"سالب …"`). Scale counters follow Arabic grammar:
 * 3–10 take the plural (ثلاثة آلاف), 11–99 the accusative singular
 * (خمسة وعشرون ألفًا), 100 and above the genitive singular (مئة ألف).
 * A half after a round scale is written with فاصلة (`1000000.5` →
 * `"مليون فاصلة خمسة"`) because "مليون ونصف" means 1,500,000.
 *
 * Output round-trips: `parseArabicNumber(formatArabicNumber(n, o)) === n`.
 *
 * @param n - The number.
 * @param options - Gender of the counted noun and grammatical case.
 * @returns The number in words.
 * @throws TypeError when `n` is not a number; RangeError when it is not a
 *   finite integer or half with absolute value at most 10^15.
 *
 * @example
 * ```ts
 * formatArabicNumber(22000, { case: 'accusative' }); // "اثنين وعشرين ألفًا"
 * formatArabicNumber(3, { gender: 'feminine' });     // "ثلاث"
 * ```
 */
export function formatArabicNumber(n: number, options: FormatOptions = {}): string {
  if (typeof n !== 'number') throw new TypeError(`formatArabicNumber expects a number, got ${n === null ? 'null' : typeof n}`);
  if (!Number.isFinite(n) || !Number.isInteger(n * 2) || Math.abs(n) > 1e15) {
    throw new RangeError(`formatArabicNumber covers integers and halves from -10^15 to 10^15, got ${n}`);
  }
  const gender: Gender = options.gender ?? 'masculine';
  const grammaticalCase: Case = options.case ?? 'nominative';
  if (n < 0) return `سالب ${formatArabicNumber(-n, options)}`;
  const whole = Math.floor(n);
  const half = n !== whole;
  if (whole === 0) return half ? 'نصف' : 'صفر';

  const parts: string[] = [];
  let rest = whole;
  for (const scale of scales) {
    const count = Math.floor(rest / scale.value);
    if (count === 0) continue;
    parts.push(countedScale(count, scale, grammaticalCase));
    rest -= count * scale.value;
  }
  if (rest > 0) parts.push(belowThousand(rest, gender, grammaticalCase));
  const words = parts.join(' و');
  if (!half) return words;
  return whole % 1000 === 0 && whole >= 1000 ? `${words} فاصلة خمسة` : `${words} ونصف`;
}
