/**
 * Entity tables: a seed gazetteer of aliases, and the letters and words the
 * matching cascade treats specially. Extend with one line and one test
 * (src/entities/lexicon.test.ts reads every entry back).
 */

/** What an entity is. */
export type EntityType = 'person' | 'organization' | 'place';

/** An entity known under several names. */
export interface GazetteerEntry {
  /** The name reported as canonical. */
  readonly canonical: string;
  /** Other names and spellings of the same entity, including adjective forms that name it. */
  readonly aliases: readonly string[];
  /** Person, organisation or place. */
  readonly type: EntityType;
  /** True when the name is also a common word (الهلال "the crescent"): a mention only after a head that names its kind. */
  readonly ambiguous?: boolean;
  /**
   * A club named by a common word (الشباب "the youth", الاتفاق "the agreement"): the club after its
   * descriptor (نادي الشباب), and otherwise only in a report of a game (فاز الشباب على الفتح) — not in
   * "الاتفاق الإيراني" or "رابطة الشباب".
   */
  readonly kind?: 'club';
}

/** An organisation (or any entity) known by name: `'الأمم المتحدة|الامم المتحدة|UN'` → canonical and aliases. */
function known(type: EntityType, names: string, ambiguous = false): GazetteerEntry {
  const [canonical, ...aliases] = names.split('|');
  return { canonical: canonical!, aliases, type, ...(ambiguous ? { ambiguous } : {}) };
}

/** A club whose name is also a common word: `club('الشباب')` (see {@link GazetteerEntry.kind}). */
function club(names: string): GazetteerEntry {
  return { ...known('organization', names, true), kind: 'club' };
}

/**
 * Seed gazetteer: the bodies news names by name rather than by a head word — international
 * organisations, agencies and outlets, parties and armed groups, large companies and clubs —
 * with their other names, acronyms and Latin forms. General knowledge written by hand for this
 * project (MIT). Countries and places are in their own tables (`countries`, `places`).
 * An entry marked ambiguous is also a common word (الأهلي "national", الهلال "crescent"): it
 * is a mention only after a head that names its kind (نادي الهلال، فريق الأهلي).
 */
