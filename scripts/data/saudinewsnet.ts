/**
 * SaudiNewsNet -> .data/saudinewsnet.jsonl (one article per line).
 *
 *   npx tsx scripts/data/saudinewsnet.ts [mirror-dir]
 *
 * Source: github.com/inparallel/SaudiNewsNet (dataset/YYYY-MM-DD.zip, each holding one JSON array).
 * Fields kept as the dataset gives them; `text` is the article's `content`, untouched.
 * `publishedAt` is the date part of `date_extracted` (the dataset's README: for articles extracted
 * after 2015-08-01 this is most probably the authoring date; before that it may be later).
 */
import { resolve } from 'node:path';
import { DATA_DIR, countBy, listFiles, mirrorFromArgs, readBlobs, readZip, repoInfo, writeJsonl, writeMeta } from './lib.ts';

const REPO = 'inparallel/SaudiNewsNet';

interface RawArticle {
  source?: string;
  url?: string;
  date_extracted?: string;
  title?: string;
  author?: string;
  content?: string;
}

interface Article {
  id: string;
  source: string;
  publishedAt: string;
  url: string;
  title: string;
  text: string;
  author: string;
}

const dir = mirrorFromArgs(REPO);
const info = repoInfo(dir, REPO);
const zips = listFiles(dir, 'HEAD', 'dataset/').filter((p) => p.endsWith('.zip')).sort();
const blobs = readBlobs(dir, zips);

const articles: Article[] = [];
const problems: string[] = [];
for (const path of zips) {
  const fileDate = /(\d{4}-\d{2}-\d{2})\.zip$/u.exec(path)?.[1] ?? path;
  for (const entry of readZip(blobs.get(path)!)) {
    if (!entry.name.endsWith('.json')) continue;
    const rows = JSON.parse(entry.data.toString('utf8')) as RawArticle[];
    rows.forEach((r, i) => {
      const source = r.source ?? '';
      const date = /^\d{4}-\d{2}-\d{2}/u.exec(r.date_extracted ?? '')?.[0] ?? '';
      if (date === '') problems.push(`${fileDate}#${i}: no date_extracted`);
      articles.push({
        id: `snn-${fileDate}-${String(i).padStart(4, '0')}`,
        source,
        publishedAt: date,
        url: r.url ?? '',
        title: r.title ?? '',
        text: r.content ?? '',
        author: r.author ?? '',
      });
    });
  }
}

const out = resolve(DATA_DIR, 'saudinewsnet.jsonl');
writeJsonl(out, articles);

const urlCounts = countBy(articles.filter((a) => a.url !== ''), (a) => a.url);
const duplicateUrls = Object.values(urlCounts).filter((n) => n > 1).length;
const stats = {
  articles: articles.length,
  zipFiles: zips.length,
  perSource: countBy(articles, (a) => a.source),
  perMonth: countBy(articles, (a) => a.publishedAt.slice(0, 7)),
  emptyText: articles.filter((a) => a.text.trim() === '').length,
  emptyTitle: articles.filter((a) => a.title.trim() === '').length,
  urlsSeenMoreThanOnce: duplicateUrls,
  dateRange: [articles.map((a) => a.publishedAt).filter(Boolean).sort()[0], articles.map((a) => a.publishedAt).sort().at(-1)],
  problems: problems.slice(0, 20),
};
writeMeta(out, { corpus: 'SaudiNewsNet', source: info, licence: 'CC BY-NC-SA 4.0 (per the repository; see its README/LICENSE)', fields: ['id', 'source', 'publishedAt', 'url', 'title', 'text', 'author'], stats });
console.log(JSON.stringify({ output: out, commit: info.commit, ...stats }, null, 2));
