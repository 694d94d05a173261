/**
 * `npm run bench:pages [-- --articles 1000] [--keep]`: builds the site on a generated corpus and
 * prints the heaviest page of each kind (gzip), against the ceiling of 50 KB gzip a page. Writes
 * `tmp/bench/pages.json`; exits 1 when a page is over the ceiling. Only the site's own build, so it
 * is quicker than `npm run bench:build` when page weight is the question.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchCorpus, generatedSite, heaviestPages } from './lib/generated-site.ts';
import { PROJECT } from './lib/scratch-project.ts';

/** The heaviest a page may be at any corpus size (issue 8). */
const CEILING_KB = 50;

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } },
});
const size = Number(values.articles);
if (!Number.isInteger(size) || size < 1)
  throw new Error(`--articles: a whole number of articles, not ${values.articles}`);

const site = generatedSite(benchCorpus(size), 'bench-pages-');
try {
  const started = performance.now();
  // A large corpus on a busy machine builds for longer than the 10 minutes a test allows.
  const build = site.run('astro', ['build'], {}, 3 * 3_600_000);
  if (build.status !== 0)
    throw new Error(
      `build failed in ${site.dir} (${build.signal ?? `exit ${build.status}`}):\n${build.stdout.slice(-3000)}\n${build.stderr}`,
    );
  const seconds = (performance.now() - started) / 1000;
  const kinds = heaviestPages(path.join(site.dir, 'dist'));
  console.log(`\n== heaviest page of each kind, ${size.toLocaleString('en-US')} generated articles ==`);
  console.log(`build ${seconds.toFixed(1)} s; ceiling ${CEILING_KB} KB gzip a page`);
  console.log('kind | pages | heaviest (gzip) | file');
  for (const { kind, page, pages } of kinds)
    console.log(`${kind} | ${pages} | ${page.gzipKb.toFixed(1)} KB | ${page.file}`);
  mkdirSync(path.join(PROJECT, 'tmp', 'bench'), { recursive: true });
  writeFileSync(
    path.join(PROJECT, 'tmp', 'bench', 'pages.json'),
    `${JSON.stringify({ articles: size, buildSeconds: seconds, ceilingKb: CEILING_KB, kinds }, null, 2)}\n`,
  );
  const over = kinds.filter((k) => k.page.gzipKb > CEILING_KB);
  if (over.length > 0) {
    console.error(
      `over ${CEILING_KB} KB gzip: ${over.map((k) => `${k.page.file} ${k.page.gzipKb.toFixed(1)} KB`).join(', ')}`,
    );
    process.exitCode = 1;
  }
  if (values.keep) console.log(`kept: ${site.dir}`);
} finally {
  if (!values.keep) site.remove();
}
