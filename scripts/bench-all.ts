/**
 * `npm run bench [-- --sizes 1000,10000]` (or `BENCH_SIZES=1000 npm run bench` for a quick run):
 * for each corpus size, in one run, the build beside plain Astro (bench-build.ts, with the
 * incremental rebuild, the largest page, the search index's size and Lighthouse) and search beside
 * Pagefind (bench-search.ts: relevance and first-search bytes). Prints one table and writes
 * `bench/results.json` with every figure and the machine it ran on.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BuildFigures, Timed } from './lib/build-figures.ts';
import { PROJECT } from './lib/scratch-project.ts';
import { LIGHTHOUSE_CATEGORIES } from './lib/lighthouse-bench.ts';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: process.env['BENCH_SIZES'] ?? '1000,10000' } },
});
const SIZES = values.sizes.split(',').map(Number);
const TMP = path.join(PROJECT, 'tmp', 'bench');
const OUT = path.join(PROJECT, 'bench', 'results.json');

interface Score {
  recallAt1: number;
  recallAt5: number;
  mrr: number;
}
interface SearchFigures {
  corpus: { articles: number; seed: number; files: number; bytes: number };
  scores: { ours: Score; pagefind: Score };
  typoScores: { ours: Score; pagefind: Score };
  bytes: { ours: { median: number }; pagefind: { median: number } };
  queries: unknown[];
}

const started = new Date();
mkdirSync(TMP, { recursive: true });
const runs = SIZES.map((size) => {
  const buildFile = path.join(TMP, `build-${size}.json`);
  run('tsx', ['scripts/bench-build.ts', '--sizes', String(size), '--lighthouse', '--out', buildFile]);
  run('tsx', ['scripts/bench-search.ts'], { BENCH_SEARCH_ARTICLES: String(size) });
  const searchFile = path.join(TMP, `search-${size}.json`);
  copyFileSync(path.join(TMP, 'search.json'), searchFile);
  const [build] = JSON.parse(readFileSync(buildFile, 'utf8')) as BuildFigures[];
  if (!build) throw new Error(`bench-build wrote no figures for ${size} articles`);
  return { build, search: JSON.parse(readFileSync(searchFile, 'utf8')) as SearchFigures };
});

const machine = {
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  os: `${os.type()} ${os.release()}`,
  loadAverageAtStart: os.loadavg().map((n) => Number(n.toFixed(1))),
};
const table = resultTable(runs);
console.log(
  `\n== npm run bench: ${started.toISOString()} on ${machine.cpus} × ${machine.cpu}, ${machine.memoryGb} GB ==\n`,
);
console.log(table);
mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(
  OUT,
  `${JSON.stringify({ date: started.toISOString(), machine, table, sizes: runs.map((r) => ({ build: r.build, search: { ...r.search, queries: undefined } })) }, null, 2)}\n`,
);
console.log(`\nwrote ${path.relative(PROJECT, OUT)}`);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, { cwd: PROJECT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

function resultTable(rows: readonly { build: BuildFigures; search: SearchFigures }[]): string {
  const s = (t: Timed): string => `${t.seconds.toFixed(1)} s`;
  const gb = (t: Timed): string => `${(t.peakMb / 1024).toFixed(2)} GB`;
  const kb = (bytes: number): string => `${(bytes / 1e3).toFixed(1)} KB`;
  const f3 = (n: number): string => n.toFixed(3);
  const lines: [string, ...string[]][] = [
    ['figure', ...rows.map((r) => `${r.build.articles.toLocaleString('en-US')} articles`)],
    ['full build, this site', ...rows.map((r) => s(r.build.site))],
    ['plain Astro, default processor', ...rows.map((r) => s(r.build.plainDefault))],
    ['plain Astro, `unified()`', ...rows.map((r) => s(r.build.plainUnified))],
    [
      'this site / plain `unified()`',
      ...rows.map((r) => `${(r.build.site.seconds / r.build.plainUnified.seconds).toFixed(2)}×`),
    ],
    [
      'this site / plain default',
      ...rows.map((r) => `${(r.build.site.seconds / r.build.plainDefault.seconds).toFixed(2)}×`),
    ],
    [
      'peak memory: site, default, `unified()`',
      ...rows.map((r) => [r.build.site, r.build.plainDefault, r.build.plainUnified].map(gb).join(', ')),
    ],
    ['rebuild after editing one article', ...rows.map((r) => `${s(r.build.incremental)}, ${gb(r.build.incremental)}`)],
    [
      'largest page (gzip)',
      ...rows.map((r) => `${r.build.largestPage.gzipKb.toFixed(1)} KB, ${r.build.largestPage.file}`),
    ],
    [
      'search index: files, bytes (gzip)',
      ...rows.map(
        (r) =>
          `${r.build.searchIndex.files.toLocaleString('en-US')}, ${kb(r.build.searchIndex.bytes)} (${kb(r.build.searchIndex.gzipBytes)})`,
      ),
    ],
    [
      'search recall@1: ours / Pagefind',
      ...rows.map((r) => `${f3(r.search.scores.ours.recallAt1)} / ${f3(r.search.scores.pagefind.recallAt1)}`),
    ],
    [
      'search recall@5: ours / Pagefind',
      ...rows.map((r) => `${f3(r.search.scores.ours.recallAt5)} / ${f3(r.search.scores.pagefind.recallAt5)}`),
    ],
    [
      'search MRR: ours / Pagefind',
      ...rows.map((r) => `${f3(r.search.scores.ours.mrr)} / ${f3(r.search.scores.pagefind.mrr)}`),
    ],
    [
      'first search, median bytes: ours / Pagefind',
      ...rows.map((r) => `${kb(r.search.bytes.ours.median)} / ${kb(r.search.bytes.pagefind.median)}`),
    ],
    ...(rows[0]?.build.lighthouse ?? []).map((_, p): [string, ...string[]] => [
      `Lighthouse, ${rows[0]?.build.lighthouse[p]?.page ?? ''} (${LIGHTHOUSE_CATEGORIES.join(' / ')})`,
      ...rows.map((r) => {
        const page = r.build.lighthouse[p];
        return page ? LIGHTHOUSE_CATEGORIES.map((c) => page.scores[c]).join(' / ') : '–';
      }),
    ]),
  ];
  const [small, big] = rows;
  if (small && big)
    lines.push([
      `${big.build.articles / small.build.articles}× the articles cost`,
      `${(big.build.site.seconds / small.build.site.seconds).toFixed(2)}× the time`,
      '',
    ]);
  const widths = (lines[0] ?? []).map((_, c) => Math.max(...lines.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]): string =>
    `| ${row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  return [
    line(lines[0] ?? []),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...lines.slice(1).map(line),
  ].join('\n');
}
