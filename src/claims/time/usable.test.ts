import { describe, expect, it } from 'vitest';
import { scopes } from '../../../test/time-scopes.js';

describe('claim time scope: the expressions that may scope a figure', () => {
  it('does not scope a figure by the date of a document named beside it', () => {
    expect(scopes('وافق الصندوق على قرض بقيمة 12 مليار دولار، على ضوء تقرير البعثة الصادر منتصف مايو الماضي.', '2018-06-29')[0]?.slice(1, 3)).toEqual([undefined, undefined]);
    expect(scopes('وافق الصندوق على قرض بقيمة 12 مليار دولار منتصف مايو الماضي.', '2018-06-29')[0]?.slice(1, 3)).toEqual(['2018-05-15', '2018-05-15']);
  });

  it('does not scope a figure by the baseline it is compared with', () => {
    expect(scopes('ارتفعت الجرائم بنسبة 40 في المئة، مقارنة بالعام الماضي.', '2018-10-16')[0]?.slice(1, 3)).toEqual([undefined, undefined]);
    expect(scopes('زاد الإنفاق بنسبة 30%، مقارنة مع الفترة المماثلة من العام السابق.', '2018-05-16')[0]?.slice(1, 3)).toEqual([undefined, undefined]);
    expect(scopes('بلغت البطالة 8.6 بالمئة في عام 2017، وهو أدنى مستوى لها منذ 2009.', '2018-02-16')[0]?.slice(1, 3)).toEqual(['2017', '2017']);
  });
});
