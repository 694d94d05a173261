/**
 * `npm run bench` (second part): search at 10,000 articles, this site beside
 * Pagefind. Generates the deterministic corpus (generate-corpus.ts), runs the
 * site's own extraction over it (entities feed the index), and builds the
 * search index with the site's code, as the build does, without the rest of
 * the site (a full build of 10,000 articles takes minutes; the index is the
 * same). Pagefind indexes the same articles as minimal HTML pages
 * (pagefind-bench.ts).
 *
 * Both engines answer the relevance set (relevance-queries.ts) as a first
 * search: ours through the same SearchEngine the browser runs, in Node, with a
 * loader that serves the built files from memory and records what it reads;
 * Pagefind through its own pagefind.js in Chromium, a fresh context per query.
 * A byte is counted the same way for both: each file fetched, at its gzip
 * size (or its own size when it is compressed already). Prints a table and
 * writes tmp/bench/search.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { analyzeCorpus } from '../src/core/analyze/analyze-corpus.ts';
import { buildSearchIndex } from '../src/core/search/build-index.ts';
import { Dictionary } from '../src/core/search/dictionary.ts';
import type { TermsFile } from '../src/core/search/format.ts';
import { SearchEngine } from '../src/core/search/search-engine.ts';
import { loadKnowledge } from '../src/pipeline/knowledge.ts';
import { generateTracedCorpus } from './lib/generate-corpus.ts';
import { loadGoldSet } from './lib/gold-sets.ts';
import { buildPagefindSite, runPagefind } from './lib/pagefind-bench.ts';
import { RELEVANCE_QUERIES } from './lib/relevance-queries.ts';
import { DEPTH, firstRelevant, judge, score } from './lib/relevance.ts';
import { transferSize } from './lib/transfer-size.ts';

const CORPUS_SEED = 10_000;
const CORPUS_SIZE = Number(process.env['BENCH_SEARCH_ARTICLES'] ?? 10_000);
/** Results a first page shows (the search page's page size); both engines load this many. */
const FIRST_PAGE = DEPTH;
const OUT_DIR = 'tmp/bench';
const PAGEFIND_SITE = `${OUT_DIR}/pagefind-site`;

const seeds = loadGoldSet('seeds');
const tune = loadGoldSet('tune');
const sources = [...seeds.gold, ...tune.gold];
const { articles, origins } = generateTracedCorpus(sources, {
  articles: CORPUS_SIZE,
  seed: CORPUS_SEED,
  paragraphs: [6, 18],
  outlets: [...new Set([...seeds.articles, ...tune.articles].map((a) => a.meta.outlet))],
});
const judged = judge(RELEVANCE_QUERIES, articles, origins);

let start = performance.now();
const analysis = analyzeCorpus(articles, loadKnowledge());
const analysisSeconds = (performance.now() - start) / 1000;
start = performance.now();
const index = buildSearchIndex({ articles: analysis.articles, entities: analysis.entities });
const indexSeconds = (performance.now() - start) / 1000;
const sizes = new Map([...index.files].map(([path, body]) => [path, transferSize(body)]));
const slugOf = analysis.articles.map((a) => a.slug);
const { terms } = JSON.parse(index.files.get('terms.json') ?? '{}') as TermsFile;
const engineCode = await engineBundleBytes();

console.log(
  `\n== search: generated corpus (${CORPUS_SIZE.toLocaleString('en-US')} articles, seed ${CORPUS_SEED}, ` +
    `${analysis.articles.reduce((n, a) => n + a.paragraphs.length, 0).toLocaleString('en-US')} paragraphs) ==`,
);
console.log(`extraction ${analysisSeconds.toFixed(1)} s, search index ${indexSeconds.toFixed(1)} s`);
console.log(
  `index: ${index.files.size.toLocaleString('en-US')} files, ${kb(total())} as served; ` +
    ['manifest.json', 'terms.json', 'articles.json', 'postings/', 'rest/', 'pairs/', 'mentions/', 'docs/']
      .map((kind) => `${kind} ${kb(total(kind))} (${count(kind)})`)
      .join(', ') +
    `; ${terms.length.toLocaleString('en-US')} terms, ${analysis.entities.length.toLocaleString('en-US')} entities`,
);

