import { describe, expect, it } from 'vitest';
import { findEntityMentions } from '../mentions.js';

/** Each mention of the flat reading (a body's name is one mention) as [text, type, start], its span checked against the input. */
function placed(text: string): Array<[string, string | null, number]> {
  return findEntityMentions(text, { nested: false }).map((m) => {
    expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
    return [m.text, m.type, m.span.start];
  });
}

describe('places that are part of something else', () => {
  it('reads a place in every quoted title of a list a noun of works opens as part of a title', () => {
    expect(placed('ومن أعماله روايات " اللص والكلاب " و " الطريق " و " ثرثرة فوق النيل " أيضا')).toEqual([]);
    expect(placed('مثل لوحات " منظر عام " ، " الحياة في النيل " ، " جسور بغداد "')).toEqual([]);
    // Quoted slogans after no noun of works still name the places.
    expect(placed('رفعوا " الموت لأمريكا " و " الموت لإسرائيل "')).toEqual([
      ['أمريكا', 'place', 15],
      ['إسرائيل', 'place', 35],
    ]);
  });

  it('reads a place alone in quotation marks after a noun of works as the work’s title', () => {
    expect(placed('ثم نشر رواية " القاهرة الجديدة " وأتبعها بغيرها')).toEqual([]);
    expect(placed('وعرض فيلم « باريس » أمس')).toEqual([]);
    // After no such noun it is the place.
    expect(placed('ثم نقل الخبر إلى " القاهرة " أمس')).toEqual([['القاهرة', 'place', 19]]);
  });

  it('reads a place and a number alone in quotation marks as a title', () => {
    expect(placed('وعرض التلفزيون " القاهرة 2000 " أمس')).toEqual([]);
    expect(placed('أطلق الجيش العملية الشاملة " سيناء 2018 " ضد المسلحين')).toEqual([]);
    expect(placed('وصل إلى " القاهرة " 2000 زائر')).toEqual([['القاهرة', 'place', 10]]);
  });

  it('reads a word before a pronoun written apart as a noun, no place', () => {
    expect(placed('أخلوا منطقة قطر ها ستة كيلومترات')).toEqual([]);
    expect(placed('في مدينة يقطن ها مليون نسمة')).toEqual([]);
    // هما stands alone as the next clause's subject.
    expect(placed('وإيران وروسيا هما الحليفان')).toEqual([
      ['إيران', 'place', 1],
      ['روسيا', 'place', 8],
    ]);
  });

  it('reads a place head with the article after another head as its complement', () => {
    expect(placed('واستشهد شاب شرق مخيم المدينة')).toEqual([]);
    expect(placed('واستشهد شاب قرب مخيم اليرموك')).toEqual([['اليرموك', 'place', 21]]);
  });

  it('reads a country written as its demonym after a body’s quoted name as its adjective', () => {
    expect(placed('وقالت صحيفة « الحياة » السعودية إن')).toEqual([['الحياة', 'organization', 14]]);
    expect(placed('وأعلنت شركة " صلة " السعودية وقف الرعاية')).toEqual([['صلة', 'organization', 14]]);
    // Quoted words after no descriptor: the place is their complement.
    expect(placed('رحبت بما وصفته " التجاوب مع طلب " السعودية')).toEqual([['السعودية', 'place', 34]]);
  });

  it('reads a place after راديو as the station named after it', () => {
    expect(placed('وقال الوزير لراديو إسرائيل إنه علم بالاجتماع')).toEqual([['إسرائيل', 'organization', 19]]);
  });

  it('reads a place between a dateline’s dash and a colon as the newspaper credited', () => {
    expect(placed('دبي - الخليج : ارتفعت الأسهم المحلية')).toEqual([
      ['دبي', 'place', 0],
      ['الخليج', 'organization', 6],
    ]);
    // After a heading's dash, with no dateline before it, the place stays.
    expect(placed('للمزيد - الشرق الأوسط: إيران تطغى على الجولة')).toEqual([
      ['الشرق الأوسط', 'place', 9],
      ['إيران', 'place', 23],
    ]);
  });

  it('reads a word with the article after حي as the quarter it names, a bare one as its adjective', () => {
    expect(placed('قصفت منزلا بحي المفرق غرب المدينة')).toEqual([['المفرق', 'place', 15]]);
    expect(placed('يسكن في حي فقير')).toEqual([]);
  });
});

