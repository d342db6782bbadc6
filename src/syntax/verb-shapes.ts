/**
 * Shapes of verbs, read from the letters of one folded word where no table lists the verb. Each answers one
 * question of the rules that import it; a word so shaped that the unit table lists (عضوا) is read as the table says.
 */

/**
 * The shape of a plural verb: a past in وا after two letters or more (قتلوا، أصيبوا، تلقوا، لقوا), or a
 * present in ي or ت and ون (ينتمون، يواجهون), with the س of the future too (سيبقون). Nouns so written are
 * rare after a figure or a counted noun: "من بينهم 33 تلقوا العلاج" counts people who were treated, not a
 * thing called تلقوا; "الموقوفون العشرة سيبقون قيد الحبس" counts no سيبق.
 */
export const PLURAL_VERB = /^(?:\p{L}{2,}وا|س?[يت]\p{L}{2,}ون)$/u;

/**
 * A past verb in the feminine ت after three letters or more, not the ات of a plural: أطلقت، سقطت. A plural of
 * things takes it ("ثلاثة صواريخ أطلقت"), so after a counted noun it is the verb of the figure's clause.
 */
export const FEMININE_PAST = /^\p{L}{2,}[^ا]ت$/u;
