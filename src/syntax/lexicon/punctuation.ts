/** Marks that end a sentence: "." "!" "?" "؟" "…". A line break ends one too. */
export const sentenceEnds: readonly string[] = ['.', '!', '?', '؟', '…'];

/** Quotation marks, opening or closing: "“داعش”", "«ايرورز»". */
export const quoteMarks: readonly string[] = ['"', '“', '”', '«', '»', "'", '‘', '’'];

/** Commas, Arabic and Latin: a comma may set a role in apposition ("المتحدث، العقيد …"). */
export const commas: readonly string[] = ['،', ','];