describe('places of the tables and their context', () => {
  /** The places of `text`, as written. */
  const places = (text: string): string[] => placed(text).filter(([, type]) => type === 'place').map(([t]) => t);

  it('finds the towns of the Arab world the tables list, one word or a compound, bare and behind a clitic', () => {
    expect(places('دارت اشتباكات في القابون والرستن وعين ترما، وقصف الطيران بعشيقة وبرج البراجنة')).toEqual(['القابون', 'الرستن', 'عين ترما', 'بعشيقة', 'برج البراجنة']);
    expect(places('نقل الجرحى من بيرزيت إلى بيت جالا ومن الرشيدية إلى بومرداس')).toEqual(['بيرزيت', 'بيت جالا', 'الرشيدية', 'بومرداس']);
  });

  it('finds states and provinces news names bare, and regions of history', () => {
    expect(places('فاز في أوكلاهوما وكارولينا الشمالية ثم في خوست وبكتيكا')).toEqual(['أوكلاهوما', 'كارولينا الشمالية', 'خوست', 'بكتيكا']);
    expect(places('ذهب إلى ملك أراجون وقشتالة بعد صلح الحديبية')).toEqual(['أراجون', 'قشتالة', 'الحديبية']);
  });

  it('reads the other spellings of listed places', () => {
    expect(places('في العاصمة الإريترية أسمرا')).toEqual(['أسمرا']);
    expect(places('قال إن الوقت حان لظهور شرق أوسط جديد')).toEqual(['شرق أوسط']);
    expect(places('وصلوا إلى بئر سبع ثم إلى الفليبين ونيوزلندا')).toEqual(['بئر سبع', 'الفليبين', 'نيوزلندا']);
  });

  it('leaves out towns whose name is also a surname, an adjective or a verb', () => {
    // المعادي "hostile", العبدلي a surname, لجأوا "they took refuge" (جاوا through folding), أفران "ovens".
    expect(places('انتقد الخطاب المعادي للسامية وقال محمد العبدلي إن الناس لجأوا إلى أفران الخبز')).toEqual([]);
  });

  it('reads a listed place that is also a word beside another place joined by و written apart', () => {
    expect(places('و هو ما تعتبر ه بكين و سيول تمجيدا')).toEqual(['بكين', 'سيول']);
    expect(places('و اطلقت صواريخ علي صفد و حيفا و الناصرة')).toEqual(['صفد', 'حيفا', 'الناصرة']);
    // Alone, or beside a word that is no place, it stays a word: سيول "floods".
    expect(places('جرفت سيول و امطار الطرق')).toEqual([]);
  });

  it('reads a feature head with the article beside one place as the feature, and within a list of places as a place', () => {
    // البحيرة "the lake" is also Egypt's governorate: Tiberias and its lake name one place.
    expect(places('زار الوفد مدينة طبريا والبحيرة أمس')).toEqual(['طبريا']);
    expect(places('أغلقت المدارس في محافظات الإسكندرية والبحيرة وكفر الشيخ')).toEqual(['الإسكندرية', 'البحيرة', 'كفر الشيخ']);
    expect(places('أمطار غزيرة في محافظة البحيرة')).toEqual(['البحيرة']);
  });

  it('reads a city that is also a word after the festival it hosts and names', () => {
    expect(placed('فاز الفيلم بجائزة في مهرجان البندقية السينمائي قبل أن يعرض لمهرجان كان المقبل')).toEqual([
      ['البندقية', 'place', 28],
      ['كان', 'place', 67],
    ]);
    // A festival named otherwise leaves the word alone: البندقية "the rifle".
    expect(placed('وحمل مهرجان الصيف البندقية شعارا له')).toEqual([]);
  });

  it('reads a listed place in ا that is also an adverb after a preposition, which no adverb follows', () => {
    expect(placed('الهجوم الكيماوي في دوما، وخروج المسلحين من دوما إلى إدلب')).toEqual([
      ['دوما', 'place', 19],
      ['دوما', 'place', 43],
      ['إدلب', 'place', 52],
    ]);
    // The adverb: "always"; and behind a clitic, باكرا is "early".
    expect(placed('كنا دوما في المقدمة وغادر الموظفون باكرا')).toEqual([]);
  });

  it('reads كان, Cannes and "was", as the city only after a head that names it', () => {
    expect(placed('وصلت الممثلة إلى مدينة كان الفرنسية')).toEqual([['كان', 'place', 23]]);
    // Not the verb, before a demonym (no club) or glued to ف, nor after في alone.
    expect(placed('وكان الأمريكي أندريه أغاسي أكبر لاعب سنا، أما الحزب فكان الأول في كان')).toEqual([['أندريه أغاسي', 'person', 14]]);
    // A syllable of a foreign surname still: "ستروس-كان".
    expect(placed('في حق دومينيك ستروس-كان، وقت')).toEqual([['دومينيك ستروس-كان', 'person', 6]]);
  });

  it('reads a listed place that is also a word after the capital of a place with its pronoun', () => {
    expect(places('ومحافظة خراسان التي عاصمتها مشهد')).toEqual(['خراسان', 'مشهد']);
  });

  it('reads a bare word after a feminine head before a definite noun that does not describe it as a construct, no place', () => {
    expect(places('دعا إلى مقاطعة كأس العالم ولمقاطعة مواقع التواصل')).toEqual([]);
    expect(places('وهي تشير ناحية مركب الصيد')).toEqual([]);
    // An adjective, a day or a year after the name, or a masculine head, leave it a place.
    expect(places('في قرية بانمونجوم الحدودية ومدينة سابورتو الكبرى')).toEqual(['بانمونجوم', 'سابورتو']);
    expect(places('خطف التلميذات في ولاية بورنو العام الماضي')).toEqual(['بورنو']);
    expect(places('قتل 77 شخصا في إقليم سيلاكاب القريب')).toEqual(['سيلاكاب']);
  });
});

