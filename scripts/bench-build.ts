/**
 * `npm run bench:build [-- --sizes 1000,10000] [--lighthouse] [--out file.json]` (or `BENCH_SIZES=1000
 * npm run bench:build`): the full site build
 * on generated corpora beside a plain Astro 7 build of the same markdown (Astro's default processor,
 * and `unified()`), measured in one run on this machine, with peak memory, the incremental rebuild
 * after editing one article, the largest page, the search index's size and (with `--lighthouse`)
 * Lighthouse's scores of the home, an article, an entity and the search page. The clean build starts
 * with no cache of the analysis (Astro's content store, the extraction cache and the graph layouts removed;
 * the Open Graph cards' cache is kept). Prints a table and writes
 * `tmp/bench/build.json` (or `--out`).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { paragraph } from '../src/core/ingest/block.ts';
import { renderArticleFile } from '../src/core/ingest/render-article-file.ts';
import type { SourceArticle } from '../src/core/types.ts';
import { generateCorpus } from './lib/generate-corpus.ts';
import { loadGoldSet } from './lib/gold-sets.ts';
import { lighthouseScores, type LighthouseScores } from './lib/lighthouse-bench.ts';
import { previewSite } from './lib/preview-site.ts';
import type { BuildFigures, Timed } from './lib/build-figures.ts';
import { PROJECT, scratchProject, type ScratchProject } from './lib/scratch-project.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: process.env['BENCH_SIZES'] ?? '1000,10000' },
    lighthouse: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(PROJECT, 'tmp', 'bench', 'build.json') },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const CORPUS_SEED = 7_2018;

const seeds = loadGoldSet('seeds');
const tune = loadGoldSet('tune');
const sources = [...seeds.gold, ...tune.gold];
const outlets = [...new Set([...seeds.articles, ...tune.articles].map((a) => a.meta.outlet))];

const results: BuildFigures[] = [];
for (const size of SIZES) results.push(await benchSize(size));

printTable(results);
mkdirSync(path.dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);

async function benchSize(size: number): Promise<BuildFigures> {
  const articles = generateCorpus(sources, { articles: size, seed: CORPUS_SEED, paragraphs: [6, 18], outlets });
  const site = scratchProject('bench-site-');
  const plain = plainProject('bench-plain-');
  try {
    rmSync(path.join(site.dir, 'content', 'articles'), { recursive: true });
    writeArticles(path.join(site.dir, 'content', 'articles'), articles);
    writeArticles(path.join(plain.dir, 'content', 'articles'), articles);
    // The copies share the project's node_modules, and with it Astro's cache and the extraction cache.
    for (const cache of [
      '.astro',
      path.join('.cache', 'newsroom-extraction'),
      path.join('.cache', 'newsroom', 'graph-layout'),
    ])
      rmSync(path.join(PROJECT, 'node_modules', cache), { recursive: true, force: true });
    const siteBuild = timedBuild(site);
    const dist = path.join(site.dir, 'dist');
    const largestPage = largest(dist);
    const searchIndex = folderSize(path.join(dist, 'search-index'));
    const lighthouse = values.lighthouse ? await auditPages(dist, articles[0]?.slug ?? '') : [];
    const first = articles[0];
    if (!first) throw new Error('empty corpus');
    // One article edited: a word appended to its last paragraph.
    const edited = { ...first, text: `${first.text} (Updated.)` };
    writeArticles(path.join(site.dir, 'content', 'articles'), [edited]);
    const incremental = timedBuild(site);
    writePlainConfig(plain.dir, 'default');
    const plainDefault = timedBuild(plain);
    writePlainConfig(plain.dir, 'unified');
    const plainUnified = timedBuild(plain);
    return {
      articles: size,
      site: siteBuild,
      plainDefault,
      plainUnified,
      incremental,
      largestPage,
      searchIndex,
      lighthouse,
    };
  } finally {
    site.remove();
    plain.remove();
  }
}

function writeArticles(dir: string, articles: readonly SourceArticle[]): void {
  mkdirSync(dir, { recursive: true });
  for (const article of articles) {
    const paragraphs = article.paragraphs.map((p) => paragraph(article.text.slice(p.start, p.end)));
    writeFileSync(path.join(dir, `${article.slug}.md`), renderArticleFile(article.meta, paragraphs));
  }
}

/** `astro build` under GNU time: wall-clock seconds and the peak resident memory of the build. */
function timedBuild(project: ScratchProject): Timed {
  // A build at 10,000 articles on a loaded machine takes longer than the scratch copy's default limit.
  const result = project.run('/usr/bin/time', ['-f', 'BENCH %e %M', 'astro', 'build'], {}, 3 * 3_600_000);
  const figures = /BENCH ([\d.]+) (\d+)/.exec(result.stderr);
  if (result.status !== 0 || !figures)
    throw new Error(`build failed in ${project.dir}:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  return { seconds: Number(figures[1]), peakMb: Number(figures[2]) / 1024 };
}

/** A bare Astro 7 site of the same markdown: one page per article, nothing else. */
function plainProject(prefix: string): ScratchProject {
  const project = scratchProject(prefix);
  for (const entry of readdirSync(project.dir)) {
    if (entry !== 'node_modules' && entry !== 'package.json')
      rmSync(path.join(project.dir, entry), { recursive: true });
  }
  mkdirSync(path.join(project.dir, 'src', 'pages'), { recursive: true });
  writeFileSync(
    path.join(project.dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: './content/articles' }) }) };
`,
  );
  writeFileSync(
    path.join(project.dir, 'src', 'pages', '[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>
`,
  );
  return project;
}

function writePlainConfig(dir: string, processor: 'default' | 'unified'): void {
  rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
  rmSync(path.join(dir, 'node_modules', '.astro'), { recursive: true, force: true });
  rmSync(path.join(dir, '.astro'), { recursive: true, force: true });
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    processor === 'default'
      ? `import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n`
      : `import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
export default defineConfig({ markdown: { processor: unified({ gfm: true, smartypants: false }) } });
`,
  );
}

/** Lighthouse on the home page, the first article, the largest entity page and the search page, served by `astro preview`. */
async function auditPages(dist: string, article: string): Promise<LighthouseScores[]> {
  const entities = path.join(dist, 'entities');
  const [entity] = readdirSync(entities, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(entities, entry.name, 'index.html')))
    .map((entry) => ({ id: entry.name, bytes: statSync(path.join(entities, entry.name, 'index.html')).size }))
    .sort((a, b) => b.bytes - a.bytes || a.id.localeCompare(b.id));
  const site = await previewSite({ dir: dist, base: '/' });
  try {
    return await lighthouseScores([
      { page: 'home', url: site.url },
      { page: 'article', url: `${site.url}articles/${article}/` },
      { page: 'entity (largest)', url: `${site.url}entities/${entity?.id ?? ''}/` },
      { page: 'search', url: `${site.url}search/` },
    ]);
  } finally {
    await site.close();
  }
}

function folderSize(dir: string): { files: number; bytes: number; gzipBytes: number } {
  const total = { files: 0, bytes: 0, gzipBytes: 0 };
  if (!existsSync(dir)) return total;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const body = readFileSync(path.join(entry.parentPath, entry.name));
    total.files += 1;
    total.bytes += body.length;
    total.gzipBytes += gzipSync(body).length;
  }
  return total;
}

function largest(dist: string): { file: string; gzipKb: number } {
  let best = { file: '', gzipKb: 0 };
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const gzipKb = gzipSync(readFileSync(full)).length / 1024;
        if (gzipKb > best.gzipKb) best = { file: path.relative(dist, full), gzipKb };
      }
    }
  };
  walk(dist);
  return best;
}

function printTable(rows: readonly BuildFigures[]): void {
  const f = (t: Timed): string => `${t.seconds.toFixed(1)} s, ${(t.peakMb / 1024).toFixed(2)} GB`;
  console.log('\n== build: this site beside plain Astro 7 on the same generated markdown (one run) ==');
  console.log(
    'articles | this site | plain Astro (default) | plain Astro (unified()) | site / unified | incremental (1 edit) | largest page',
  );
  for (const r of rows)
    console.log(
      [
        r.articles.toLocaleString('en-US'),
        f(r.site),
        f(r.plainDefault),
        f(r.plainUnified),
        `${(r.site.seconds / r.plainUnified.seconds).toFixed(2)}×`,
        f(r.incremental),
        `${r.largestPage.file} ${r.largestPage.gzipKb.toFixed(1)} KB gzip`,
      ].join(' | '),
    );
  const [small, big] = rows;
  if (small && big)
    console.log(
      `scaling: ${big.articles / small.articles}× the articles took ${(big.site.seconds / small.site.seconds).toFixed(2)}× the time`,
    );
}
