import { describe, expect, it } from 'vitest';
import { peopleOf as people } from '../../../test/people-of.js';
import { blessingsAfterNames, nameEndWords } from './name-ends.js';

describe('nameEndWords', () => {
  it.each(nameEndWords)('ends a foreign name before %s', (word) => {
    expect(people(`وطرد الحكم المدافع سيرجيو راموس ${word} المباراة`)).toEqual(['سيرجيو راموس']);
  });

  it('ends an Arab name before a noun of relation, and leaves the next name to be read', () => {
    expect(people('وقال روبنز باريكيلو زميل مايكل شوماخر إن السباق صعب')).toContain('روبنز باريكيلو');
  });
});

describe('a preposition glued after two name words', () => {
  it('ends the name: بفوز، لراديو، بجوار', () => {
    expect(people('وأشاد المدير مصطفى عبد الله بفوز اللاعب')).toEqual(['مصطفى عبد الله']);
    expect(people('كما أكد وزير الدولة جدعون عيزرا لراديو إسرائيل أنه علم')).toEqual(['جدعون عيزرا']);
    expect(people('وسدد اللاعب التشيكي توماس روزيكي بجوار القائم')).toEqual(['توماس روزيكي']);
  });

  it('keeps a loan surname in Br or Bl, and a second word that may be a surname', () => {
    expect(people('وقالت الممثلة راشيل جوي برايس إن الفيلم')).toEqual(['راشيل جوي برايس']);
    expect(people('وقال الرئيس إميل لحود إن لبنان')).toEqual(['إميل لحود']);
  });
});

describe('a past verb after a title', () => {
  it('opens no name: three consonants, the feminine in ت, a verb in ى', () => {
    expect(people('إن الرئيس الحالي دفع ثمن الفضائح')).toEqual([]);
    expect(people('إن الوزيرة الأميركية طرحت مجرد أفكار')).toEqual([]);
    expect(people('إذا كان الرئيس السوري سعى من خلال خطابه')).toEqual([]);
  });

  it('keeps a chain of بن and a surname closed by punctuation', () => {
    expect(people('وفي عام 38 توفي سهل بن حنيف أمير المدينة')).toEqual(['سهل بن حنيف']);
    expect(people('كما قال الوزير رزق « للديار »')).toEqual(['رزق']);
  });
});

describe('a given name after a demonym or before its office', () => {
  it('reads one word after an indefinite demonym, or a common word after any, as an adjective', () => {
    expect(people('تشينغ خه بحار صيني مسلم ولد عام 1371')).toEqual([]);
    expect(people('معتبرا أن المراقب الصيني ضحى بحياته لتحقيقه .')).toEqual([]);
    expect(people('والممثل الفرنسي من أصل جزائري طاهر رحيمي.')).toEqual(['طاهر رحيمي']);
  });

  it('reads a given name that is a noun of office before its complement as the office', () => {
    expect(people('من جانبه أكد مساعد المدرب المحلي جمال يعقوب أن المنتخب جاهز')).not.toContain('مساعد');
  });
});

describe('blessingsAfterNames', () => {
  it.each(blessingsAfterNames)('ends a name before %s', (blessing) => {
    expect(people(`وزار الملك عبدالعزيز بن عبدالرحمن ${blessing} المنطقة عام 1930`)).toEqual(['عبدالعزيز بن عبدالرحمن']);
  });

  it('ends a name before a blessing between dashes', () => {
    expect(people('أسسها الملك عبدالعزيز آل سعود ـ طيب الله ثراه ـ قبل قرن')).toEqual(['عبدالعزيز آل سعود']);
  });
});