describe('a listed city that is also an imperative', () => {
  it('reads قم before بـ as "do", and the city after its head or beside another place', () => {
    expect(placed('ثم قم باختيار الإعدادات من القائمة')).toEqual([]);
    expect(placed('وصل الوفد إلى مدينة قم الإيرانية')).toEqual([['قم', 'place', 20]]);
    expect(placed('زار طهران وقم')).toEqual([
      ['طهران', 'place', 4],
      ['قم', 'place', 11],
    ]);
  });
});

describe('places after a head, in نا', () => {
  it('reads a loan name in نا after a long vowel as the place, not a noun with "our"', () => {
    expect(placed('وفقد عشرات في إقليم لاغونا حيث دفنت الأمطار قرى كاملة')).toEqual([['لاغونا', 'place', 20]]);
    expect(placed('وصل الوفد إلى مدينة فيرونا أمس')).toEqual([['فيرونا', 'place', 20]]);
  });

  it('keeps a noun with "our" and a verb after a hamza out', () => {
    expect(placed('عاد الجميع إلى مدينتنا')).toEqual([]);
    expect(placed('في محافظة بدأنا فيها العمل')).toEqual([]);
  });

  it('keeps a verb of a relative clause after a head out: listed, or short before its preposition', () => {
    expect(placed('وهي مدينة يبلغ عمرها ألفي سنة')).toEqual([]);
    expect(placed('بالقرب من بلدة تقع على حدود البلاد')).toEqual([]);
    expect(placed('في قرية تقع غرب القصيم')).toEqual([['القصيم', 'place', 16]]);
  });

  it('reads no tiny country inside an adjective behind ب: بنيوي is "structural"', () => {
    expect(placed('دون أن يذكر بالتحديد خلل بنيوي وشيك')).toEqual([]);
    expect(placed('وتطالب النيابة بعقوبة الإعدام بحق خمسة')).toEqual([]);
    expect(placed('وقع انفجار في بعقوبة أمس')).toEqual([['بعقوبة', 'place', 14]]);
  });
});

