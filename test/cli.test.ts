import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractQuantClaims, findNumbers } from '../src/index.js';
import { cli, corpus, corpusDir, parseCsv, root, spawnCli } from './cli-harness.js';

const article = corpus('001_1b8f06fc3ce38c5b.txt');
const articleText = readFileSync(article, 'utf8');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const lines = (text: string): unknown[] => text.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);

interface DocumentLine<T> {
  schemaVersion: string;
  id: string;
  input: string;
  source?: string;
  publishedAt?: string;
  claims: T[];
  numbers: T[];
}

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'arabic-claims-cli-'));
  temporary.push(dir);
  return dir;
}

describe('conventions', () => {
  it('parse prints each value and fails when one is not a number; -- ends the options', async () => {
    const ok = await cli(['parse', 'سبعة ملايين و500 ألف', '22.000 ألف']);
    expect(ok).toEqual({ status: 0, stdout: '7500000\tسبعة ملايين و500 ألف\n22000\t22.000 ألف\n', stderr: '' });
    const bad = await cli(['parse', 'ما لا يقل عن']);
    expect([bad.status, bad.stdout]).toEqual([1, 'null\tما لا يقل عن\n']);
    const literal = await cli(['parse', '--', '--help']);
    expect([literal.status, literal.stdout]).toEqual([1, 'null\t--help\n']);
  });

  it('prints the version and the help of every subcommand on stdout', async () => {
    expect(await cli(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    expect((await cli(['-V'])).stdout).toBe(`${version}\n`);
    for (const command of ['extract', 'compare', 'numbers', 'parse']) {
      const help = await cli([command, '--help']);
      expect(help.status).toBe(0);
      expect(help.stderr).toBe('');
      expect(help.stdout).toMatch(new RegExp(`^Usage: arabic-claims ${command} \\[options\\]`, 'u'));
      expect(help.stdout).toContain('--help, -h');
      expect((await cli([command, '-h'])).stdout).toBe(help.stdout);
      expect((await cli(['help', command])).stdout).toBe(help.stdout);
    }
    const top = await cli(['--help']);
    expect(top.stdout).toContain('Commands:');
    expect(top.status).toBe(0);
  });

  it('takes --opt=value and --opt value alike', async () => {
    const a = await cli(['numbers', '--format=jsonl', '-'], 'قتل 801 مدنيًا');
    const b = await cli(['numbers', '--format', 'jsonl', '-'], 'قتل 801 مدنيًا');
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('answers a usage error with the message and the usage on stderr, nothing on stdout, status 2', async () => {
    for (const [args, message] of [
      [['frobnicate'], 'unknown command "frobnicate"'],
      [['numbers', '--format', 'xml'], '--format takes table, json, jsonl, csv or tsv, not "xml"'],
      [['numbers', '--frobnicate'], 'unknown option --frobnicate'],
      [['numbers', '-x'], 'unknown option -x'],
      [['extract', '--format'], '--format needs a value (FORMAT)'],
      [['extract', '--published-at', '2015-02-30', '-'], '--published-at takes a date as YYYY-MM-DD (or an ISO date-time), not "2015-02-30"'],
      [['extract', '--published-at=yesterday', '-'], 'not "yesterday"'],
      [['extract', '--jobs', '0', '-'], '--jobs takes a whole number from 1 to 64, not "0"'],
      [['extract', '--max-size', 'big', '-'], '--max-size takes a size such as 500kB, 50MB or 1GB, not "big"'],
      [['extract', '--explain', '-'], 'unknown option --explain'],
      [['compare', corpus('000_9dca52218d3bd2b1.txt')], 'compare needs two documents or more'],
      [['parse'], 'give at least one expression'],
      [[], 'Usage: arabic-claims <command>'],
    ] as const) {
      const r = await cli([...args]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr, args.join(' ')).toContain(message);
      expect(r.stderr, args.join(' ')).toContain('Usage: arabic-claims');
    }
  });

  it('refuses to wait on a terminal when no input is given', async () => {
    const r = await cli(['extract'], '', { stdin: true });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no input: give files, directories or - (stdin), or pipe text in');
  });
});

describe('inputs', () => {
  it('reads stdin as one document with no operand or with -, spans exact', async () => {
    for (const args of [['numbers', '--format', 'jsonl'], ['numbers', '--format', 'jsonl', '-']]) {
      const r = await cli(args, 'قتل 801 مدنيًا');
      expect(r.status).toBe(0);
      expect(lines(r.stdout)).toEqual([
        { schemaVersion: '1.0', id: '<stdin>', input: '<stdin>', numbers: [{ text: '801', span: { start: 4, end: 7 }, value: 801, kind: 'cardinal' }] },
      ]);
    }
  });

  it('reads a directory: its .txt and .jsonl files, recursively, in name order', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', 'one.txt'), 'قتل 5 أشخاص');
    writeFileSync(join(dir, 'a.txt'), 'أصيب 7 جنود');
    writeFileSync(join(dir, 'c.jsonl'), '{"id":"x","text":"سقط 9 قتلى"}\n');
    writeFileSync(join(dir, 'notes.md'), '12');
    writeFileSync(join(dir, '.hidden.txt'), '13');
    const r = await cli(['numbers', '--format', 'jsonl', dir]);
    expect(r.status).toBe(0);
    const docs = lines(r.stdout) as Array<DocumentLine<{ value: number }>>;
    expect(docs.map((d) => [d.id, d.numbers.map((n) => n.value)])).toEqual([
      [join(dir, 'a.txt'), [7]],
      [join(dir, 'b', 'one.txt'), [5]],
      ['x', [9]],
    ]);
  });

  it('reports each bad input in one line naming it, processes the others, and exits 1', async () => {
    const dir = tempDir();
    const invalid = join(dir, 'latin1.txt');
    writeFileSync(invalid, Buffer.from([0x66, 0x20, 0xff, 0xfe]));
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'قتل 801 مدنيًا '.repeat(400));
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const r = await cli(['numbers', '--format', 'json', '--max-size', '5kB', join(dir, 'missing.txt'), empty, invalid, big, article]);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `arabic-claims: ${join(dir, 'missing.txt')}: no such file or directory`,
      `arabic-claims: ${empty}: a directory with no .txt or .jsonl files`,
      `arabic-claims: ${invalid}: not valid UTF-8 (byte 2)`,
      `arabic-claims: ${big}: 9.6 kB, over the 5 kB document limit (--max-size)`,
    ]);
    const out = JSON.parse(r.stdout) as { schemaVersion: string; command: string; documents: Array<DocumentLine<{ value: number }>> };
    expect(out.documents.map((d) => d.id)).toEqual([article]);
    expect(out.documents[0]!.numbers.map((n) => n.value)).toContain(125000);
  });

  it('keeps a leading byte order mark so that spans are exact against the file', async () => {
    const dir = tempDir();
    const file = join(dir, 'bom.txt');
    writeFileSync(file, '\uFEFFقال الجيش إن 30 مسلحا قتلوا');
    const r = await cli(['extract', '--format', 'jsonl', file]);
    const text = readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [doc] = lines(r.stdout) as Array<DocumentLine<{ text: string; span: { start: number; end: number } }>>;
    expect(doc!.claims.map((c) => [c.text, text.slice(c.span.start, c.span.end)])).toEqual([['30 مسلحا', '30 مسلحا']]);
  });

  it('reads JSON Lines documents: .jsonl by default, --input jsonl on stdin; ids, sources and dates carried', async () => {
    const jsonl = [
      JSON.stringify({ id: 'a1', text: 'قال الجيش أمس إن 30 مسلحا قتلوا', publishedAt: '2020-11-01', source: 'outlet-a' }),
      '',
      JSON.stringify({ id: 7, text: 'قتل 801 مدنيًا' }),
    ].join('\r\n');
    const dir = tempDir();
    writeFileSync(join(dir, 'docs.jsonl'), `\uFEFF${jsonl}\n`);
    for (const r of [await cli(['extract', '--format', 'jsonl', join(dir, 'docs.jsonl')]), await cli(['extract', '--format', 'jsonl', '--input', 'jsonl'], jsonl)]) {
      expect(r.status).toBe(0);
      const docs = lines(r.stdout) as Array<DocumentLine<{ text: string; time: { start: string } | null }>>;
      expect(docs.map((d) => [d.id, d.source, d.publishedAt, d.claims.map((c) => c.text)])).toEqual([
        ['a1', 'outlet-a', '2020-11-01', ['30 مسلحا']],
        ['7', undefined, undefined, ['801 مدنيًا']],
      ]);
      expect(docs[0]!.claims[0]!.time!.start).toBe('2020-10-31');
      expect(docs[0]!.input).toMatch(/:1$/u);
      expect(docs[1]!.input).toMatch(/:3$/u);
    }
  });

  it('applies --published-at to documents without their own date', async () => {
    const jsonl = `${JSON.stringify({ id: 'own', text: 'قال الجيش أمس إن 30 مسلحا قتلوا', publishedAt: '2020-11-01' })}\n${JSON.stringify({ id: 'none', text: 'قال الجيش أمس إن 30 مسلحا قتلوا' })}\n`;
    const r = await cli(['extract', '--format', 'jsonl', '--input', 'jsonl', '--published-at', '2019-03-10'], jsonl);
    const docs = lines(r.stdout) as Array<DocumentLine<{ time: { start: string } }>>;
    expect(docs.map((d) => [d.id, d.publishedAt, d.claims[0]!.time.start])).toEqual([
      ['own', '2020-11-01', '2020-10-31'],
      ['none', '2019-03-10', '2019-03-09'],
    ]);
  });

  it('reports a bad JSON Lines line by path and line number and goes on', async () => {
    const dir = tempDir();
    const file = join(dir, 'mixed.jsonl');
    const rows = [
      '{"id":"ok1","text":"قتل 5 أشخاص"}',
      '{"id":"x", "text": 42}',
      'not json',
      '["an array"]',
      '{"id":"d","text":"قتل 6 أشخاص","publishedAt":"2015-02-30"}',
      `{"id":"big","text":"${'٥'.repeat(600)}"}`,
      '{"id":"ok2","text":"قتل 7 أشخاص"}',
    ];
    writeFileSync(file, Buffer.concat([Buffer.from(`${rows.join('\n')}\n`), Buffer.from([0x7b, 0xff, 0x7d, 0x0a])]));
    const r = await cli(['numbers', '--format', 'jsonl', '--max-size', '1kB', file]);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `arabic-claims: ${file}:2: "text" must be a string: expected {"id", "text", "publishedAt"?, "source"?}`,
      expect.stringMatching(new RegExp(`^arabic-claims: ${file}:3: not JSON \\(.+\\)$`, 'u')),
      `arabic-claims: ${file}:4: not a document: expected {"id", "text", "publishedAt"?, "source"?}`,
      `arabic-claims: ${file}:5: "publishedAt" must be a date (YYYY-MM-DD or an ISO date-time), not "2015-02-30"`,
      `arabic-claims: ${file}:6: over the 1 kB document limit (--max-size)`,
      `arabic-claims: ${file}:8: not valid UTF-8 (byte 1 of the line)`,
    ]);
    expect((lines(r.stdout) as Array<DocumentLine<unknown>>).map((d) => d.id)).toEqual(['ok1', 'ok2']);
  });

  it('refuses stdin text over the limit and points to --input jsonl', async () => {
    const r = await cli(['numbers', '--max-size', '1kB'], 'قتل 801 مدنيًا '.repeat(200));
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('arabic-claims: <stdin>: over the 1 kB document limit (--max-size); for JSON Lines use --input jsonl\n');
  });

  it('reports invalid UTF-8 on stdin in one line, without a stack trace (child process)', () => {
    const r = spawnCli(['extract'], Buffer.from([0xd9, 0x20, 0x31]));
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('arabic-claims: <stdin>: not valid UTF-8 (byte 0)\n');
  });
});

