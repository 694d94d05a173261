import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { DIST_NEWS, NEWS_BASE, buildSite, requireDist, sourceDigest } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** {@link sourceDigest} just before `dist-news/` was built. */
    sourceBeforeBuild: string;
  }
}

/**
 * Builds `dist-news/` once per run, always fresh: a stale sub-path build would check yesterday's
 * links. `dist/` is the build step's; it is only required to exist.
 */
export default function setup(project: TestProject): void {
  requireDist();
  project.provide('sourceBeforeBuild', sourceDigest());
  rmSync(DIST_NEWS, { recursive: true, force: true });
  buildSite(DIST_NEWS, NEWS_BASE);
}
