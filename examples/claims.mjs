/* global console, process */
// A Node script: the claims of one text, printed as a small table.
//
//   node examples/claims.mjs                      # the sentence below
//   node examples/claims.mjs "نص الخبر" 2024-03-10  # your text, and its publication date
//
// In your own project: npm install arabic-claims, and the same import works.
import { extractQuantClaims, formatArabicNumber } from 'arabic-claims';

const text =
  process.argv[2] ??
  'أعلنت وزارة الصحة أمس أن 35 شخصا على الأقل لقوا حتفهم جراء السيول، فيما أصيب أكثر من مئة وعشرين آخرين، وبلغت الخسائر نحو 3 ملايين دولار.';
const publishedAt = process.argv[3] ?? '2024-03-10';

const claims = extractQuantClaims(text, { publishedAt });
console.log(`${claims.length} claims`);
for (const claim of claims) {
  // Every span is an exact offset into the text.
  if (text.slice(claim.span.start, claim.span.end) !== claim.text) throw new Error('span mismatch');
  const figure = claim.value ?? `${claim.min}–${claim.max}`;
  const words = claim.value !== null && Number.isInteger(claim.value) ? formatArabicNumber(claim.value) : '';
  console.log(
    [claim.text, claim.bound, figure, words, claim.unit?.lemma ?? '-', claim.speaker?.text ?? '-', claim.time?.start ?? '-'].join(' | '),
  );
}
