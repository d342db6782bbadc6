/** The shapes the speaker rules share: who a phrase names, where a text names who speaks, one word of a phrase. */
import type { TokenStream } from '../../numbers/tokens.js';
import type { TokenIndex, TokenRange } from '../../text/coordinates.js';
import type { SpeakerKind } from '../../model.js';
import type { SyntaxLexicon } from '../lexicon.js';

/** Who a speaker phrase names: tokens of a name (`named`) or of a description ("المتحدث باسم التحالف"). */
export interface SpeakerRange extends TokenRange {
  readonly named: boolean;
  /** A person, a body, an unnamed source, or the outlet that signs the dateline. */
  readonly kind: SpeakerKind;
  /** The title or office before a name (المتحدث باسم التحالف، وزير الخارجية), or null. */
  readonly role: TokenRange | null;
  /** Letters of a clitic glued to the first word and no part of the speaker: the ل of "وفقا لوزارة الصحة". */
  readonly skip?: number;
}

/** A place where the text names who speaks. `entity` is null for a verb with no subject of its own. */
export interface SpeakerMention {
  /** The token of the verb, attribution or headline colon. */
  readonly at: TokenIndex;
  readonly sentence: number;
  readonly paragraph: number;
  readonly entity: SpeakerRange | null;
  readonly kind: 'verb' | 'attribution' | 'headline';
  /** True when the mention is the first word of its sentence. */
  readonly opensSentence: boolean;
  /**
   * True for an attribution set off by a comma after what it covers: "توفي 15
   * شخصاً … ونقل أكثر من 12 ألفاً إلى المستشفيات، وفق أرقام رسمية" — every
   * figure before it in its sentence is the source's.
   */
  readonly afterComma?: boolean;
}


/** One word (or title, or quoted name) of a speaker phrase. */
export interface SpeakerItem {
  readonly k: TokenIndex;
  readonly end: TokenIndex;
  readonly definite: boolean;
  readonly quoted: boolean;
  readonly title: boolean;
  readonly role: boolean;
}

/** What the speaker rules read: one document's tokens under one lexicon. */
export interface SpeakerText {
  readonly tokens: TokenStream;
  readonly lexicon: SyntaxLexicon;
}

/** Most words of a description kept when it names no one: "المتحدث باسم التحالف الدولي ضد داعش". */
export const DESCRIPTION_ITEMS = 6;
