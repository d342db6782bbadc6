/**
 * The playground and the browser example in a real headless Chromium (Debian's
 * package, driven by playwright-core), served over a local static server since
 * browsers refuse module scripts from file://.
 *
 * This test never skips: without a browser it fails and says how to get one
 * (.ci/run installs Chromium with apt-get when it is missing).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlayground } from '../scripts/site.js';
import { serveStatic, type StaticServer } from '../scripts/static-server.js';
import { alignClaims, extractQuantClaims } from '../src/index.js';
import { corpus, root } from './cli-harness.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let context: BrowserContext;
let site: StaticServer;
let repository: StaticServer;
const scratch = mkdtempSync(join(tmpdir(), 'arabic-claims-browser-'));

beforeAll(async () => {
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: apt-get install -y chromium (or set CHROMIUM_PATH); .ci/run installs it`);
  }
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/index.js is missing: npm run build (npm ci and npm run check build it)');
  buildPlayground(join(scratch, 'site'));
  site = await serveStatic(join(scratch, 'site'));
  repository = await serveStatic(root);
  context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
    executablePath,
    headless: true,
    args: flags,
    viewport: { width: 1400, height: 1000 },
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  await site?.close();
  await repository?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A page that fails the test on any script error or failed request. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  await page.goto(url);
  return { page, errors };
}

const seed = (name: string): string => readFileSync(corpus(name), 'utf8');

describe('playground', () => {
  it('highlights each claim of the seed article in right-to-left text, with its fields in the table', async () => {
    const { page, errors } = await open(`${site.url}playground/`);
    await page.waitForSelector('body[data-ready="true"]');
    const text = seed('000_9dca52218d3bd2b1.txt');
    const claims = extractQuantClaims(text);
    expect(claims.length).toBeGreaterThan(5);
    // The marks, without their row numbers, are the claims' texts in order.
    const marks = await page.$$eval('#highlighted mark.claim', (ms) => ms.map((m) => m.firstChild!.textContent));
    expect(marks).toEqual(claims.map((c) => c.text));
    // The highlighted text is the article, unchanged, and reads right to left.
    const shown = await page.$eval('#highlighted', (el) => [...el.childNodes].map((n) => (n.nodeType === 3 ? n.textContent : n.firstChild!.textContent)).join(''));
    expect(shown).toBe(text);
    expect(await page.$eval('#highlighted', (el) => el.ownerDocument.defaultView!.getComputedStyle(el).direction)).toBe('rtl');
    expect(await page.$eval('#editor', (el) => el.ownerDocument.defaultView!.getComputedStyle(el).direction)).toBe('rtl');
    const rows = await page.$$eval('#claims tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toHaveLength(claims.length);
    rows.forEach((row, i) => {
      const c = claims[i]!;
      expect(row.slice(0, 8)).toEqual([
        String(i + 1),
        c.text,
        c.value === null ? `${c.min ?? ''}–${c.max ?? ''}` : String(c.value),
        c.bound,
        c.unit?.text ?? '',
        c.subject?.text ?? '',
        c.speaker?.text ?? '',
        c.time ? expect.stringContaining(c.time.text) : '',
      ]);
    });
    expect(await page.$eval('#status', (el) => el.textContent)).toMatch(new RegExp(`^${claims.length} claims in `, 'u'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('re-reads pasted text and resolves relative times against the publication date', async () => {
    const { page, errors } = await open(`${site.url}playground/`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.fill('#editor', 'قال الجيش أمس إن 30 مسلحا قتلوا في الاشتباكات');
    await page.fill('#published-at', '2020-11-01');
    await page.dispatchEvent('#published-at', 'change');
    await page.waitForFunction(
      "document.querySelectorAll('#highlighted mark').length === 1 && document.querySelector('#claims tbody td:nth-child(8)').textContent.includes('2020-10-31')",
    );
    expect(await page.$eval('#highlighted mark', (m) => m.firstChild!.textContent)).toBe('30 مسلحا');
    expect(await page.$eval('#claims tbody td:nth-child(7)', (td) => td.textContent)).toBe('الجيش');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('compares several pasted articles: the figures they share, conflicts first', async () => {
    const { page, errors } = await open(`${site.url}playground/`);
    await page.waitForSelector('body[data-ready="true"]');
    const names = ['000_9dca52218d3bd2b1.txt', '001_1b8f06fc3ce38c5b.txt', '003_abd8aa4d1cad8a10.txt'];
    for (const [i, name] of names.entries()) {
      if (i > 0) await page.click('#add-article');
      await page.selectOption('#seed', { label: name });
      await page.click('#load-seed');
    }
    const expected = alignClaims(names.map((n) => ({ id: n.replace(/\.txt$/u, ''), claims: extractQuantClaims(seed(n)) }))).filter(
      (c) => new Set(c.members.map((m) => m.documentId)).size > 1,
    );
    const conflicting = expected.filter((c) => c.status === 'conflicting').length;
    expect(await page.$eval('#comparison-summary', (el) => el.textContent)).toBe(
      `3 articles; ${expected.length} figures reported by more than one (${conflicting} conflicting, ${expected.length - conflicting} agreeing).`,
    );
    const verdicts = await page.$$eval('#clusters tbody tr td:first-child', (tds) => tds.map((td) => td.textContent));
    expect(verdicts).toEqual([...Array(conflicting).fill('CONFLICT'), ...Array(expected.length - conflicting).fill('agree')]);
    const first = await page.$eval('#clusters tbody tr', (tr) => tr.textContent);
    expect(first).toContain('3000');
    expect(first).toContain('why: atLeast 3000 contradicts lessThan 3000');
    expect(await page.$$eval('#tabs button', (bs) => bs.map((b) => b.textContent))).toEqual(names.map((n) => n.replace(/\.txt$/u, '')));
    // The picture a person sees: the first article with its claims, and the comparison below.
    await page.click('#tabs button');
    const screenshot = process.env.PLAYGROUND_SCREENSHOT ?? join(scratch, 'playground.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(50_000);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('examples/browser', () => {
  it('loads the ESM build through an import map and highlights the claims', async () => {
    const { page, errors } = await open(`${repository.url}examples/browser/`);
    await page.waitForSelector('body[data-claims]');
    const text = await page.$eval('#text', (p) => p.textContent!);
    const claims = extractQuantClaims(text);
    expect(await page.$$eval('#text mark', (ms) => ms.map((m) => m.textContent))).toEqual(claims.map((c) => c.text));
    expect(await page.$$eval('#claims li', (lis) => lis.length)).toBe(claims.length);
    expect(errors).toEqual([]);
    await page.close();
  });
});
