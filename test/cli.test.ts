import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const article = join(root, 'test', 'fixtures', 'corpus', '001_1b8f06fc3ce38c5b.txt');

function cli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('arabic-claims command line', () => {
  it('parse prints each value and fails when one is not a number', () => {
    const ok = cli(['parse', 'سبعة ملايين و500 ألف', '22.000 ألف']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('7500000\tسبعة ملايين و500 ألف\n22000\t22.000 ألف\n');
    const bad = cli(['parse', 'ما لا يقل عن']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('null\tما لا يقل عن\n');
  });

  it('numbers reads stdin as JSON Lines with exact spans', () => {
    const input = 'قتل 801 مدنيًا';
    const r = cli(['numbers', '--format', 'jsonl'], input);
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { text: string; span: { start: number; end: number }; value: number });
    expect(rows).toEqual([{ source: '<stdin>', text: '801', span: { start: 4, end: 7 }, value: 801, kind: 'cardinal' }]);
  });

  it('reports unreadable files, directories and invalid UTF-8, processes the rest, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arabic-claims-'));
    const invalid = join(dir, 'latin1.txt');
    writeFileSync(invalid, Buffer.from([0x66, 0xff, 0xfe]));
    const r = cli(['numbers', '--format', 'json', join(dir, 'missing.txt'), dir, invalid, article]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('missing.txt: no such file');
    expect(r.stderr).toContain(`${dir} is a directory`);
    expect(r.stderr).toContain('latin1.txt is not valid UTF-8');
    const reports = JSON.parse(r.stdout) as Array<{ source: string; numbers: Array<{ value: number }> }>;
    expect(reports.map((x) => x.source)).toEqual([article]);
    expect(reports[0]!.numbers.map((n) => n.value)).toContain(125000);
  });

  it('extract prints claims as JSON Lines, JSON and an aligned table', () => {
    const input = 'ويقول التحالف أن ضرباته قتلت ما لا يقل عن 801 مدنياً';
    const lines = cli(['extract', '--format', 'jsonl'], input);
    expect(lines.status).toBe(0);
    const claim = JSON.parse(lines.stdout.trim()) as { source: string; text: string; bound: string; min: number; speaker: { text: string } };
    expect([claim.source, claim.text, claim.bound, claim.min, claim.speaker.text]).toEqual(['<stdin>', 'ما لا يقل عن 801 مدنياً', 'atLeast', 801, 'التحالف']);
    const json = JSON.parse(cli(['extract', article]).stdout) as Array<{ source: string; claims: Array<{ value: number | null }> }>;
    expect(json[0]!.claims.map((c) => c.value)).toContain(695);
    const table = cli(['extract', '--format', 'table', article]).stdout;
    expect(table).toContain('(9 claims)');
    expect(table).toContain('ما يزيد على 4.5 مليون عراقي');
  });

  it('extract resolves relative times with --published-at and rejects a bad date', () => {
    const r = cli(['extract', '--format', 'jsonl', '--published-at', '2020-11-01'], 'قال الجيش أمس إن 30 مسلحا قتلوا');
    expect((JSON.parse(r.stdout.trim()) as { time: { start: string } }).time.start).toBe('2020-10-31');
    const bad = cli(['extract', '--published-at', 'yesterday'], '');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--published-at takes a date as YYYY-MM-DD');
  });

  it('compare aligns the files and prints conflicts first, or JSON', () => {
    const corpus = ['000_9dca52218d3bd2b1.txt', '001_1b8f06fc3ce38c5b.txt', '003_abd8aa4d1cad8a10.txt'].map((f) => join(root, 'test', 'fixtures', 'corpus', f));
    const table = cli(['compare', '--format', 'table', ...corpus]);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('3 documents; 8 figures reported by more than one (2 conflicting, 6 agreeing)');
    const rows = table.stdout.split('\n').filter((l) => /^(?:CONFLICT|agree)/u.test(l));
    expect(rows[0]).toMatch(/^CONFLICT/u);
    expect(rows[rows.length - 1]).toMatch(/^agree/u);
    expect(table.stdout).toContain('why: atLeast 3000 contradicts lessThan 3000');
    const json = JSON.parse(cli(['compare', ...corpus]).stdout) as Array<{ status: string; members: unknown[] }>;
    expect(json).toHaveLength(8);
    expect(cli(['compare', corpus[0]!]).status).toBe(2);
  });

  it('rejects an unknown command or format with usage and exit 2', () => {
    expect(cli(['frobnicate']).status).toBe(2);
    const r = cli(['numbers', '--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--format takes json, jsonl or table');
  });
});
