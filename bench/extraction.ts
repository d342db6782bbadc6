/**
 * The whole pipeline against the cheapest thing any reader of the text must
 * do: extractQuantClaims over the corpus, as a ratio to a bare NFKC +
 * tokenise pass over the same text (issue 8: target ≤ 2.5×).
 */
import { extractQuantClaims } from '../src/index.js';
import { createShadow } from '../src/text/shadow.js';
import { tokenize } from '../src/text/tokenize.js';
import { type BenchSuite, line, medianRatio, megabytesPerSecond, sideBySide } from './harness.js';

/** The bare pass every ratio is taken against. Keep it exactly so: the figures of earlier issues are relative to it. */
export function barePass(text: string): unknown {
  return tokenize(createShadow(text).text);
}

export const extractionSuite: BenchSuite = {
  title: 'Extraction (corpus articles repeated to 1 MB)',
  run({ corpus, corpusBytes, rounds }) {
    const timings = sideBySide(
      [
        { name: 'extractQuantClaims', run: () => extractQuantClaims(corpus) },
        { name: 'bare', run: () => barePass(corpus) },
      ],
      rounds,
    );
    const ratio = medianRatio(timings, 'extractQuantClaims', 'bare');
    return [
      line('extractQuantClaims ÷ bare NFKC+tokenise pass', `${ratio.toFixed(2)}×`),
      line('  extractQuantClaims', `${megabytesPerSecond(timings, 'extractQuantClaims', corpusBytes).toFixed(1)} MB/s`),
      line('  bare pass: tokenize(createShadow(text).text)', `${megabytesPerSecond(timings, 'bare', corpusBytes).toFixed(1)} MB/s`),
    ];
  },
};
