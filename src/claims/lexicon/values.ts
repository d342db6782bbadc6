/**
 * Whose a sum or a distance is: the words that say a figure is the value, cost or total of a thing
 * ("صفقة بقيمة 112 مليون يورو", "تبلغ قيمة هذه الشريحة 2.2 مليار دولار"), and the prepositions that
 * name the place a distance is measured from ("على بعد 16 ميلا بحريا من مدينة صفاقس"). Two outlets
 * that report one deal, loan or distance give their figures of one thing, which the thing ties.
 */

/** Where the thing valued stands: before the cue ("قرض قيمته"), or after it in construct ("قيمة الصفقة"). */
export type ValueOwner = 'before' | 'after';

/** A cue that a sum is the value of a thing: the phrase, and where the thing valued stands (its position). */
export interface ValueCue {
  /** The cue as written: بقيمة. */
  readonly phrase: string;
  /** Where the owner of the sum stands: `'before'` the cue ("صفقة بقيمة") or `'after'` it ("قيمة الصفقة"). */
  readonly position: ValueOwner;
}

/**
 * Cues of a sum's owner. "before": the thing is the noun phrase just before the cue, which carries
 * a pronoun of it or a ب of price ("صفقة بقيمة"، "قرض قيمته"، "قرض تبلغ قيمته الإجمالية"، "قرض
 * الصندوق البالغ إجماليه"). "after": the thing follows the cue in construct ("قيمة الصفقة"، "كلفة
 * المشروع"، "تبلغ قيمة هذه الشريحة").
 */
export const valueCues: readonly ValueCue[] = [
  ...['بقيمة', 'بكلفة', 'بتكلفة', 'بمبلغ', 'بحجم', 'بإجمالي'].map((phrase) => ({ phrase, position: 'before' as const })),
  ...['قيمته', 'قيمتها', 'كلفته', 'كلفتها', 'تكلفته', 'تكلفتها', 'إجماليه', 'إجماليها', 'حجمه', 'حجمها', 'قدره', 'قدرها', 'مقداره', 'مقدارها'].flatMap(
    (pronoun) =>
      [pronoun, ...['تبلغ', 'يبلغ', 'البالغ', 'البالغة', 'بلغت', 'بلغ', 'تصل', 'يصل', 'وصلت', 'تقدر', 'يقدر', 'قدرت', 'المقدرة', 'تتجاوز', 'يتجاوز', 'تفوق', 'يفوق', 'تعادل', 'يعادل'].map((verb) => `${verb} ${pronoun}`)].map((phrase) => ({
        phrase,
        position: 'before' as const,
      })),
  ),
  ...['قيمة', 'كلفة', 'تكلفة', 'حجم', 'إجمالي'].map((phrase) => ({ phrase, position: 'after' as const })),
];

/** Relatives after a cue in construct whose clause names the thing valued: "إجمالي ما حصلت عليه مصر". */
export const valueRelatives: readonly string[] = ['ما'];

/** Words that may stand between a value cue and its thing: "قيمة هذه الشريحة". */
export const valueDeterminers: readonly string[] = ['هذه', 'هذا', 'تلك', 'ذلك'];

/**
 * Prepositions after a distance that name where it is measured from: "على بعد 16 ميلا بحريا من
 * مدينة صفاقس"، "نحو عشرة كيلومترات عن جزيرة قرقنة"، "على بعد 350 كلم قبالة سواحل اليمن".
 */
export const distanceFrom: readonly string[] = ['من', 'عن', 'قبالة'];

/**
 * Points of the compass after a distance, before the place it is measured from: "على بعد 160 كيلومترا
 * جنوب طرابلس"، "نحو 110 كلم جنوب مايدوغوري"، "30 كيلومترا شمال شرق بغداد" (two in a row). The
 * relative adjective is read too: "100 كيلومتر شرقي عفرين".
 */
export const compassWords: readonly string[] = ['جنوب', 'شمال', 'شرق', 'غرب'];

/** Words that restate a distance in another unit before where it is measured from: "خمسة أميال بحرية أي نحو عشرة كيلومترات عن". */
export const restatementWords: readonly string[] = ['أي'];

/**
 * Participles that date the document named before them, not a figure: "على ضوء تقرير بعثة الصندوق
 * الصادر منتصف مايو" — mid-May is when the report came out, not the time of the loan beside it.
 */
export const datingWords: readonly string[] = ['الصادر', 'الصادرة', 'المنشور', 'المنشورة', 'المؤرخ', 'المؤرخة'];

/**
 * Phrases that open the background of a fact: the time after them is of the earlier event, not of
 * the figure before them ("أن 14 دولة أوروبية ستقوم بطرد دبلوماسيين روس على خلفية قضية تسميم الجاسوس
 * الروسي السابق … قبل ثلاثة أسابيع": three weeks ago is the poisoning, not the expulsions).
 */
export const backgroundCues: readonly string[] = ['على خلفية', 'ردا على'];

/** A unit read as a more precise one where its sentence says what it measures: a bare درجة of the weather is Celsius. */
export interface ContextUnit {
  /** The unit as the unit tables read it: درجة. */
  readonly unit: string;
  /** Phrases before the figure in its sentence that say what it measures: درجة الحرارة (not مؤشر الحرارة, the heat index). */
  readonly cues: readonly string[];
  /** The unit it is then, as the unit tables write its lemma: درجة مئوية. */
  readonly reads: string;
  /** Words nearer the figure than any cue that say it is no such reading: "مؤشر الحرارة" (the heat index). */
  readonly blockers: readonly string[];
}

/**
 * Units that a sentence makes precise: "وبلغت درجات الحرارة 37 درجة" is 37 degrees Celsius, as Arabic
 * weather reports mean, and meets "37 درجة مئوية" of another outlet; "بقوة 6 درجات" of a quake, a
 * mark of 37 درجة in an exam and "مؤشر الحرارة … 45 درجة" (a heat index, no reading of a thermometer)
 * stay as written.
 */
export const contextUnits: readonly ContextUnit[] = [
  { unit: 'درجة', cues: ['درجة الحرارة', 'درجات الحرارة', 'درجة حرارة', 'درجات حرارة', 'الحرارة العظمى', 'الحرارة الصغرى', 'درجة حرارتها', 'درجة حرارته'], reads: 'درجة مئوية', blockers: ['مؤشر'] },
];