describe('outputs', () => {
  it('extract: JSON with a schema version, JSON Lines per document, and a table with right plurals', async () => {
    const json = JSON.parse((await cli(['extract', article])).stdout) as { schemaVersion: string; command: string; documents: Array<DocumentLine<{ value: number | null }>> };
    expect([json.schemaVersion, json.command, json.documents.length]).toEqual(['1.0', 'extract', 1]);
    expect(json.documents[0]!.claims).toEqual(extractQuantClaims(articleText));
    const table = (await cli(['extract', '--format', 'table', article])).stdout;
    expect(table).toContain(`${article} (9 claims)`);
    expect(table).toContain('ما يزيد على 4.5 مليون عراقي');
    expect((await cli(['extract', '--format', 'table', '-'], 'قتل 801 مدنيًا')).stdout).toContain('<stdin> (1 claim)\n');
    expect((await cli(['extract', '--format', 'table', '-'], 'لا أرقام هنا')).stdout).toBe('\n<stdin> (0 claims)\n');
    expect((await cli(['numbers', '--format', 'table', '-'], 'قتل 801 مدنيًا')).stdout).toContain('<stdin> (1 number expression)\n');
  });

  it('extract --format csv: RFC 4180, one row per claim, quoting what needs it', async () => {
    const dir = tempDir();
    const file = join(dir, 'a "quoted", name.txt');
    writeFileSync(file, articleText);
    const r = await cli(['extract', '--format', 'csv', file]);
    expect(r.stdout.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(r.stdout);
    const claims = extractQuantClaims(articleText);
    expect(rows).toHaveLength(claims.length);
    const col = (name: string): number => header!.indexOf(name);
    rows.forEach((row, i) => {
      const c = claims[i]!;
      expect(row).toHaveLength(header!.length);
      expect(row[col('document_id')]).toBe(file);
      expect(row[col('text')]).toBe(c.text);
      expect(articleText.slice(Number(row[col('start')]), Number(row[col('end')]))).toBe(c.text);
      expect(row[col('value')]).toBe(c.value === null ? '' : String(c.value));
      expect(row[col('bound')]).toBe(c.bound);
      expect(row[col('speaker')]).toBe(c.speaker?.text ?? '');
    });
    expect(r.stdout).toContain(`"${file.replaceAll('"', '""')}"`);
  });

  it('tsv escapes tabs and line breaks inside fields', async () => {
    const dir = tempDir();
    const file = join(dir, 'tab\there.txt');
    writeFileSync(file, 'قتل 801 مدنيًا');
    const out = (await cli(['numbers', '--format', 'tsv', file])).stdout;
    const rows = out.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows[0]).toEqual(['document_id', 'input', 'text', 'start', 'end', 'value', 'kind']);
    expect(rows[1]).toEqual([file.replace('\t', '\\t'), file.replace('\t', '\\t'), '801', '4', '7', '801', 'cardinal']);
  });

  it('numbers --format json and jsonl agree with findNumbers', async () => {
    const json = JSON.parse((await cli(['numbers', article])).stdout) as { documents: Array<DocumentLine<unknown>> };
    expect(json.documents[0]!.numbers).toEqual(findNumbers(articleText));
    const [line] = lines((await cli(['numbers', '--format', 'jsonl', article])).stdout) as Array<DocumentLine<unknown>>;
    expect(line!.numbers).toEqual(findNumbers(articleText));
    expect(line!.schemaVersion).toBe('1.0');
  });
});