describe('places after a head, by the grammar of the genitive', () => {
  it('reads a word in ون after a head as a name: the genitive plural ends in ين', () => {
    expect(placed('وصل الوفد إلى مخيم الجلزون شمال رام الله')).toEqual([
      ['الجلزون', 'place', 19],
      ['رام الله', 'place', 32],
    ]);
    expect(placed('وزع المتطوعون المساعدات في قرية اليامون أمس')).toEqual([['اليامون', 'place', 32]]);
    expect(placed('افتتحت البلدية مخيم اللاجئين الجديد')).toEqual([]);
    // A broken plural فعول ends so too: the camp of the arts.
    expect(placed('شارك الأطفال في مخيم الفنون الصيفي')).toEqual([]);
  });

  it('reads a word in ة after a masculine head as a name, whose adjective would have none', () => {
    expect(placed('اقتحمت القوات مخيم بلاطة فجرا')).toEqual([['بلاطة', 'place', 19]]);
    expect(placed('وقع الزلزال في إقليم غزنة أمس')).toEqual([['غزنة', 'place', 21]]);
    // Behind the preposition ل the word opens a phrase of its own.
    expect(placed('وقالت سيدة في مخيم لوكالة الأنباء إنها فقدت بيتها')).toEqual([]);
  });

  it('reads a word in ة after a feminine head as a name unless shaped as an adjective or noun', () => {
    expect(placed('عاد المزارعون إلى قرية طلوزة بعد الحصاد')).toEqual([['طلوزة', 'place', 23]]);
    expect(placed('نقل الجرحى إلى مستشفى في مدينة جرادة شرق المغرب')).toEqual([
      ['جرادة', 'place', 31],
      ['المغرب', 'place', 41],
    ]);
    expect(placed('يعيشون في قرية صغيرة على الحدود')).toEqual([]);
    expect(placed('شيدت الحكومة مدينة ساحلية جديدة')).toEqual([]);
    expect(placed('فاز بولاية ثانية في الانتخابات')).toEqual([]);
    expect(placed('وصلت المساعدات إلى مدينة منكوبة في الشمال')).toEqual([]);
    expect(placed('وعاشوا في مدينة حرة بعد الحرب')).toEqual([]);
    // Written with ه, the word is a noun with "his": his forefathers' village.
    expect(placed('ثم زار قرية أجداده في الجبل')).toEqual([]);
  });


  it('reads the town a municipality is named by, and no common noun with the article after it', () => {
    expect(placed('وقال رئيس بلدية عقربا إن المياه انقطعت')).toEqual([['عقربا', 'place', 16]]);
    expect(placed('قرر مجلس بلدية إسطنبول تغيير أسماء الشوارع')).toEqual([['مجلس بلدية إسطنبول', 'organization', 4]]);
    // The municipality of the capital, of the occupation.
    expect(placed('أعلن رئيس بلدية العاصمة التركية أنقرة أن')).toEqual([['أنقرة', 'place', 32]]);
    expect(placed('رفضوا دفع الضرائب لبلدية الاحتلال')).toEqual([]);
  });

  it('reads a word in ين after a feminine head as a name, and after a masculine head as a plural', () => {
    // A feminine singular head takes no adjective in ين.
    expect(placed('زار الوفد قرية حطين قرب طبريا')).toEqual([
      ['حطين', 'place', 15],
      ['طبريا', 'place', 24],
    ]);
    expect(placed('سيطرت القوات على بلدة هجين شرقي دير الزور')).toEqual([
      ['هجين', 'place', 22],
      ['دير الزور', 'place', 32],
    ]);
    expect(placed('يقع مقر الشركة في مدينة تيانجين الصينية')).toEqual([['تيانجين', 'place', 24]]);
    // A refugee camp: the plural of what the camp holds.
    expect(placed('أقيم مخيم لاجئين على الحدود')).toEqual([]);
  });
  it('opens a two-word name with عين, خربة or قلعة, though عين is also a verb ("appointed")', () => {
    expect(placed('هدمت الجرافات منازل في قرية عين حوض المدمرة')).toEqual([['عين حوض', 'place', 28]]);
    expect(placed('سقطت قذائف قرب بلدة قلعة جندل شرق الجبل')).toEqual([['قلعة جندل', 'place', 20]]);
    expect(placed('حاولت مجموعة التسلل من بلدة خربة المليحة ليلا')).toEqual([['خربة المليحة', 'place', 28]]);
  });

  it('opens a place named after an elder with his title, and reads no person in it', () => {
    expect(placed('تقدمت القوات نحو بلدة الشيخ سعد في ريف درعا')).toEqual([['الشيخ سعد', 'place', 22], ['درعا', 'place', 39]]);
    expect(placed('اعتصم السكان أمام منازلهم في حي الشيخ جراح أمس')).toEqual([['الشيخ جراح', 'place', 32]]);
    expect(placed('وانتقلت الأسرة إلى مدينة الشيخ زايد غرب القاهرة')).toEqual([['الشيخ زايد', 'place', 25], ['القاهرة', 'place', 40]]);
    // The title alone after the head, before a preposition, opens nothing.
    expect(placed('وقف أهالي مدينة الشيخ في الساحة')).toEqual([]);
  });
});

describe('a sanctuary named by a nisba', () => {
  it('reads no person in الحرم الإبراهيمي', () => {
    expect(placed('أغلقت السلطات الحرم الإبراهيمي أمام المصلين')).toEqual([]);
  });
});

describe('a listed place that is also a word of the dialects', () => {
  it('reads بيجي ("he comes") as Baiji only in context', () => {
    expect(placed('بيجي يوم وبتعرف الحقيقة')).toEqual([]);
    expect(placed('وقع انفجار في مدينة بيجي شمال بغداد')).toEqual([
      ['بيجي', 'place', 20],
      ['بغداد', 'place', 30],
    ]);
  });
});

describe('a body named before a date', () => {
  it('ends the name before بتاريخ', () => {
    expect(placed('بث البرنامج على إذاعة صوت فلسطين بتاريخ 12/6/1996 .')).toEqual([['صوت فلسطين', 'organization', 22]]);
  });
});
