/**
 * A verb that reports what someone said, given by its past and present stems
 * (third person masculine singular). The engine writes out the forms news
 * uses: the past for him, her and them (قال، قالت، قالوا) and the present for
 * him, her and them (يقول، تقول، يقولون). A glued و/ف is allowed on each.
 */
export interface ReportingVerb {
  /** Past, he: قال، أكد، أعلن. */
  readonly past: string;
  /** Present, he: يقول، يؤكد، يعلن. Omitted for verbs news uses only in the past. */
  readonly present?: string;
}

/** Reporting verbs: the speaker is the noun phrase after them ("قال المتحدث …"). */
export const reportingVerbs: readonly ReportingVerb[] = [
  { past: 'قال', present: 'يقول' },
  { past: 'أكد', present: 'يؤكد' },
  { past: 'أوضح', present: 'يوضح' },
  { past: 'أشار', present: 'يشير' },
  { past: 'أضاف', present: 'يضيف' },
  { past: 'ذكر', present: 'يذكر' },
  { past: 'أعلن', present: 'يعلن' },
  { past: 'كشف', present: 'يكشف' },
  { past: 'أفاد', present: 'يفيد' },
  { past: 'صرح', present: 'يصرح' },
  { past: 'أردف', present: 'يردف' },
  { past: 'تابع', present: 'يتابع' },
  { past: 'ختم', present: 'يختم' },
  { past: 'اعترف', present: 'يعترف' },
  { past: 'كتب', present: 'يكتب' },
  { past: 'لفت', present: 'يلفت' },
  { past: 'زعم', present: 'يزعم' },
];

/** The written forms of a reporting verb (see {@link ReportingVerb}). */
export function reportingVerbForms(verb: ReportingVerb): string[] {
  const forms = [verb.past, `${verb.past}ت`, `${verb.past}وا`];
  if (verb.present !== undefined) {
    const stem = verb.present.slice(1);
    forms.push(verb.present, `ت${stem}`, `${verb.present}ون`);
  }
  return forms;
}

/** Reporting verbs whose source follows عن: "نقلت الصحيفة عن مسؤولين". */
export const reportingFromVerbs: readonly ReportingVerb[] = [{ past: 'نقل', present: 'ينقل' }];

/** Attribution phrases: the speaker follows them ("بحسب ما قال الناطق", "وفق وكالة رويترز"). */
export const attributionPhrases: readonly string[] = [
  'بحسب', 'حسب', 'وفق', 'وفقا ل', 'طبقا ل', 'نقلا عن', 'بحسب ما قال', 'حسب ما قال', 'وفق ما قال',
];

/** Words that start the description of a speaker's role: "المتحدث باسم التحالف", "نائب قائد التحالف". */
export const roleWords: readonly string[] = [
  'المتحدث', 'الناطق', 'متحدث', 'ناطق', 'نائب', 'قائد', 'مبعوث', 'وزير', 'رئيس', 'مسؤول', 'مسؤولين', 'مسؤولون', 'مدير',
  'زعيم', 'أمين', 'المسؤول', 'القائد',
];

/** Words that end the speaker's noun phrase (what follows is the content or its circumstances). */
export const speakerStopWords: readonly string[] = [
  'أن', 'أنه', 'أنها', 'يوم', 'أمس', 'اليوم', 'في', 'خلال', 'على', 'عبر', 'ل',
  'الذي', 'التي', 'عن', 'إلى', 'بعد', 'قبل', 'حول', 'بشأن', 'مساء', 'صباح', 'لدى', 'مع', 'عقب',
  'فيها', 'فيه', 'له', 'لها', 'لهم', 'عنه', 'عنها', 'قائلا', 'بالقول', 'قولهم', 'قوله', 'قولها', 'أيضا', 'كذلك',
];

/** Words inside a speaker's description that never belong to a name: المتحدث باسم، ضد داعش. */
export const nameBreakers: readonly string[] = ['باسم', 'ضد', 'من', 'عن', 'لدى', 'مع', 'و'];

/** Words that may open a sentence before its subject: "وكان مبعوث الرئيس … أعلن", "ثم إن القوات …". */
export const leadingParticles: readonly string[] = ['كان', 'وكان', 'وكانت', 'كانت', 'ثم', 'إن', 'لكن', 'ولكن', 'و'];
