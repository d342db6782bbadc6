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

/**
 * Words that open a new clause after a comma: what the clause before says
 * (its verb, its event) does not reach past them. "أودت السيول بحياة 35
 * شخصا، وإن نحو 120 مصابا نقلوا": the 120 are no dead. A glued و or ف is
 * allowed (وفيما، فيما); إن and أن fold to one word.
 */
export const clauseOpeners: readonly string[] = ['إن', 'فيما', 'بينما', 'في حين', 'حيث', 'مما', 'إذ', 'لكن', 'كما', 'بعدما', 'عندما'];
