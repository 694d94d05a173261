/**
 * Two builds of the same source are identical, byte for byte. To stay cheap this builds once:
 * the global set-up has just built `dist-news/` from the same source, and this test builds the
 * same configuration (base `/news/`) again into a temporary folder and compares every file.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { differences, digests } from '../../scripts/checks/compare-builds.ts';
import { DIST_NEWS, NEWS_BASE, ROOT, buildSite, sourceDigest } from './site.ts';

// Inside the repository (tmp/ is ignored by git) so the build resolves node_modules as usual.
mkdirSync(path.join(ROOT, 'tmp'), { recursive: true });
const again = mkdtempSync(path.join(ROOT, 'tmp', 'determinism-'));
afterAll(() => rmSync(again, { recursive: true, force: true }));

it('builds the same bytes twice', () => {
  buildSite(again, NEWS_BASE);
  // Differences from an edit made between the two builds would be blamed on the build.
  expect(sourceDigest(), 'src/, content/, public/ or the config changed during the test: run it again').toBe(
    inject('sourceBeforeBuild'),
  );
  const first = digests(DIST_NEWS);
  expect(first.size).toBeGreaterThan(0);
  const found = differences(first, digests(again), (file) => [
    readFileSync(path.join(DIST_NEWS, file)),
    readFileSync(path.join(again, file)),
  ]);
  expect(found, `${found.length} files differ between two builds:\n${found.join('\n')}`).toEqual([]);
});
