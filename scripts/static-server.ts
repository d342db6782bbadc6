/**
 * A static file server on 127.0.0.1 for the docs site, the playground and the
 * browser example (browsers refuse module scripts from file://). Used by the
 * browser tests and by `npm run docs:serve`.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/jsonl; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running server: its base URL and how to stop it. */
export interface StaticServer {
  /** "http://127.0.0.1:PORT/" */
  url: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Serves the files under `root` (never above it) on 127.0.0.1, on `port` (0: any free port). */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    stat(file)
      .then(async (info) => {
        if (info.isDirectory()) {
          file = join(file, 'index.html');
          info = await stat(file);
        }
        response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-length': info.size, 'cache-control': 'no-store' });
        createReadStream(file).pipe(response);
      })
      .catch(() => response.writeHead(404, { 'content-type': 'text/plain' }).end('not found'));
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const root = process.argv[2] ?? 'docs/api';
  const server = await serveStatic(root, Number(process.env.PORT ?? 8080));
  console.log(`serving ${root} at ${server.url} (Ctrl-C to stop)`);
}
