import { type TokenIndex } from '../../text/coordinates.js';
import { daysResolution, holidayDays } from '../resolve.js';
import { directionAt, isMonthNoun, lastOf, unitNounAt, unitWords, wordIn, yearAt, yearNounAt, type TimeRecognizer } from './context.js';

/** Least and greatest Hijri years written after a Hijri holiday ("رمضان 1436"). */
const HIJRI_YEARS = { min: 1300, max: 1600 };

/**
 * A holiday or a season of the calendar: "عيد الفطر"، "عيد الأضحى المبارك"،
 * "موسم الحج"، "شهر رمضان"، "رأس السنة"، "عيد الميلاد"، "اليوم الوطني
 * السعودي"، with a year after it ("عيد الشكر 2010"، "الحج سنة 2016"، "رمضان
 * 1436") or a relative one ("العام المقبل"). Without a year, the occurrence
 * nearest publication. A name that is also a word or a given name (رمضان، الحج)
 * is read only after a word that introduces a time or with a year.
 */
export const holiday: TimeRecognizer = {
  name: 'holiday',
  starts: { words: (l) => [...l.holidays.firstWords(), ...unitWords(l, ['month']), ...l.dayWords] },
  read(context, k) {
    const { tokens, lexicon, reference } = context;
    if (!tokens.isWord(k)) return null;
    // "شهر رمضان"، "يوم عيد الميلاد": the word before the name belongs to it ("يوم الأرض" is a name of its own).
    let m = lexicon.holidays.matchAt(tokens, k);
    let monthWord = false;
    if (!m && (isMonthNoun(context, k) || lexicon.dayWords.has(tokens.text(k)))) {
      const j = tokens.nextWord(k);
      m = j >= 0 ? lexicon.holidays.matchAt(tokens, j) : null;
      monthWord = m !== null;
    }
    if (!m) return null;
    const h = m.entry;
    let end = m.end;
    // A year after it: "عيد الشكر 2010"، "الحج سنة 2016"، "يوم الأب عام 2015"، "رمضان 1436".
    let y = tokens.next(lastOf(end));
    if (tokens.isWord(y) && yearNounAt(context, y)) y = tokens.next(y);
    const written = y >= 0 ? yearAt(context, y, h.type === 'hijri' ? HIJRI_YEARS.min : 1000) : null;
    let year: number | undefined;
    let hijriYear: number | undefined;
    if (written) {
      end = written.end;
      if (h.type === 'hijri' && written.calendar !== 'gregorian' && written.year <= HIJRI_YEARS.max) hijriYear = written.year;
      else year = written.year;
    } else if (reference) {
      // "العام المقبل"، "هذا العام" after it.
      const noun = tokens.nextWord(lastOf(end));
      const unit = noun >= 0 ? unitNounAt(context, noun) : null;
      const offset = unit && unit.unit === 'year' && unit.definite && !unit.count ? directionAt(context, tokens.next(noun)) : undefined;
      if (offset !== undefined) {
        year = reference.getUTCFullYear() + offset;
        end = ((tokens.next(noun) + 1) as TokenIndex);
      }
    }
    if (h.ambiguous && !monthWord && !written && year === undefined) {
      const before = tokens.previousWord(k);
      if (!(before >= 0 && (wordIn(tokens, before, lexicon.monthContext) || wordIn(tokens, before, lexicon.holidayContext)))) return null;
    }
    const days = holidayDays(h, reference, year, hijriYear);
    return { start: k, end, kind: 'holiday', grain: 'day', ...(days ? daysResolution(days.first, days.last) : {}), ...(m.clitic && !monthWord ? { skip: m.clitic } : {}) };
  },
};
