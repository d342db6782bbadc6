/**
 * How many units of one currency one unit of another has been worth, as a wide range: the lowest and the
 * highest rate of 2000–2026, rounded outwards. Reports of one fact give it in two currencies ("112 مليون
 * دولار" of a transfer that another outlet writes "100 مليون يورو"); the rate the writer used is not
 * said, so two such figures are one fact when they can be one sum at some rate of the range, and they
 * never contradict each other. Pairs are read both ways (1 EUR = 0.82–1.6 USD, so 1 USD = 0.625–1.22 EUR).
 *
 * Only currencies whose rate to the other stays within a factor of a few are listed: a figure is looked
 * for near its own size (see MAX_RATE in src/align/tables.ts).
 */
export interface ExchangeRange {
  /** ISO 4217 code of the currency counted: EUR. */
  readonly from: string;
  /** ISO 4217 code of the currency it is worth: USD. */
  readonly to: string;
  /** Lowest rate of the years covered: 1 EUR = 0.82 USD (October 2000). */
  readonly low: number;
  /** Highest rate of the years covered: 1 EUR = 1.6 USD (July 2008). */
  readonly high: number;
}

/** Rates between major currencies and those of the region pegged or near them, 2000–2026. */
export const exchangeRanges: readonly ExchangeRange[] = [
  { from: 'EUR', to: 'USD', low: 0.82, high: 1.6 },
  { from: 'GBP', to: 'USD', low: 1.03, high: 2.12 },
  { from: 'GBP', to: 'EUR', low: 1.02, high: 1.75 },
  { from: 'CHF', to: 'USD', low: 0.55, high: 1.3 },
  { from: 'CHF', to: 'EUR', low: 0.58, high: 1.2 },
  // Pegged to the dollar: 3.75 riyals, 3.6725 dirhams, 3.64 Qatari riyals.
  { from: 'USD', to: 'SAR', low: 3.74, high: 3.76 },
  { from: 'USD', to: 'AED', low: 3.67, high: 3.68 },
  { from: 'USD', to: 'QAR', low: 3.63, high: 3.65 },
  // The Tunisian dinar fell from 0.8 dollars (2008) to 0.3 (2023).
  { from: 'TND', to: 'USD', low: 0.3, high: 0.85 },
  { from: 'TND', to: 'EUR', low: 0.28, high: 0.62 },
];
