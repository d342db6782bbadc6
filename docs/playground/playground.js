/* global document, fetch, performance, setTimeout, clearTimeout */
/**
 * The arabic-claims playground: the library's ESM build (lib/, copied from dist/
 * when the site is built) run in the page. No server: the seed articles come from
 * corpus.json next to this file.
 */
import { alignClaims, extractQuantClaims } from './lib/index.js';

const $ = (id) => document.getElementById(id);

/** The articles being edited: a title, the text and an optional publication date. */
const articles = [];
let current = 0;
/** The claims of each article, as last extracted. */
const claimsOf = new Map();

function element(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'className') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

/** "3000", "15000–20000", "4.5". */
function figure(claim) {
  if (claim.bound === 'range' || claim.bound === 'vague' || claim.value === null) return `${claim.min ?? ''}–${claim.max ?? ''}`;
  return String(Number.isInteger(claim.value) ? claim.value : Number(claim.value.toFixed(4)));
}

function timeText(time) {
  if (!time) return '';
  const dates = time.start && time.end && time.start !== time.end ? `${time.start}..${time.end}` : (time.start ?? time.end ?? '');
  return dates ? `${time.text} (${dates})` : time.text;
}

function extract(index) {
  const article = articles[index];
  const options = article.publishedAt ? { publishedAt: article.publishedAt } : {};
  const started = performance.now();
  const claims = extractQuantClaims(article.text, options);
  claimsOf.set(index, claims);
  return { claims, ms: performance.now() - started };
}

/** The text with each claim in a <mark>, numbered like the table's rows. */
function renderHighlighted(text, claims) {
  const box = $('highlighted');
  box.replaceChildren();
  let at = 0;
  claims.forEach((claim, i) => {
    // Claims do not overlap; should one ever start inside the previous one, it stays unmarked in the text.
    if (claim.span.start < at) return;
    box.append(text.slice(at, claim.span.start));
    box.append(
      element(
        'mark',
        { className: 'claim', dataset: { claim: String(i) }, title: `${claim.bound} ${figure(claim)}`, onmouseenter: () => hot(i, true), onmouseleave: () => hot(i, false) },
        text.slice(claim.span.start, claim.span.end),
        element('sup', {}, String(i + 1)),
      ),
    );
    at = claim.span.end;
  });
  box.append(text.slice(at));
}

