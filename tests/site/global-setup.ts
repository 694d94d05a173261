import { rmSync } from 'node:fs';
import { DIST_NEWS, NEWS_BASE, buildSite, requireDist } from './site.ts';

/**
 * Builds `dist-news/` once per run, always fresh: a stale sub-path build would check yesterday's
 * links. `dist/` is the build step's; it is only required to exist.
 */
export default function setup(): void {
  requireDist();
  rmSync(DIST_NEWS, { recursive: true, force: true });
  buildSite(DIST_NEWS, NEWS_BASE);
}