describe('compare', () => {
  const three = ['000_9dca52218d3bd2b1.txt', '001_1b8f06fc3ce38c5b.txt', '003_abd8aa4d1cad8a10.txt'].map(corpus);

  it('prints one compact line per figure several outlets report, conflicts first', async () => {
    const r = await cli(['compare', ...three]);
    expect(r.status).toBe(0);
    const out = r.stdout.split('\n');
    expect(out[0]).toBe('3 documents from 3 outlets; 8 figures reported by more than one outlet (2 conflicting, 6 agreeing)');
    const rows = out.filter((l) => /^(?:CONFLICT|agree) /u.test(l));
    expect(rows).toHaveLength(8);
    expect(rows.map((l) => l.split(/\s+/u)[0])).toEqual(['CONFLICT', 'CONFLICT', 'agree', 'agree', 'agree', 'agree', 'agree', 'agree']);
    expect(rows[0]).toMatch(/^CONFLICT {2}3000 {8}atLeast\/lessThan {4}مقاتل {9}تنظيم (?:“داعش”|الدولة الإسلامية) .* 2 outlets: 000_9dca52218d3bd2b1\.txt, 001_1b8f06fc3ce38c5b\.txt$/u);
    expect(rows.find((l) => l.includes(' 801 '))).toMatch(/2014-08\.\.2017-10 +3 outlets: /u);
    expect(r.stdout).not.toContain('why:');
  });

  it('--explain adds each claim and why it disagrees', async () => {
    const out = (await cli(['compare', '--explain', ...three])).stdout;
    expect(out).toContain('          001_1b8f06fc3ce38c5b.txt      lessThan    أقل من ثلاثة آلاف\n');
    expect(out).toContain('            why: atLeast 3000 contradicts lessThan 3000 (against 000_9dca52218d3bd2b1.txt, 001_1b8f06fc3ce38c5b.txt)\n');
  });

  it('counts outlets, not documents: two articles of one outlet are one outlet', async () => {
    const docs = ['000_9dca52218d3bd2b1.txt', '001_1b8f06fc3ce38c5b.txt', '003_abd8aa4d1cad8a10.txt'].map((f, i) =>
      JSON.stringify({ id: f, text: readFileSync(corpus(f), 'utf8'), source: i === 2 ? 'outlet-a' : `outlet-${'ab'[i]}` }),
    );
    const r = await cli(['compare', '--input', 'jsonl', '--format', 'json'], `${docs.join('\n')}\n`);
    const out = JSON.parse(r.stdout) as { documents: number; outlets: number; clusters: Array<{ figure: string; outlets: string[]; documents: string[] }> };
    expect([out.documents, out.outlets]).toEqual([3, 2]);
    const civilians = out.clusters.find((c) => c.figure === '801')!;
    expect(civilians.outlets).toEqual(['outlet-a', 'outlet-b']);
    expect(civilians.documents).toHaveLength(3);
  });

  it('json, jsonl and csv carry every member; a single file is a usage error', async () => {
    const json = JSON.parse((await cli(['compare', '--format', 'json', ...three])).stdout) as {
      schemaVersion: string;
      clusters: Array<{ verdict: string; members: Array<{ claim: { text: string } }>; positions: Array<{ bound: string; outlets: string[] }> }>;
    };
    expect(json.schemaVersion).toBe('1.0');
    expect(json.clusters).toHaveLength(8);
    const fighters = json.clusters[0]!;
    expect(fighters.verdict).toBe('conflict');
    expect(fighters.positions.map((p) => [p.bound, p.outlets.map((o) => o.slice(-24))])).toEqual([
      ['atLeast', ['000_9dca52218d3bd2b1.txt']],
      ['lessThan', ['000_9dca52218d3bd2b1.txt', '001_1b8f06fc3ce38c5b.txt']],
    ]);
    const jsonl = lines((await cli(['compare', '--format', 'jsonl', ...three])).stdout) as Array<{ schemaVersion: string; id: string }>;
    expect(jsonl).toHaveLength(8);
    expect(jsonl.every((l) => l.schemaVersion === '1.0')).toBe(true);
    const [header, ...rows] = parseCsv((await cli(['compare', '--format', 'csv', ...three])).stdout);
    expect(header!.slice(0, 3)).toEqual(['cluster_id', 'verdict', 'figure']);
    expect(rows).toHaveLength(json.clusters.reduce((n, c) => n + c.members.length, 0));
    expect((await cli(['compare', '--all', '--format', 'jsonl', ...three])).stdout.split('\n').length).toBeGreaterThan(9);
  });

  it('says so when fewer than two documents could be read', async () => {
    const r = await cli(['compare', corpus('000_9dca52218d3bd2b1.txt'), '/nonexistent/b.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/nonexistent/b.txt: no such file or directory');
    expect(r.stderr).toContain('1 document read; a comparison needs two or more');
  });
});

describe('batch processing (child processes)', () => {
  const dir = tempDir();
  const jsonl = join(dir, 'corpus.jsonl');
  const files = ['000_9dca52218d3bd2b1.txt', '001_1b8f06fc3ce38c5b.txt', '002_76f16e61d5620674.txt', '003_abd8aa4d1cad8a10.txt', '004_ed127326e84fb47c.txt'];
  writeFileSync(jsonl, files.map((f, i) => JSON.stringify({ id: f, text: readFileSync(corpus(f), 'utf8'), publishedAt: `2017-12-0${5 + (i % 2)}` })).join('\n').concat('\n'));

  it('--jobs 2 gives the output of --jobs 1, in input order', () => {
    const one = spawnCli(['extract', '--format', 'jsonl', jsonl, corpusDir]);
    const two = spawnCli(['extract', '--format', 'jsonl', '--jobs', '2', jsonl, corpusDir]);
    expect(one.status).toBe(0);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    expect((lines(two.stdout) as Array<{ id: string }>).map((d) => d.id.slice(-24))).toEqual([...files, ...files].map((f) => f.slice(-24)));
  });

  it('shows progress on stderr only when asked (stderr is a pipe here), never on stdout', () => {
    const quiet = spawnCli(['numbers', '--format', 'jsonl', jsonl]);
    expect(quiet.stderr).toBe('');
    const shown = spawnCli(['numbers', '--format', 'jsonl', '--progress', jsonl]);
    expect(shown.stdout).toBe(quiet.stdout);
    expect(shown.stderr).toMatch(/^arabic-claims: 5 documents, \d+(?:\.\d)? kB\n$/mu);
  });

  it('draws progress in place on a terminal', async () => {
    const r = await cli(['numbers', '--format', 'jsonl', corpusDir], '', { stderr: true });
    expect(r.stderr.startsWith('\r')).toBe(true);
    expect(r.stderr.endsWith(' kB\u001b[K\n')).toBe(true);
    expect(r.stderr.split('\r').at(-1)).toMatch(/^5 documents, [\d.]+ kB/u);
    expect((await cli(['numbers', '--no-progress', corpusDir], '', { stderr: true })).stderr).toBe('');
  });

  it('stops quietly when the reader goes away (| head)', () => {
    const command = `set -o pipefail; "${process.execPath}" --import tsx src/cli/main.ts extract --format jsonl ${Array(6).fill(JSON.stringify(jsonl)).join(' ')} | head -c 100 > /dev/null`;
    const r = spawnSync('bash', ['-c', command], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('the built CLI', () => {
  it('imports the library from ./index.js and runs', () => {
    const cliPath = join(root, 'dist', 'cli.js');
    let code: string;
    try {
      code = readFileSync(cliPath, 'utf8');
    } catch {
      throw new Error('dist/cli.js is missing: run npm run build (CI builds in npm run check before the tests)');
    }
    expect(code.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(code).toMatch(/from "\.\/index\.js"/u);
    expect(code).not.toMatch(/function extractQuantClaims\b/u);
    const r = spawnCli(['parse', 'ثلاثة آلاف'], undefined, { built: true });
    expect([r.status, r.stdout]).toEqual([0, '3000\tثلاثة آلاف\n']);
  });
});
