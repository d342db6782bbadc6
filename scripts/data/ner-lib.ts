/** BIO sequences -> sentence text with UTF-16 entity offsets (shared by the NER converters). */
import { checkSpans } from './lib.ts';

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Entity {
  start: number;
  end: number;
  type: EntityType;
  text: string;
  /** Corpus-specific label before mapping (e.g. ANERcorp `PERS`, NewsFANE `Politician`). */
  label: string;
  [extra: string]: unknown;
}

export interface Sentence {
  id: string;
  text: string;
  entities: Entity[];
  tokens: string[];
  tags: string[];
}

export interface BioStats {
  /** I- tags that did not continue an entity of the same label; each started a new entity. */
  orphanInside: number;
  offsetMismatches: number;
  mismatchLog: string[];
}

/**
 * Joins tokens with single spaces and turns BIO tags into entities. `mapLabel` maps the label after
 * `B-`/`I-` to one of PER/ORG/LOC/MISC and may add extra fields. An `I-X` that does not follow
 * `B-X`/`I-X` opens a new entity (counted in stats.orphanInside).
 */
export function bioToSentence(
  id: string,
  tokens: string[],
  tags: string[],
  mapLabel: (label: string) => { type: EntityType; [extra: string]: unknown },
  stats: BioStats,
): Sentence {
  const starts: number[] = [];
  let text = '';
  tokens.forEach((t, i) => {
    if (i > 0) text += ' ';
    starts.push(text.length);
    text += t;
  });
  const entities: Entity[] = [];
  let open: { label: string; first: number; last: number } | null = null;
  const close = (): void => {
    if (open === null) return;
    const start = starts[open.first]!;
    const end = starts[open.last]! + tokens[open.last]!.length;
    const { type, ...rest } = mapLabel(open.label);
    entities.push({ start, end, type, text: text.slice(start, end), label: open.label, ...rest });
    open = null;
  };
  tags.forEach((tag, i) => {
    const m = /^([BI])-(.+)$/u.exec(tag);
    if (m === null) {
      close();
      return;
    }
    const [, bi, label] = m as unknown as [string, 'B' | 'I', string];
    if (bi === 'I' && open !== null && open.label === label) {
      open.last = i;
      return;
    }
    if (bi === 'I') stats.orphanInside++;
    close();
    open = { label, first: i, last: i };
  });
  close();
  stats.offsetMismatches += checkSpans(id, text, entities, stats.mismatchLog);
  // Independent check that the token offsets reproduce the tokens.
  tokens.forEach((t, i) => {
    if (text.slice(starts[i]!, starts[i]! + t.length) !== t) stats.offsetMismatches++;
  });
  return { id, text, entities, tokens, tags };
}
