/**
 * Writing to stdout as a stream: each write waits for the pipe to drain when it
 * is full, so a slow reader (`| less`, a network pipe) bounds memory instead of
 * the output piling up. A reader that leaves early (`| head`) is not an error.
 */
import type { Writable } from 'node:stream';

/** Where a command's output goes. */
export interface Sink {
  /** Writes `text`, waiting for the stream to drain when its buffer is full. */
  write(text: string): Promise<void>;
}

/**
 * A sink over a Node stream. When the reader is gone (EPIPE) nothing more is
 * written and `onClosed` runs: the executable exits there, since nobody reads
 * what the rest of the batch would print.
 */
export function streamSink(stream: Writable, onClosed: () => void = () => undefined): Sink {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
    onClosed();
  });
  const drained = (): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        stream.off('drain', done).off('close', done).off('error', done);
        resolve();
      };
      stream.on('drain', done).on('close', done).on('error', done);
    });
  return {
    async write(text) {
      if (closed || text === '') return;
      if (!stream.write(text)) await drained();
    },
  };
}

/** A sink that keeps what is written (for tests and embedders). */
export function memorySink(): Sink & { text(): string } {
  const parts: string[] = [];
  return {
    write: (text) => {
      parts.push(text);
      return Promise.resolve();
    },
    text: () => parts.join(''),
  };
}
