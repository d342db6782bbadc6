import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TextDocument } from '../../numbers/document.js';
import type { TokenStream } from '../../numbers/tokens.js';
import { article, proclitics } from '../../text/clitics.js';
import { tokenIndex, type TokenIndex } from '../../text/coordinates.js';
import { foldWord } from '../../text/fold.js';
import { syntaxLexicon } from '../lexicon.js';
import { CliticPhraseTable, mentionTables, type CliticMatch } from './tables.js';

/** Every match of `table` in `text`, word by word: the mention as written (clitic left out), and its entry. */
function matches<T>(table: CliticPhraseTable<T>, text: string, read: 'matchAt' | 'matchGlued' = 'matchAt'): Array<[string, T]> {
  const { tokens } = new TextDocument(text);
  const out: Array<[string, T]> = [];
  for (let k = tokenIndex(0); k < tokens.length; k++) {
    const m = table[read](tokens, k);
    if (m) out.push([writtenMention(tokens, m), m.entry]);
  }
  return out;
}

function writtenMention<T>(tokens: TokenStream, m: CliticMatch<T>): string {
  return tokens.originalText(m.start, m.end).slice(m.skip);
}

describe('CliticPhraseTable', () => {
  const table = new CliticPhraseTable(
    [
      ['الولايات المتحدة', 'us'],
      ['الولايات المتحدة الأمريكية', 'usa'],
      ['العراق', 'iraq'],
      ['سوريا', 'syria'],
      ['قنا', 'agency'],
      ['قنا', 'city'],
      ['عبد الله', 'given'],
      ['عبد الله بن زايد', 'person'],
    ] as const,
    ([phrase]) => [phrase],
  );
  const tag = ([, t]: readonly [string, string]): string => t;
  const read = (text: string, how?: 'matchGlued'): Array<[string, string]> => matches(table, text, how).map(([w, e]) => [w, tag(e)]);

  it('reads the longest phrase, and a shorter one where the longer breaks off', () => {
    expect(read('زار الولايات المتحدة الأمريكية أمس')).toEqual([['الولايات المتحدة الأمريكية', 'usa']]);
    expect(read('زار الولايات المتحدة أمس')).toEqual([['الولايات المتحدة', 'us']]);
    expect(read('قال عبد الله بن زايد')).toEqual([['عبد الله بن زايد', 'person']]);
    expect(read('قال عبد الله بن سلمان')).toEqual([['عبد الله', 'given']]);
    expect(read('قال عبد الرحمن')).toEqual([]);
  });

  it('never reads across punctuation', () => {
    expect(read('الولايات، المتحدة')).toEqual([]);
  });

  it('leaves a glued conjunction or preposition out, and keeps لل in', () => {
    expect(read('والعراق بالعراق للعراق وبسوريا لسوريا')).toEqual([
      ['العراق', 'iraq'],
      ['العراق', 'iraq'],
      ['للعراق', 'iraq'],
      ['سوريا', 'syria'],
      ['سوريا', 'syria'],
    ]);
    expect(read('وبالولايات المتحدة الأمريكية')).toEqual([['الولايات المتحدة الأمريكية', 'usa']]);
  });

  it('gives the first of equal phrases, and every one-word entry to entriesOf', () => {
    expect(read('وكالة قنا')).toEqual([['قنا', 'agency']]);
    expect(table.entriesOf('قنا').map(tag)).toEqual(['agency', 'city']);
    expect(table.entriesOf('عبد')).toEqual([]);
    expect(table.starts('عبد')).toBe(true);
    expect(table.starts('الله')).toBe(false);
  });

  it('reads two words glued where the space before the article was lost', () => {
    expect(read('زار الولاياتالمتحدة أمس', 'matchGlued')).toEqual([['الولاياتالمتحدة', 'us']]);
    expect(read('زار عبدالله أمس', 'matchGlued')).toEqual([]);
  });
});

/**
 * The table read phrase by phrase, longest first, as it was before the trie: what the trie must
 * still find at every word, entry and extent alike.
 */
function scanMatchAt<T>(byFirst: ReadonlyMap<string, ReadonlyArray<{ rest: string[]; entry: T }>>, tokens: TokenStream, k: TokenIndex): CliticMatch<T> | null {
  if (!tokens.isWord(k)) return null;
  const extend = (list: ReadonlyArray<{ rest: string[]; entry: T }>, skip: number): CliticMatch<T> | null => {
    for (const c of list) {
      let j = k as number;
      if (c.rest.every((w) => (j = tokens.nextWord(tokenIndex(j))) >= 0 && tokens.text(tokenIndex(j)) === w)) return { entry: c.entry, start: k, end: tokenIndex(j + 1), skip };
    }
    return null;
  };
  const word = tokens.text(k);
  const exact = byFirst.get(word);
  const found = exact ? extend(exact, 0) : null;
  if (found) return found;
  for (const p of proclitics) {
    if (p === article || word.length - p.length < 2 || !word.startsWith(p)) continue;
    const definite = p.endsWith(article) || p.endsWith('لل');
    const list = byFirst.get(definite ? article + word.slice(p.length) : word.slice(p.length));
    const m = list && extend(list, p.endsWith('لل') ? 0 : definite ? p.length - article.length : p.length);
    if (m) return m;
  }
  return null;
}

describe('the known names read through the trie', () => {
  it('finds at every word of the corpus what reading the table phrase by phrase finds', () => {
    const lexicon = syntaxLexicon('test', undefined);
    const byFirst = new Map<string, Array<{ rest: string[]; entry: (typeof lexicon.names.known)[number] }>>();
    for (const entry of lexicon.names.known.filter((e) => e.kind !== 'club')) {
      for (const form of entry.forms) {
        const [first, ...rest] = form.split(/\s+/u).filter((w) => w !== '').map(foldWord);
        if (first === undefined) continue;
        const list = byFirst.get(first);
        if (list) list.push({ rest, entry });
        else byFirst.set(first, [{ rest, entry }]);
      }
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
    const dir = new URL('../../../test/fixtures/corpus/', import.meta.url);
    const known = mentionTables(lexicon).known;
    let found = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const { tokens } = new TextDocument(readFileSync(new URL(file, dir), 'utf8'));
      for (let k = tokenIndex(0); k < tokens.length; k++) {
        const m = known.matchAt(tokens, k);
        expect(m).toEqual(scanMatchAt(byFirst, tokens, k));
        if (m && m.end > m.start + 1) found++;
      }
    }
    // The corpus names places and bodies of several words: the comparison is not over single words only.
    expect(found).toBeGreaterThan(5);
  });
});
