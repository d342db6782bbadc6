/** Marks that end a sentence: "." "!" "?" "؟" "…". A line break ends one too. */
export const sentenceEnds: readonly string[] = ['.', '!', '?', '؟', '…'];

/** A pair of quotation marks. The same mark may open and close ("…"). */
export interface QuotePair {
  /** The mark that opens a quotation: “ « ‘ ". */
  readonly open: string;
  /** The mark that closes it: ” » ’ ". */
  readonly close: string;
}

/** Quotation marks: "“داعش”", "«ايرورز»", and direct speech after a reporting verb: قال: «…». */
export const quotePairs: readonly QuotePair[] = [
  { open: '“', close: '”' },
  { open: '«', close: '»' },
  { open: '‘', close: '’' },
  { open: '"', close: '"' },
  { open: "'", close: "'" },
];

/** Commas, Arabic and Latin: a comma may set a role in apposition ("المتحدث، العقيد …"). */
export const commas: readonly string[] = ['،', ','];