function renderTable(claims) {
  const rows = claims.map((claim, i) =>
    element(
      'tr',
      {
        dataset: { claim: String(i) },
        onmouseenter: () => hot(i, true),
        onmouseleave: () => hot(i, false),
        onclick: () => document.querySelector(`mark[data-claim="${i}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
      },
      element('td', { className: 'num' }, String(i + 1)),
      element('td', { lang: 'ar' }, claim.text),
      element('td', { className: 'num' }, figure(claim)),
      element('td', {}, claim.bound),
      element('td', { lang: 'ar' }, claim.unit ? claim.unit.text : ''),
      element('td', { lang: 'ar' }, claim.subject ? claim.subject.text : ''),
      element('td', { lang: 'ar' }, claim.speaker ? claim.speaker.text : ''),
      element('td', { lang: 'ar' }, timeText(claim.time)),
    ),
  );
  $('claims').tBodies[0].replaceChildren(...rows);
}

function hot(i, on) {
  for (const node of document.querySelectorAll(`[data-claim="${i}"]`)) node.classList.toggle('hot', on);
}

function renderComparison() {
  const documents = articles
    .map((article, i) => ({ id: article.title, claims: claimsOf.get(i) ?? [] }))
    .filter((d, i) => articles[i].text.trim() !== '');
  const body = $('clusters').tBodies[0];
  if (documents.length < 2) {
    $('comparison-summary').textContent = 'Add a second article (+ Article, then paste or load a seed) to compare the figures they report.';
    body.replaceChildren();
    return;
  }
  const clusters = alignClaims(documents).filter((c) => new Set(c.members.map((m) => m.documentId)).size > 1);
  clusters.sort((a, b) => Number(b.status === 'conflicting') - Number(a.status === 'conflicting'));
  const conflicting = clusters.filter((c) => c.status === 'conflicting').length;
  $('comparison-summary').textContent =
    `${documents.length} articles; ${clusters.length} ${clusters.length === 1 ? 'figure' : 'figures'} reported by more than one ` +
    `(${conflicting} conflicting, ${clusters.length - conflicting} agreeing).`;
  body.replaceChildren(
    ...clusters.map((c) => {
      const first = c.members[0].claim;
      const unit = c.members.find((m) => m.claim.unit)?.claim.unit;
      const subject = c.members.find((m) => m.claim.subject)?.claim.subject;
      const members = element(
        'td',
        {},
        ...c.members.map((m) => element('span', { className: 'member' }, element('span', { className: 'doc' }, `${m.documentId}: `), element('span', { lang: 'ar' }, m.claim.text))),
        ...[...new Set(c.conflicts.map((k) => k.reason))].map((reason) => element('span', { className: 'reason' }, `why: ${reason}`)),
      );
      const conflict = c.status === 'conflicting';
      return element(
        'tr',
        {},
        element('td', { className: conflict ? 'verdict-conflict' : 'verdict-agree' }, conflict ? 'CONFLICT' : 'agree'),
        element('td', { className: 'num' }, figure(first)),
        element('td', {}, [...new Set(c.members.map((m) => m.claim.bound))].join(' / ')),
        element('td', { lang: 'ar' }, unit ? unit.lemma : ''),
        element('td', { lang: 'ar' }, subject ? subject.text : ''),
        members,
      );
    }),
  );
}

function renderTabs() {
  $('tabs').replaceChildren(
    ...articles.map((article, i) =>
      element('button', { type: 'button', role: 'tab', 'aria-selected': String(i === current), onclick: () => select(i) }, article.title),
    ),
  );
  $('remove-article').disabled = articles.length <= 1;
}

function refresh() {
  const article = articles[current];
  let result;
  try {
    result = extract(current);
  } catch (error) {
    // A bad publication date, say: the library says what it expected.
    $('status').textContent = String(error.message ?? error);
    return;
  }
  $('status').textContent = `${result.claims.length} ${result.claims.length === 1 ? 'claim' : 'claims'} in ${article.text.length.toLocaleString('en')} characters (${result.ms.toFixed(1)} ms)`;
  renderHighlighted(article.text, result.claims);
  renderTable(result.claims);
  renderComparison();
}

function select(i) {
  current = i;
  const article = articles[i];
  $('editor').value = article.text;
  $('published-at').value = article.publishedAt ?? '';
  // The seed list shows the seed this article was loaded from, if any.
  const seedIndex = seeds.findIndex((seed) => seed.name.replace(/\.txt$/u, '') === article.title);
  if (seedIndex >= 0) $('seed').value = String(seedIndex);
  renderTabs();
  refresh();
}

let nextNumber = 1;
function addArticle(title, text, publishedAt) {
  articles.push({ title: title ?? `Article ${nextNumber}`, text: text ?? '', publishedAt });
  nextNumber++;
  // Articles added later are extracted once so that the comparison sees them.
  extract(articles.length - 1);
  select(articles.length - 1);
}

/** The seed articles: [{ name, text }]. */
const seeds = await fetch('corpus.json').then((r) => r.json());

let pending;
$('editor').addEventListener('input', (event) => {
  articles[current].text = event.target.value;
  clearTimeout(pending);
  pending = setTimeout(refresh, 120);
});

$('published-at').addEventListener('change', (event) => {
  articles[current].publishedAt = event.target.value || undefined;
  refresh();
});

$('add-article').addEventListener('click', () => addArticle());

$('remove-article').addEventListener('click', () => {
  if (articles.length <= 1) return;
  articles.splice(current, 1);
  claimsOf.clear();
  articles.forEach((_, i) => extract(i));
  select(Math.min(current, articles.length - 1));
});

$('seed').replaceChildren(...seeds.map((seed, i) => element('option', { value: String(i) }, seed.name)));
$('load-seed').addEventListener('click', () => {
  const seed = seeds[Number($('seed').value)];
  articles[current].text = seed.text;
  articles[current].title = seed.name.replace(/\.txt$/u, '');
  select(current);
});

// Start with the first seed article, so the page shows what it does.
addArticle(seeds[0]?.name.replace(/\.txt$/u, ''), seeds[0]?.text ?? '');
document.body.dataset.ready = 'true';
