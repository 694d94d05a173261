/**
 * The card renderer and its cache: PNGs of 1200×630 with the same bytes for the same card, text
 * the fonts cannot draw left out, and a second run over the same cards rendering nothing.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OgCard, OgImageJob } from '../../src/core/publish/og-cards.ts';
import { drawableText, mergeRanges, parseUnicodeRange } from '../../src/og/card-fonts.ts';
import { cachePath, pruneCache } from '../../src/og/og-cache.ts';
import { renderCard } from '../../src/og/render-card.ts';
import { startOgRun } from '../../src/og/render-og-images.ts';
import { pngSize } from '../../scripts/checks/png-size.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'og-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const article: OgCard = {
  kind: 'article',
  site: 'Site',
  headline: 'A headline long enough to wrap onto a second line of the card, and a third, and maybe more than that',
  outlet: 'The Wire',
  date: '20 December 2018',
  counts: '3 mentions · 2 entities',
};
const entity: OgCard = {
  kind: 'entity',
  site: 'Site',
  name: 'Example Group',
  type: 'group',
  typeLabel: 'Group',
  counts: '1 mention in 1 article',
};

describe('renderCard', () => {
  it('draws a 1200×630 PNG, the same bytes every time', async () => {
    const png = await renderCard(article);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect((await renderCard(article)).equals(png)).toBe(true);
    expect((await renderCard({ ...article, headline: 'Another headline' })).equals(png)).toBe(false);
  });
});

describe('drawableText', () => {
  it('keeps Latin, Cyrillic, Greek, Devanagari and Arabic, and leaves out emoji and scripts the fonts lack', () => {
    expect(drawableText('Café Zoë — Паромы, Ελληνικά, सेवाएँ, عادت')).toBe('Café Zoë — Паромы, Ελληνικά, सेवाएँ, عادت');
    expect(drawableText('渡轮恢复运营 — Паромы вернулись 🚢')).toBe('Паромы вернулись');
    expect(drawableText('Ferry 👩‍👩‍👧 docks')).toBe('Ferry docks');
  });

  it('reads and merges unicode ranges', () => {
    expect(parseUnicodeRange('U+0000-00FF,U+0131')).toEqual([
      [0, 255],
      [305, 305],
    ]);
    expect(
      mergeRanges([
        [100, 110],
        [0, 255],
        [256, 300],
        [400, 410],
      ]),
    ).toEqual([
      [0, 300],
      [400, 410],
    ]);
  });
});

describe('startOgRun', () => {
  const jobs: OgImageJob[] = [
    { file: 'og/articles/a.png', card: article },
    { file: 'og/entities/b.png', card: entity },
    // The same card twice is rendered once.
    { file: 'og/articles/c.png', card: article },
  ];

  it('renders the misses in worker threads, then only what changed', async () => {
    const cacheDir = path.join(scratch, 'cache');
    const out = path.join(scratch, 'out');
    const first = await startOgRun(jobs, { cacheDir, threads: 1 }).writeTo(out);
    expect(first).toMatchObject({ images: 3, rendered: 2, cached: 0 });
    for (const job of jobs)
      expect(pngSize(readFileSync(path.join(out, job.file)))).toEqual({ width: 1200, height: 630 });
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.part'))).toEqual([]);

    const again = await startOgRun(jobs, { cacheDir }).writeTo(path.join(scratch, 'out2'));
    expect(again).toMatchObject({ images: 3, rendered: 0, cached: 3, threads: 0 });
    expect(
      readFileSync(path.join(scratch, 'out2', jobs[0]!.file)).equals(readFileSync(path.join(out, jobs[0]!.file))),
    ).toBe(true);

    const edited = [{ file: 'og/entities/b.png', card: { ...entity, counts: '2 mentions in 1 article' } }];
    expect((await startOgRun(edited, { cacheDir }).done).rendered).toBe(1);
  }, 120_000);

  it('deletes cache entries no build has used for 30 days', () => {
    const cacheDir = path.join(scratch, 'prune');
    mkdirSync(cacheDir, { recursive: true });
    const used = cachePath(cacheDir, article);
    const stale = path.join(cacheDir, 'stale.png');
    for (const file of [used, stale]) writeFileSync(file, 'x');
    const old = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    for (const file of [used, stale]) utimesSync(file, old, old);
    expect(pruneCache(cacheDir, [used])).toBe(1);
    expect(existsSync(used)).toBe(true);
    expect(existsSync(stale)).toBe(false);
  });
});
