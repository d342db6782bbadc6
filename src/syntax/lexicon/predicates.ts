/** An event a figure is about, and the direction of change it states. */
export interface PredicateEntry {
  /** The stem reported as `Claim.predicate`, folded. */
  readonly stem: string;
  /** Written forms (verbs in common persons and tenses, verbal nouns). A leading و/ف/ب/ل is allowed. */
  readonly forms: readonly string[];
  /** A change the predicate states, if any. */
  readonly change?: 'up' | 'down';
  /** The verb's subject owns the figure: "داعش لا زال يملك 3000 مقاتل". */
  readonly subjectOwns?: boolean;
}

/** Words before an owner and then its figure: "لدى القوات العراقية أكثر من 300 ألف". */
export const possessionWords: readonly string[] = ['لدى', 'عند', 'بحوزة'];

/** Predicates of conflict and public-affairs reporting. */
export const predicates: readonly PredicateEntry[] = [
  // Every way a toll of the dead is written is one event: "وفاة 48 مهاجرا غرقا", "غرق 660 شخصا", "لقي
  // 37 شخصا حتفهم", "انتشال جثث 35 مهاجرا" (the bodies of, before the figure).
  {
    stem: 'قتل',
    forms: [
      'قتل', 'قتلت', 'قتلوا', 'يقتل', 'مقتل', 'حتفهم', 'حتفه', 'حتفها', 'لقوا', 'لقي', 'لقيت', 'قضوا', 'أودى', 'أودت', 'يودي', 'تودي',
      'وفاة', 'توفي', 'توفيت', 'توفوا', 'مصرع', 'غرق', 'غرقوا', 'مات', 'ماتوا', 'جثث', 'جثامين',
    ],
  },
  { stem: 'اصاب', forms: ['إصابة', 'أصيب', 'أصيبوا', 'أصيبت', 'إصابات', 'جرح', 'جرحت'] },
  // The missing: "مقتل 37 شخصا وفقدان نحو 70".
  { stem: 'فقد', forms: ['فقدان', 'اختفاء'] },
  // The rescued: "إنقاذ 67 مهاجرا", "نجا 20 شخصا".
  { stem: 'انقذ', forms: ['إنقاذ', 'أنقذ', 'أنقذت', 'أنقذوا', 'ينقذ', 'تنقذ', 'نجا', 'نجاة'] },
  // Who a vehicle carried: "كانت الطائرة تقل 71 شخصا", "قارب يحمل 180 مهاجرا" — not a toll, whatever
  // happened to the vehicle just before ("آخر قارب غرق قبالة السواحل يقل 180 شخصا").
  { stem: 'حمل', forms: ['تقل', 'يقل', 'تحمل', 'يحمل', 'تنقل', 'ينقل'] },
  { stem: 'درب', forms: ['درب', 'دربت', 'يدرب', 'تدريب', 'تدرب'] },
  { stem: 'حرر', forms: ['تحرير', 'حرر', 'حررت', 'يحرر'] },
  { stem: 'خفض', forms: ['خفض', 'تخفض', 'ستخفض', 'يخفض', 'سيخفض', 'تخفيض', 'تقليص', 'تقلص', 'يقلص'], change: 'down' },
  {
    stem: 'انخفض',
    forms: ['انخفض', 'انخفضت', 'ينخفض', 'تنخفض', 'انخفاض', 'تراجع', 'تراجعت', 'يتراجع', 'هبط', 'هبطت', 'يهبط', 'هبوط', 'انكمش', 'انكماش', 'خسر', 'خسرت', 'فقد', 'فقدت'],
    change: 'down',
  },
  {
    stem: 'ارتفع',
    // The transitive رفع (to raise) states the same rise: "رفعت الحكومة أسعار الوقود بنحو 4 في المئة".
    forms: ['ارتفع', 'ارتفعت', 'يرتفع', 'ترتفع', 'ارتفاع', 'رفع', 'رفعت', 'يرفع', 'ترفع', 'ازداد', 'ازدادت', 'زاد', 'زادت', 'زيادة', 'نما', 'نمت', 'ينمو', 'نمو', 'صعد', 'صعدت', 'قفز', 'قفزت', 'تضاعف', 'ربح', 'ربحت'],
    change: 'up',
  },
  { stem: 'بقي', forms: ['بقاء', 'يتبق', 'تبقى', 'يزالون', 'مازالوا', 'زال', 'يزال', 'باقية'] },
  { stem: 'ملك', forms: ['يملك', 'يمتلك', 'تملك', 'تمتلك'], subjectOwns: true },
  { stem: 'سيطر', forms: ['سيطر', 'سيطرت', 'سيطرة', 'يسيطر'] },
  { stem: 'قيم', forms: ['يقيم', 'يقيمون', 'تقييم'] },
  { stem: 'حقق', forms: ['يحقق', 'تحقيق', 'تحقق'] },
  { stem: 'نفذ', forms: ['نفذ', 'نفذت', 'ينفذ', 'تنفيذ'] },
  { stem: 'اعتقل', forms: ['اعتقل', 'اعتقلت', 'اعتقال'] },
  { stem: 'نزح', forms: ['نزح', 'نزوح', 'فر', 'فروا', 'الفرار'] },
];
