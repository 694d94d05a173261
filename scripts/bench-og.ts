/**
 * `npm run bench` (last part): the Open Graph images. Per image: satori, resvg and the PNG
 * encoding timed on one thread, in CPU time (wall time on a shared machine mostly measures the
 * neighbours). Then the build's own run, a pool of worker threads on an empty cache, for the
 * four seed articles and for 1,000 generated articles, and once more on the filled cache.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { analyzeCorpus } from '../src/core/analyze/analyze-corpus.ts';
import { ogImageJobs } from '../src/core/publish/og-cards.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../src/core/publish/site-identity.ts';
import { cardSvg, encodePng, renderCard } from '../src/og/render-card.ts';
import { startOgRun } from '../src/og/render-og-images.ts';
import { loadKnowledge } from '../src/pipeline/knowledge.ts';
import { generateCorpus } from './lib/generate-corpus.ts';
import { loadGoldSet } from './lib/gold-sets.ts';

const CORPUS_SEED = 7_2018;
const SAMPLE = 30;

const knowledge = loadKnowledge();
const seeds = loadGoldSet('seeds');
const tune = loadGoldSet('tune');
const seedJobs = ogImageJobs(analyzeCorpus(seeds.articles, knowledge), SITE_NAME, SITE_DESCRIPTION);
const generated = generateCorpus([...seeds.gold, ...tune.gold], {
  articles: 1000,
  seed: CORPUS_SEED,
  outlets: [...new Set([...seeds.articles, ...tune.articles].map((a) => a.meta.outlet))],
});
const generatedJobs = ogImageJobs(analyzeCorpus(generated, knowledge), SITE_NAME, SITE_DESCRIPTION);

/** CPU milliseconds of the process (this thread and libvips' one thread) per call of `step`, after a warm-up. */
async function cpuMs<T>(items: readonly T[], step: (item: T) => Promise<unknown>): Promise<number> {
  await step(items[0] as T);
  const before = process.cpuUsage();
  for (const item of items) await step(item);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / items.length;
}

const sample = generatedJobs.filter((_, i) => i % Math.ceil(generatedJobs.length / SAMPLE) === 0);
const svgs = await Promise.all(sample.map((job) => cardSvg(job.card)));
const images = svgs.map((svg) => new Resvg(svg, { fitTo: { mode: 'original' } }).render());
const layout = await cpuMs(sample, (job) => cardSvg(job.card));
const paint = await cpuMs(svgs, (svg) => Promise.resolve(new Resvg(svg, { fitTo: { mode: 'original' } }).render()));
const encode = await cpuMs(images, (image) => encodePng(image.pixels, image.width, image.height));
const whole = await cpuMs(sample, (job) => renderCard(job.card));
console.log(`\n== og images: one card on one thread (CPU time, ${sample.length} cards of the generated corpus) ==`);
console.log(`layout (satori)      ${layout.toFixed(1)} ms`);
console.log(`paint (resvg)        ${paint.toFixed(1)} ms`);
console.log(`encode (sharp)       ${encode.toFixed(1)} ms`);
console.log(`whole card           ${whole.toFixed(1)} ms`);

for (const [name, jobs] of [
  ['the 4 seed articles', seedJobs],
  ['1,000 generated articles', generatedJobs],
] as const) {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'bench-og-'));
  try {
    const cold = await startOgRun(jobs, { cacheDir }).done;
    const warm = await startOgRun(jobs, { cacheDir }).done;
    console.log(`\n== og images: ${name} (${availableParallelism()} pool threads, empty cache, then full) ==`);
    console.log(`images               ${cold.images.toLocaleString('en-US')} (${cold.rendered} distinct)`);
    console.log(
      `empty cache          ${cold.seconds.toFixed(1)} s wall, ${cold.msPerImage.toFixed(0)} ms wall per image per thread`,
    );
    console.log(`full cache           ${warm.seconds.toFixed(2)} s, ${warm.rendered} rendered`);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