const ours = await runOurs();
start = performance.now();
const pagefindIndexSeconds = await buildPagefindSite(PAGEFIND_SITE, analysis.articles);
const pagefindRuns = await runPagefind(
  PAGEFIND_SITE,
  judged.map((q) => q.query),
  FIRST_PAGE,
);
const pagefind = pagefindRuns.map((run, i) => {
  const slugs = run.urls.map((url) => /\/articles\/([^/]+)\//.exec(url)?.[1] ?? url);
  return { ...run, rank: firstRelevant(slugs, judged[i]?.articles ?? new Set()) };
});
console.log(
  `pagefind: indexed in ${pagefindIndexSeconds.toFixed(1)} s, searched in ${((performance.now() - start) / 1000 - pagefindIndexSeconds).toFixed(1)} s`,
);

const scores = {
  ours: score(ours.map((r) => r.rank)),
  oursByArticle: score(ours.map((r) => r.articleRank)),
  pagefind: score(pagefind.map((r) => r.rank)),
};
const typoScores = {
  ours: score(ours.filter((_, i) => judged[i]?.typo).map((r) => r.rank)),
  pagefind: score(pagefind.filter((_, i) => judged[i]?.typo).map((r) => r.rank)),
};
const bytes = {
  ours: summary(ours.map((r) => r.bytes + engineCode)),
  oursIndexOnly: summary(ours.map((r) => r.bytes)),
  pagefind: summary(pagefind.map((r) => r.bytes)),
  pagefindIndexOnly: summary(pagefind.map((r) => r.bytes - r.codeBytes)),
};

console.log(
  `\n== search relevance: ${judged.length} queries (${judged.filter((q) => q.typo).length} with typos), first ${FIRST_PAGE} results ==`,
);
const rows: [string, string, string][] = [
  ['figure', 'this site', 'Pagefind'],
  ['recall@1', fixed(scores.ours.recallAt1), fixed(scores.pagefind.recallAt1)],
  ['recall@5', fixed(scores.ours.recallAt5), fixed(scores.pagefind.recallAt5)],
  ['MRR', fixed(scores.ours.mrr), fixed(scores.pagefind.mrr)],
  ['recall@5, typo queries', fixed(typoScores.ours.recallAt5), fixed(typoScores.pagefind.recallAt5)],
  [
    'recall@5 by article (as Pagefind is judged)',
    fixed(scores.oursByArticle.recallAt5),
    fixed(scores.pagefind.recallAt5),
  ],
  ['first search, median (code + index)', kb(bytes.ours.median), kb(bytes.pagefind.median)],
  ['first search, 90th percentile', kb(bytes.ours.p90), kb(bytes.pagefind.p90)],
  ['first search, median, index only', kb(bytes.oursIndexOnly.median), kb(bytes.pagefindIndexOnly.median)],
  ['engine code', kb(engineCode), kb(pagefind[0]?.codeBytes ?? 0)],
];
printTable(rows);
console.log(
  `(ours: the paragraph a result opens must be one that answers the query; Pagefind returns pages, so a result ` +
    `counts when its article holds such a paragraph. Bytes: every file a first search fetches, gzip; ours adds ` +
    `the search page's script bundle, ${kb(engineCode)}.)`,
);
const misses = judged.flatMap((q, i) =>
  (ours[i]?.rank ?? 99) > 5 ? [`${JSON.stringify(q.query)} → ${ours[i]?.rank ?? '–'}`] : [],
);
if (misses.length > 0) console.log(`ours, not in the top 5: ${misses.join('; ')}`);

dictionaryScaling();

mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(
  `${OUT_DIR}/search.json`,
  `${JSON.stringify(
    {
      corpus: {
        articles: CORPUS_SIZE,
        seed: CORPUS_SEED,
        files: index.files.size,
        bytes: total(),
        terms: terms.length,
      },
      seconds: { extraction: analysisSeconds, index: indexSeconds, pagefindIndex: pagefindIndexSeconds },
      scores,
      typoScores,
      bytes: { ...bytes, engineCode, pagefindCode: pagefind[0]?.codeBytes ?? 0 },
      queries: judged.map((q, i) => ({
        query: q.query,
        typo: q.typo,
        kind: q.kind,
        relevant: q.paragraphs.size,
        ours: { rank: ours[i]?.rank ?? null, bytes: ours[i]?.bytes, ms: ours[i]?.milliseconds },
        pagefind: { rank: pagefind[i]?.rank ?? null, bytes: pagefind[i]?.bytes, ms: pagefind[i]?.milliseconds },
      })),
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwrote ${OUT_DIR}/search.json`);

/** Each query as a first search on a fresh engine: rank of the first answer, bytes read, time. */
async function runOurs() {
  const runs = [];
  for (const query of judged) {
    const loaded: string[] = [];
    const started = performance.now();
    const engine = await SearchEngine.open((path) => {
      loaded.push(path);
      const body = index.files.get(path);
      return body === undefined
        ? Promise.reject(new Error(`no ${path}`))
        : Promise.resolve(JSON.parse(body) as unknown);
    }, '/');
    const results = await engine.search(query.query);
    const shown = await engine.paragraphs(results, 0, FIRST_PAGE);
    const milliseconds = performance.now() - started;
    const keys = results.ranked.slice(0, FIRST_PAGE).map((hit) => `${slugOf[hit.article] ?? ''}#${hit.block}`);
    const byArticle = [...new Set(results.ranked.map((hit) => slugOf[hit.article] ?? ''))];
    if (shown.length !== keys.length) throw new Error('search: the first page did not load');
    runs.push({
      rank: firstRelevant(keys, query.paragraphs),
      articleRank: firstRelevant(byArticle, query.articles),
      bytes: loaded.reduce((sum, path) => sum + (sizes.get(path) ?? 0), 0),
      milliseconds,
    });
  }
  return runs;
}

/** The search page's script as the site ships it: the client entry bundled and minified. */
async function engineBundleBytes(): Promise<number> {
  const bundled = await build({
    entryPoints: ['src/client/search/search-page.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return bundled.outputFiles.reduce((sum, file) => sum + transferSize(file.contents), 0);
}

/**
 * Recombined paragraphs keep the sources' vocabulary, far smaller than that
 * of 10,000 real articles. This times one typo lookup on the dictionary
 * padded with generated words to the sizes a real corpus reaches.
 */
function dictionaryScaling(): void {
  const words = ['espoinage', 'rosenstien', 'secrts', 'hcak'];
  console.log(`\n== search: typo lookups against larger dictionaries (real terms + generated filler words) ==`);
  console.log(`terms | terms.json | open ms | ${words.map((w) => `"${w}" ms`).join(' | ')}`);
  for (const size of [terms.length, 50_000, 100_000, 200_000]) {
    const padded = [...new Set([...terms, ...fillerWords(Math.max(0, size - terms.length))])].sort();
    const df = padded.map(() => 1);
    let dictionary = new Dictionary(padded, df);
    const open = medianMs(() => (dictionary = new Dictionary(padded, df)));
    const lookups = words.map((word) => medianMs(() => dictionary.expand(word)));
    console.log(
      [
        padded.length.toLocaleString('en-US'),
        kb(transferSize(JSON.stringify({ terms: padded, df }))),
        open.toFixed(1),
        ...lookups.map((ms) => ms.toFixed(2)),
      ].join(' | '),
    );
  }
}

/** Deterministic pronounceable words of 4–11 letters. */
function fillerWords(count: number): string[] {
  const consonants = 'bcdfghklmnprstvz';
  const vowels = 'aeiou';
  const words = new Set<string>();
  let state = 12345;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 8;
  while (words.size < count) {
    let word = '';
    const length = 4 + (next() % 8);
    while (word.length < length)
      word += (word.length % 2 === 0 ? consonants : vowels)[next() % (word.length % 2 === 0 ? 16 : 5)];
    words.add(word);
  }
  return [...words];
}

function total(kind = ''): number {
  return [...sizes].filter(([path]) => path.startsWith(kind)).reduce((sum, [, size]) => sum + size, 0);
}

function count(kind: string): number {
  return [...sizes.keys()].filter((path) => path.startsWith(kind)).length;
}

function summary(values: readonly number[]): { median: number; p90: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p90: at(0.9), max: sorted.at(-1) ?? 0 };
}

function medianMs(run: () => unknown): number {
  const times = Array.from({ length: 7 }, () => {
    const began = performance.now();
    run();
    return performance.now() - began;
  }).sort((a, b) => a - b);
  return times[3] ?? NaN;
}

function printTable(table: readonly (readonly string[])[]): void {
  const widths = (table[0] ?? []).map((_, c) => Math.max(...table.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  console.log(line(table[0] ?? []));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of table.slice(1)) console.log(line(row));
}

function fixed(value: number): string {
  return value.toFixed(3);
}

function kb(bytes: number): string {
  return `${(bytes / 1e3).toFixed(1)} KB`;
}
