/**
 * `npm run bench:build [-- --sizes 1000,10000]`: the full site build on generated corpora beside a
 * plain Astro 7 build of the same markdown (Astro's default processor, and `unified()`), measured in
 * one run on this machine, with peak memory, the incremental rebuild after editing one article, and
 * the largest page. Prints a table and writes `tmp/bench/build.json`.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchCorpus, generatedSite, heaviestPages, writeArticles } from './lib/generated-site.ts';
import { PROJECT, scratchProject, type ScratchProject } from './lib/scratch-project.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const SIZES = values.sizes.split(',').map(Number);

interface Timed {
  seconds: number;
  peakMb: number;
}

interface SizeResult {
  articles: number;
  site: Timed;
  plainDefault: Timed;
  plainUnified: Timed;
  incremental: Timed;
  largestPage: { file: string; gzipKb: number };
}

const results: SizeResult[] = [];
for (const size of SIZES) results.push(benchSize(size));

printTable(results);
mkdirSync(path.join(PROJECT, 'tmp', 'bench'), { recursive: true });
writeFileSync(path.join(PROJECT, 'tmp', 'bench', 'build.json'), `${JSON.stringify(results, null, 2)}\n`);

function benchSize(size: number): SizeResult {
  const articles = benchCorpus(size);
  const site = generatedSite(articles, 'bench-site-');
  const plain = plainProject('bench-plain-');
  try {
    writeArticles(path.join(plain.dir, 'content', 'articles'), articles);
    const siteBuild = timedBuild(site);
    const heaviest = heaviestPages(path.join(site.dir, 'dist'))[0];
    if (!heaviest) throw new Error('the build wrote no page');
    const largestPage = heaviest.page;
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
    return { articles: size, site: siteBuild, plainDefault, plainUnified, incremental, largestPage };
  } finally {
    site.remove();
    plain.remove();
  }
}

/** `astro build` under GNU time: wall-clock seconds and the peak resident memory of the build. */
function timedBuild(project: ScratchProject): Timed {
  const result = project.run('/usr/bin/time', ['-f', 'BENCH %e %M', 'astro', 'build']);
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

function printTable(rows: readonly SizeResult[]): void {
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
