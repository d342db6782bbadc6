/**
 * `--progress` on stderr: documents done, bytes read and failures, redrawn in
 * place on a terminal (at most ten times a second) and written as a plain line
 * every few seconds otherwise. It is on by default only when stderr is a
 * terminal, and never goes to stdout, so piped output stays clean.
 */
import type { Writable } from 'node:stream';
import { formatSize, plural } from './text.js';

/** Counts what a batch has done and shows it. */
export interface Progress {
  /** One document done (`bytes` of text), or one input failed. */
  tick(bytes: number, failed: boolean, input: string): void;
  /** Clears the line before a message is written to stderr. */
  interrupt(): void;
  /** The last update and a line break. */
  done(): void;
}

const silent: Progress = { tick: () => undefined, interrupt: () => undefined, done: () => undefined };

/** A progress display on `stream`, or one that shows nothing when `enabled` is false. */
export function createProgress(stream: Writable & { isTTY?: boolean }, enabled: boolean, now: () => number = Date.now): Progress {
  if (!enabled) return silent;
  const tty = stream.isTTY === true;
  const every = tty ? 100 : 5000;
  let documents = 0;
  let failed = 0;
  let bytes = 0;
  let last = 0;
  let shown = false;
  const line = (input: string): string =>
    `${plural(documents, 'document')}, ${formatSize(bytes)}${failed > 0 ? `, ${failed} failed` : ''}${input ? ` — ${input}` : ''}`;
  const show = (input: string): void => {
    if (tty) {
      stream.write(`\r${line(input).slice(0, 120)}\u001b[K`);
      shown = true;
    } else stream.write(`arabic-claims: ${line('')}\n`);
  };
  return {
    tick(size, fail, input) {
      if (fail) failed++;
      else {
        documents++;
        bytes += size;
      }
      const t = now();
      if (t - last >= every) {
        last = t;
        show(input);
      }
    },
    interrupt() {
      if (tty && shown) {
        stream.write('\r\u001b[K');
        shown = false;
      }
    },
    done() {
      if (tty) {
        stream.write(`\r${line('')}\u001b[K\n`);
        shown = false;
      } else stream.write(`arabic-claims: ${line('')}\n`);
    },
  };
}