export const gazetteer: readonly GazetteerEntry[] = /* @__PURE__ */ (() => [
  known('organization', 'داعش|تنظيم داعش|تنظيم الدولة الإسلامية|الدولة الإسلامية|تنظيم الدولة|الدولة الإسلامية في العراق والشام|الدولة الإسلامية في العراق وسوريا|تنظيم الدولة الإسلامية في العراق والشام|ISIS|ISIL'),
  known('organization', 'البشمركة|البيشمركة|قوات البشمركة|قوات البيشمركة|البشمركة الكردية|البيشمركة الكردية|قوات البشمركة الكردية|قوات البيشمركة الكردية'),
  known('organization', 'التحالف الدولي|التحالف|قوات التحالف|قوات التحالف الدولي|التحالف الدولي ضد داعش|التحالف الدولي لمحاربة داعش'),
  known('organization', 'قوات الأمن العراقية|القوات الأمنية العراقية'),
  known('organization', 'إيروورز|إيرورز|Airwars'),
  // The United Nations and its bodies.
  known('organization', 'الأمم المتحدة|منظمة الأمم المتحدة|هيئة الأمم المتحدة|المنظمة الدولية|UN'),
  known('organization', 'مجلس الأمن|مجلس الأمن الدولي|مجلس الأمن التابع للأمم المتحدة'),
  known('organization', 'الجمعية العامة للأمم المتحدة'),
  known('organization', 'يونيسف|اليونيسف|يونيسيف|اليونيسيف|منظمة الأمم المتحدة للطفولة|صندوق الأمم المتحدة للطفولة|UNICEF'),
  known('organization', 'يونسكو|اليونسكو|منظمة الأمم المتحدة للتربية والعلم والثقافة|UNESCO'),
  known('organization', 'الأونروا|أونروا|وكالة غوث وتشغيل اللاجئين الفلسطينيين|وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين|UNRWA'),
  known('organization', 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين|مفوضية الأمم المتحدة لشؤون اللاجئين|مفوضية اللاجئين|UNHCR'),
  known('organization', 'منظمة الصحة العالمية|الصحة العالمية|WHO'),
  known('organization', 'برنامج الأغذية العالمي|برنامج الغذاء العالمي|WFP'),
  known('organization', 'مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية|مكتب تنسيق الشؤون الإنسانية|أوتشا|OCHA'),
  known('organization', 'مؤتمر الأمم المتحدة للتجارة والتنمية|الأونكتاد|أونكتاد|UNCTAD'),
  known('organization', 'برنامج الأمم المتحدة الإنمائي|UNDP'),
  known('organization', 'برنامج الأمم المتحدة للبيئة|UNEP'),
  known('organization', 'المنظمة الدولية للهجرة|منظمة الهجرة الدولية|IOM'),
  known('organization', 'صندوق الأمم المتحدة للسكان|UNFPA'),
  known('organization', 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة|UNODC'),
  known('organization', 'المنظمة العالمية للأرصاد الجوية|المنظمة الدولية للأرصاد الجوية|WMO'),
  known('organization', 'منظمة الطيران المدني الدولي|ICAO'),
  known('organization', 'هيئة الأمم المتحدة للمرأة'),
  known('organization', 'منظمة الأمم المتحدة للتنمية الصناعية|يونيدو|اليونيدو|UNIDO'),
  known('organization', 'منظمة الأغذية والزراعة|الفاو|فاو|FAO'),
  known('organization', 'الوكالة الدولية للطاقة الذرية|وكالة الطاقة الذرية|IAEA'),
  known('organization', 'منظمة التجارة العالمية|WTO'),
  known('organization', 'صندوق النقد الدولي|صندوق النقد|IMF'),
  known('organization', 'البنك الدولي|مجموعة البنك الدولي'),
  known('organization', 'المحكمة الجنائية الدولية|الجنائية الدولية|ICC'),
  known('organization', 'محكمة العدل الدولية'),
  known('organization', 'مجلس حقوق الإنسان|مجلس حقوق الإنسان التابع للأمم المتحدة'),
  known('organization', 'المنظمة العالمية للملكية الفكرية|الويبو|ويبو|WIPO'),
  known('organization', 'منظمة العمل الدولية|ILO'),
  known('organization', 'يونيفيل|اليونيفيل|يونيفل|اليونيفل|قوة الأمم المتحدة المؤقتة في لبنان|UNIFIL'),
  known('organization', 'إيساف|قوة المساعدة الأمنية الدولية|ISAF'),
  known('organization', 'منظمة حظر الأسلحة الكيميائية|OPCW'),
  // Regional and international bodies.
  known('organization', 'الاتحاد الأوروبي|الاتحاد الاوربي|EU'),
  known('organization', 'المفوضية الأوروبية'),
  known('organization', 'البرلمان الأوروبي'),
  known('organization', 'البنك المركزي الأوروبي'),
  // Central banks by their own names and as news describes them ("the British central bank").
  known('organization', 'بنك إنجلترا|بنك إنكلترا|بنك إنجلترا المركزي|البنك المركزي البريطاني'),
  known('organization', 'بنك اليابان|بنك اليابان المركزي|البنك المركزي الياباني'),
  known('organization', 'بنك الشعب الصيني|البنك المركزي الصيني'),
  known('organization', 'البنك الوطني السويسري|البنك المركزي السويسري'),
  known('organization', 'بنك الاحتياطي الهندي|البنك المركزي الهندي'),
  known('organization', 'بنك كندا|بنك كندا المركزي|البنك المركزي الكندي'),
  known('organization', 'بنك الاحتياطي الأسترالي|البنك المركزي الأسترالي'),
  known('organization', 'البنك المركزي الروسي|بنك روسيا المركزي'),
  known('organization', 'مؤسسة النقد العربي السعودي|البنك المركزي السعودي'),
  known('organization', 'البنك المركزي المصري'),
  known('organization', 'البنك المركزي التركي'),
  known('organization', 'يوروبول|اليوروبول|الشرطة الأوروبية|وكالة الشرطة الأوروبية|Europol'),
  known('organization', 'الاتحاد الأفريقي'),
  known('organization', 'جامعة الدول العربية|الجامعة العربية'),
  known('organization', 'مجلس التعاون الخليجي|مجلس التعاون لدول الخليج العربية|مجلس التعاون'),
  known('organization', 'منظمة التعاون الإسلامي|منظمة المؤتمر الإسلامي'),
  known('organization', 'حلف شمال الأطلسي|حلف الناتو|الناتو|ناتو|حلف الأطلسي|NATO'),
  known('organization', 'أوبك|منظمة الدول المصدرة للنفط|منظمة أوبك|OPEC'),
  known('organization', 'أوبك بلس'),
  known('organization', 'مجموعة العشرين'),
  known('organization', 'مجموعة السبع'),
  known('organization', 'منظمة الأمن والتعاون في أوروبا'),
  known('organization', 'رابطة دول جنوب شرق آسيا|آسيان'),
  known('organization', 'الكوميسا|كوميسا|السوق المشتركة لشرق وجنوب أفريقيا|COMESA'),
  known('organization', 'المجموعة الاقتصادية لدول غرب أفريقيا|إيكواس|الإيكواس|ECOWAS'),
  known('organization', 'الهيئة الحكومية للتنمية|إيغاد|الإيغاد|IGAD'),
  known('organization', 'منظمة الأقطار العربية المصدرة للبترول|أوابك|OAPEC'),
  known('organization', 'منظمة شنغهاي للتعاون|SCO'),
  known('organization', 'مجموعة بريكس|بريكس|البريكس|BRICS'),
  known('organization', 'اللجنة الاقتصادية والاجتماعية لغربي آسيا|الإسكوا|إسكوا|ESCWA'),
  known('organization', 'منظمة العالم الإسلامي للتربية والعلوم والثقافة|الإيسيسكو|إيسيسكو|ISESCO'),
  known('organization', 'المنظمة العربية للتربية والثقافة والعلوم|الألكسو|ألكسو|ALECSO'),
  known('organization', 'بنك الاستثمار الأوروبي|EIB'),
  known('organization', 'البنك الآسيوي للاستثمار في البنية التحتية|AIIB'),
  known('organization', 'الإنتربول|انتربول|الشرطة الدولية|منظمة الشرطة الجنائية الدولية|الشرطة الجنائية الدولية'),
  known('organization', 'اللجنة الدولية للصليب الأحمر|الصليب الأحمر|الصليب الأحمر الدولي'),
  known('organization', 'الهلال الأحمر'),
  known('organization', 'منظمة العفو الدولية|العفو الدولية|أمنستي'),
  known('organization', 'هيومن رايتس ووتش'),
  known('organization', 'أطباء بلا حدود'),
  known('organization', 'منظمة السلام الأخضر|غرينبيس|غرين بيس|جرينبيس|Greenpeace'),
  known('organization', 'المرصد السوري لحقوق الإنسان|المرصد السوري'),
  known('organization', 'الخوذ البيضاء|الدفاع المدني السوري'),
  known('organization', 'الفيفا|فيفا|الاتحاد الدولي لكرة القدم|FIFA'),
  known('organization', 'الاتحاد الأوروبي لكرة القدم|يويفا|اليويفا|UEFA'),
  // The other confederations; كاف is also a word ("enough"): a mention only after a head of its kind.
  known('organization', 'الاتحاد الأفريقي لكرة القدم|كاف|الكاف|CAF', true),
  known('organization', 'الاتحاد الآسيوي لكرة القدم|الاتحاد الآسيوي'),
  known('organization', 'كونكاكاف|اتحاد الكونكاكاف|اتحاد أمريكا الشمالية والوسطى والكاريبي لكرة القدم'),
  known('organization', 'كونميبول|اتحاد أمريكا الجنوبية لكرة القدم'),
  known('organization', 'اللجنة الأولمبية الدولية'),
  known('organization', 'الوكالة العالمية لمكافحة المنشطات|وادا|WADA'),
  known('organization', 'الرابطة الوطنية لكرة السلة|دوري كرة السلة الأمريكي للمحترفين|إن بي إيه|NBA'),
  // Governments' bodies named as such.
  known('organization', 'وزارة الدفاع الأمريكية|البنتاغون|البنتاجون|وزارة الدفاع الأميركية|Pentagon'),
  known('organization', 'البيت الأبيض'),
  known('organization', 'الكرملين'),
  known('organization', 'الإليزيه'),
  known('organization', 'داونينغ ستريت'),
  known('organization', 'الكونغرس|الكونجرس|الكونغرس الأمريكي|الكونغرس الأميركي'),
  known('organization', 'مجلس الشيوخ|مجلس الشيوخ الأمريكي|مجلس الشيوخ الأميركي'),
  known('organization', 'مجلس النواب الأمريكي|مجلس النواب الأميركي'),
  known('organization', 'الكنيست'),
  known('organization', 'الموساد'),
  known('organization', 'الشاباك|الشين بيت'),
  known('organization', 'وكالة المخابرات المركزية الأمريكية|وكالة المخابرات المركزية|وكالة المخابرات المركزية الأميركية|وكالة الاستخبارات المركزية|وكالة الاستخبارات المركزية الأمريكية|وكالة الاستخبارات المركزية الأميركية|سي آي إيه|CIA'),
  known('organization', 'مكتب التحقيقات الفيدرالي|مكتب التحقيقات الاتحادي|إف بي آي|FBI'),
  known('organization', 'مجلس الاحتياطي الاتحادي|الاحتياطي الاتحادي|مجلس الاحتياطي الفيدرالي|الاحتياطي الفيدرالي|الاحتياطي الفدرالي|البنك المركزي الأمريكي|البنك المركزي الأميركي'),
  known('organization', 'ناسا|وكالة الفضاء الأمريكية|NASA'),
  known('organization', 'الحرس الثوري'),
  known('organization', 'جهاز مكافحة الإرهاب|جهاز مكافحة الإرهاب العراقي'),
  known('organization', 'الجيش العراقي'),
  known('organization', 'الحكومة العراقية'),
  known('organization', 'السلطة الفلسطينية|السلطة الوطنية الفلسطينية'),
  known('organization', 'منظمة التحرير الفلسطينية|منظمة التحرير'),
  // Parties, movements, armed groups.
  known('organization', 'حماس|حركة المقاومة الإسلامية'),
  known('organization', 'فتح', true),
  known('organization', 'حزب الله'),
  known('organization', 'الجهاد الإسلامي'),
  known('organization', 'طالبان'),
  known('organization', 'القاعدة', true),
  known('organization', 'الإخوان المسلمين|الإخوان المسلمون|جماعة الإخوان المسلمين|جماعة الإخوان'),
  known('organization', 'جبهة النصرة|النصرة', true),
  known('organization', 'هيئة تحرير الشام|تحرير الشام'),
  known('organization', 'التحالف العربي|تحالف دعم الشرعية|تحالف دعم الشرعية في اليمن'),
  known('organization', 'الحوثيين|الحوثيون|جماعة الحوثي|جماعة أنصار الله|أنصار الله'),
  known('organization', 'بوكو حرام'),
  known('organization', 'حركة الشباب|حركة الشباب المجاهدين|الشباب المجاهدين'),
  known('organization', 'حزب العمال الكردستاني|العمال الكردستاني|PKK'),
  known('organization', 'وحدات حماية الشعب'),
  known('organization', 'قوات سوريا الديمقراطية|قسد'),
  known('organization', 'الحشد الشعبي|قوات الحشد الشعبي|هيئة الحشد الشعبي'),
  known('organization', 'الجيش السوري الحر|الجيش الحر'),
  known('organization', 'البوليساريو|جبهة البوليساريو'),
  known('organization', 'أنصار بيت المقدس|تنظيم أنصار بيت المقدس'),
  known('organization', 'العزم الصلب|عملية العزم الصلب'),
  known('organization', 'حزب المحافظين'),
  known('organization', 'حزب العمال البريطاني'),
  known('organization', 'الحزب الجمهوري'),
  known('organization', 'الحزب الديمقراطي'),
  known('organization', 'حزب العدالة والتنمية'),
  known('organization', 'الليكود|حزب الليكود'),
  known('organization', 'كاديما|حزب كاديما'),
  known('organization', 'تيار المستقبل'),
  known('organization', 'حركة أمل'),
  // News agencies and outlets.
  known('organization', 'رويترز|Reuters'),
  known('organization', 'فرانس برس|وكالة الصحافة الفرنسية|وكالة الأنباء الفرنسية|أ ف ب|AFP'),
  known('organization', 'أسوشيتد برس|اسوشيتدبرس|أسوشييتد برس|أ ب|AP'),
  known('organization', 'يونايتد برس|يونايتد برس إنترناشونال|UPI'),
  known('organization', 'وكالة الأنباء الألمانية|د ب أ|DPA'),
  known('organization', 'وكالة الأنباء السعودية|واس'),
  known('organization', 'وكالة أنباء الإمارات|وام'),
  known('organization', 'وكالة الأنباء القطرية|قنا', true),
  known('organization', 'وكالة الأنباء الكويتية|كونا'),
  known('organization', 'الوكالة العربية السورية للأنباء|وكالة الأنباء السورية|سانا'),
  known('organization', 'وكالة الأنباء الأردنية|بترا', true),
  known('organization', 'وكالة أنباء الشرق الأوسط'),
  known('organization', 'وكالة الأنباء الرسمية الإيرانية|إرنا'),
  known('organization', 'وكالة الأناضول|الأناضول', true),
  known('organization', 'تاس|إيتار تاس'),
  known('organization', 'ريا نوفوستي|نوفوستي'),
  known('organization', 'شينخوا|وكالة أنباء الصين الجديدة'),
  known('organization', 'كيودو'),
  known('organization', 'يونهاب'),
  known('organization', 'بي بي سي|هيئة الإذاعة البريطانية|BBC'),
  // The outlets' Arabic services, their own outlets (بي بي سي عربي is not بي بي سي).
  known('organization', 'بي بي سي عربي|بي بي سي العربية'),
  known('organization', 'سي إن إن|CNN'),
  known('organization', 'CNN بالعربية|سي إن إن بالعربية'),
  known('organization', 'الجزيرة|الجزيرة نت', true),
  known('organization', 'العربية', true),
  // Two channels: Sky News (London) and Sky News Arabia (Abu Dhabi).
  known('organization', 'سكاي نيوز عربية|سكاي نيوز العربية'),
  known('organization', 'سكاي نيوز'),
  known('organization', 'يورونيوز|يورونيوز عربية|Euronews'),
  known('organization', 'دويتشه فيله|دويتشه فيلله|DW'),
  known('organization', 'بلومبرغ|بلومبيرغ|Bloomberg'),
  known('organization', 'ميدل إيست آي'),
  known('organization', 'الميادين', true),
  known('organization', 'المنار', true),
  known('organization', 'الحرة', true),
  known('organization', 'نيويورك تايمز|ذا نيويورك تايمز'),
  known('organization', 'واشنطن بوست'),
  known('organization', 'وول ستريت جورنال'),
  known('organization', 'فايننشال تايمز|فاينانشال تايمز'),
  known('organization', 'الغارديان|غارديان|الجارديان'),
  known('organization', 'التايمز'),
  known('organization', 'لوموند'),
  known('organization', 'دير شبيغل|شبيغل'),
  known('organization', 'يديعوت أحرونوت|يديعوت'),
  known('organization', 'هآرتس'),
  known('organization', 'صحيفة الشرق الأوسط'),
  known('organization', 'الأهرام'),
  known('organization', 'وكالة كل العراق'),
  known('organization', 'حرية برس'),
  // Companies.
  known('organization', 'أرامكو|أرامكو السعودية|شركة الزيت العربية السعودية'),
  known('organization', 'سابك|الشركة السعودية للصناعات الأساسية'),
  known('organization', 'أدنوك|شركة بترول أبوظبي الوطنية|ADNOC'),
  known('organization', 'غازبروم|جازبروم|Gazprom'),
  known('organization', 'روسنفت|Rosneft'),
  known('organization', 'شركة الاتصالات السعودية|الاتصالات السعودية|STC'),
  // Saudi bodies news names by their short names; نزاهة is also "integrity": a mention after a head only.
  known('organization', 'الهيئة الوطنية لمكافحة الفساد|هيئة مكافحة الفساد|نزاهة', true),
  known('organization', 'هيئة السوق المالية|هيئة السوق المالية السعودية|هيئة سوق المال'),
  known('organization', 'هيئة الأمر بالمعروف والنهي عن المنكر|هيئة الأمر بالمعروف'),
  known('organization', 'غوغل|جوجل|Google'),
  known('organization', 'فيسبوك|فيس بوك|Facebook'),
  known('organization', 'تويتر|Twitter'),
  known('organization', 'آبل|Apple'),
  known('organization', 'تسلا|تيسلا|Tesla'),
  known('organization', 'نتفليكس|Netflix'),
  known('organization', 'علي بابا|مجموعة علي بابا|Alibaba'),
  known('organization', 'مايكروسوفت|Microsoft'),
  known('organization', 'أمازون|Amazon'),
  known('organization', 'سامسونغ|سامسونج|Samsung'),
  known('organization', 'نوكيا|Nokia'),
  known('organization', 'تويوتا|Toyota'),
  known('organization', 'فولكسفاغن|فولكس فاغن|فولكسفاجن'),
  known('organization', 'بوينغ|بوينج|Boeing'),
  known('organization', 'إيرباص|Airbus'),
  known('organization', 'لوكهيد مارتن|لوكهيد مارتين|Lockheed Martin'),
  known('organization', 'رايثيون|Raytheon'),
  known('organization', 'جنرال موتورز'),
  known('organization', 'إكسون موبيل'),
  known('organization', 'شل|رويال داتش شل', true),
  known('organization', 'هواوي|Huawei'),
  known('organization', 'آي بي إم|IBM'),
  known('organization', 'إنرون'),
  known('organization', 'طيران الإمارات'),
  known('organization', 'الخطوط الجوية القطرية'),
  known('organization', 'يوتيوب|YouTube'),
  known('organization', 'إنستغرام|Instagram'),
  known('organization', 'واتساب|واتس آب|WhatsApp'),
  known('organization', 'أوبر|Uber'),
  known('organization', 'ميتسوبيشي|متسوبيشي|Mitsubishi'),
  known('organization', 'سيتروين|Citroen'),
  known('organization', 'فيراري|Ferrari'),
  known('organization', 'رينو|Renault'),
  known('organization', 'بيجو|Peugeot'),
  known('organization', 'هيونداي|Hyundai'),
  known('organization', 'نيسان|Nissan', true),
  known('organization', 'مرسيدس|مرسيدس بنز|Mercedes'),
  known('organization', 'سوني|Sony'),
  known('organization', 'موانئ دبي العالمية|موانئ دبي|موانىء دبي العالمية|موانىء دبي|DP World'),
  known('organization', 'جي بي مورغان|جيه بي مورغان|جي بي مورغان تشيس|جيه بي مورغان تشيس|JPMorgan'),
  known('organization', 'بيركشاير هاثاواي|بيركشاير هاثواي'),
  known('organization', 'غولدمان ساكس|جولدمان ساكس|Goldman Sachs'),
  known('organization', 'إنتل|Intel'),
  known('organization', 'موتورولا|Motorola'),
  known('organization', 'ديل|Dell', true),
  // Clubs.
  known('organization', 'ريال مدريد'),
  known('organization', 'أتلتيكو مدريد|أتليتيكو مدريد|أتلتيكو'),
  known('organization', 'برشلونة', true),
  known('organization', 'مانشستر يونايتد'),
  known('organization', 'مانشستر سيتي'),
  known('organization', 'ليفربول', true),
  // Clubs named by their city alone, as news names them in a report of a game ("ضد بورتو"، "مواجهة روما").
  known('organization', 'روما', true),
  known('organization', 'نابولي', true),
  known('organization', 'إشبيلية', true),
  known('organization', 'بورتو', true),
  known('organization', 'فالنسيا|بلنسية', true),
  known('organization', 'مرسيليا', true),
  known('organization', 'ليون', true),
  known('organization', 'تشيلسي|تشلسي'),
  known('organization', 'أرسنال'),
  known('organization', 'توتنهام'),
  known('organization', 'يوفنتوس'),
  known('organization', 'إنتر ميلان|الإنتر'),
  known('organization', 'ميلان|إيه سي ميلان', true),
  known('organization', 'بايرن ميونيخ|بايرن ميونخ|بايرن|البايرن'),
  known('organization', 'بوروسيا دورتموند|بروسيا دورتموند|دورتموند'),
  known('organization', 'باريس سان جيرمان|باريس سان جرمان|باريس سان جارمان|سان جيرمان|سان جرمان|PSG'),
  known('organization', 'الأهلي', true),
  known('organization', 'الزمالك'),
  known('organization', 'الهلال', true),
  known('organization', 'النصر', true),
  known('organization', 'الاتحاد', true),
  known('organization', 'الترجي'),
  known('organization', 'سلتيك'),
  known('organization', 'بنفيكا'),
  known('organization', 'أتلتيك بيلباو|بيلباو'),
  known('organization', 'فولهام'),
  known('organization', 'تشارلتون'),
  known('organization', 'خيتافي'),
  known('organization', 'إسبانيول'),
  known('organization', 'أندرلخت'),
  known('organization', 'أياكس|أياكس أمستردام|أجاكس|أجاكس أمستردام'),
  known('organization', 'أهلي جدة'),
  known('organization', 'اتحاد جدة'),
  known('organization', 'استقلال طهران'),
  known('organization', 'الوداد', true),
  known('organization', 'الرجاء', true),
  // Clubs of the Gulf, named by a word that is also a common word: the club after its descriptor or office
  // (نادي الشباب، لاعب السد) and as a side of the game (فاز الشباب على الفتح).
  club('الشباب'),
  club('الفتح'),
  club('الاتفاق'),
  club('التعاون'),
  club('الفيصلي'),
  club('الحزم'),
  club('الفيحاء'),
  club('الطائي'),
  club('الباطن'),
  club('الوحدة'),
  club('السد'),
  club('الدحيل'),
  club('الغرافة'),
  club('العربي'),
  club('الوصل'),
  known('organization', 'شباب الأهلي'),
  known('organization', 'بني ياس'),
  // North Africa, the Levant, Iraq and Iran.
  club('الإسماعيلي'),
  club('الصفاقسي'),
  club('الإفريقي'),
  club('الوحدات'),
  club('الزوراء'),
  club('الأنصار'),
  known('organization', 'سموحة'),
  known('organization', 'المقاولون العرب'),
  known('organization', 'الجيش الملكي'),
  known('organization', 'نهضة بركان'),
  known('organization', 'شبيبة القبائل'),
  known('organization', 'مولودية الجزائر'),
  known('organization', 'وفاق سطيف'),
  known('organization', 'بيرسبوليس|برسبوليس'),
  known('organization', 'سباهان'),
  known('organization', 'تراكتور سازي'),
  // Europe and South America, named by no city.
  known('organization', 'لاتسيو'),
  known('organization', 'أتالانتا'),
  known('organization', 'فيورنتينا'),
  known('organization', 'سامبدوريا'),
  known('organization', 'أودينيزي'),
  known('organization', 'فياريال'),
  known('organization', 'ريال سوسيداد'),
  known('organization', 'ريال بيتيس|بيتيس'),
  known('organization', 'إيفرتون'),
  known('organization', 'وست هام|وست هام يونايتد'),
  known('organization', 'أستون فيلا'),
  known('organization', 'ليستر سيتي'),
  known('organization', 'شالكه'),
  known('organization', 'باير ليفركوزن|ليفركوزن'),
  known('organization', 'بوروسيا مونشنغلادباخ|مونشنغلادباخ'),
  known('organization', 'غلطة سراي|جالطة سراي'),
  known('organization', 'فنربخشة'),
  known('organization', 'بشكتاش'),
  known('organization', 'زينيت'),
  known('organization', 'شاختار دونيتسك|شاختار'),
  known('organization', 'سيسكا موسكو'),
  known('organization', 'آيندهوفن'),
  known('organization', 'فينورد'),
  known('organization', 'بوكا جونيورز'),
  known('organization', 'ريفر بليت'),
  known('organization', 'فلامنغو|فلامنجو'),
])();

/**
 * Words that make two otherwise equal names different places or bodies:
 * جنوب السودان is not السودان, كوريا الشمالية is not كوريا الجنوبية.
 */
export const distinguishingWords: readonly string[] = [
  'جنوب', 'شمال', 'شرق', 'غرب', 'وسط', 'الشمالية', 'الجنوبية', 'الشرقية', 'الغربية', 'الوسطى', 'العليا', 'السفلى', 'الجديدة',
  // Adjectives that name a second country after the first one's name: الكونغو الديمقراطية is not
  // the Congo of Brazzaville, غينيا الاستوائية is not غينيا.
  'الديمقراطية', 'الاستوائية',
  // A paper's Sunday edition is a paper of its own: صنداي ميرور is not الميرور, صنداي تايمز not التايمز.
  'صنداي',
];

/**
 * Compass words of an English place name written as they sound, each `'sound|adjective'`: the
 * name with the sound word before it is the name with the adjective after it (نورث كارولاينا =
 * كارولاينا الشمالية, and ساوث كارولاينا is كارولاينا الجنوبية, not the north).
 */
export const soundedCompassWords: readonly string[] = ['نورث|الشمالية', 'ساوث|الجنوبية', 'ويست|الغربية', 'وست|الغربية', 'إيست|الشرقية'];

/**
 * Consonants that transliterators write differently for one sound: G as غ، ج، ق
 * or گ (غوتيريش / جوتيريش، غوغل / جوجل); ت/ط، س/ص، ز/ذ/ظ، د/ض. Each group folds to
 * its first letter in the consonant skeleton.
 */
export const consonantGroups: readonly string[] = ['غجقگڨ', 'تط', 'سص', 'زذظ', 'دض'];

/**
 * Pairs whose substitution costs little in the edit distance between names that are not
 * native given names: ك/ق, ش/س (غوتيريش / غوتيريس), ا/ع (أنان / عنان), ئ/ي (الهادئ / الهادي),
 * ك for G (إنكلترا / إنجلترا).
 */
export const cheapSubstitutions: readonly string[] = ['كق', 'هة', 'اى', 'سش', 'اع', 'ئي', 'جك', 'غك'];

/**
 * Pairs that cost little to swap only between two foreign-looking words (see `similarity.ts`): an
 * English s said z is written ز or س (سالزبوري / ساليسبري, Salisbury), while in an Arabic name
 * ز and س are two sounds (عزيز ≠ عسيس).
 */
export const foreignSubstitutions: readonly string[] = ['زس'];

/**
 * Letters one sound of a foreign name is written in, beside the consonant groups, when two spellings
 * of it are compared without their long vowels (see `similarity.ts`): an H or a Spanish J as ه، ح or
 * خ (تسيبي هوتوفلي / حوطوفلي, Hotovely; دي خيا / دا هيا, De Gea), an s said z as ز or س (ديفيد ديفيز /
 * دافيس, Davis), a th as ث or ت (دومينيك ثيم / تيم, Thiem). In an Arabic word they are different
 * letters (محمد بخاري ≠ محمد بحري، ثامر ≠ تامر). Not ك with ق: ق is also a G, and a K that is a G
 * leaves too little of a name without its vowels (ستيف جانياك ≠ ستيف كنيغ، لي كوان ≠ لي جون).
 */
export const foreignLetterGroups: readonly string[] = ['هحخ', 'زس', 'ثت'];

/**
 * Generic heads that name no particular body on their own (التنظيم "the
 * organisation"): as the subject of a claim they say nothing about whose figure it is.
 */
export const genericHeads: readonly string[] = ['التنظيم', 'الجماعة', 'الحركة', 'الحكومة', 'الجهات', 'المنظمة'];
