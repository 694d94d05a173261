/**
 * Every card of a build, rendered off the main thread: cache misses go to a pool of worker
 * threads (tinypool) while Astro renders the pages, and the PNGs are copied from the cache into
 * the build at the end.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Tinypool } from 'tinypool';
import type { OgImageJob } from '../core/publish/og-cards.ts';
import { cachePath, pruneCache } from './og-cache.ts';
import type { OgTask } from './og-worker.ts';

/** What a run did, for the build log and the benchmark. */
export interface OgRunStats {
  images: number;
  /** Distinct cards rendered in this run (cache misses). */
  rendered: number;
  /** Images whose card was already in the cache. */
  cached: number;
  /** Pool threads used (0 when nothing had to be rendered). */
  threads: number;
  /** Wall-clock seconds from the start of the run until every card was in the cache. */
  seconds: number;
  /** Milliseconds a thread spent on each rendered card, on average. */
  msPerImage: number;
}

/** A run in progress: the cache is being filled; `writeTo` copies the images into a build. */
export interface OgRun {
  done: Promise<OgRunStats>;
  writeTo(outDir: string): Promise<OgRunStats>;
}

export interface OgRunOptions {
  cacheDir: string;
  /** Pool size; by default one thread per core (the main thread mostly waits on Astro's I/O). */
  threads?: number;
}

/** Starts rendering the cache misses among `jobs`; resolves once all are in the cache. */
export function startOgRun(jobs: readonly OgImageJob[], options: OgRunOptions): OgRun {
  const start = performance.now();
  mkdirSync(options.cacheDir, { recursive: true });
  const sources = jobs.map((job) => ({
    file: job.file,
    cached: cachePath(options.cacheDir, job.card),
    card: job.card,
  }));
  const misses = new Map<string, OgTask>();
  for (const source of sources) {
    if (!misses.has(source.cached) && !existsSync(source.cached))
      misses.set(source.cached, { card: source.card, file: source.cached });
  }

  const done = (async (): Promise<OgRunStats> => {
    const threads =
      misses.size === 0 ? 0 : Math.max(1, Math.min(options.threads ?? availableParallelism(), misses.size));
    let busy = 0;
    if (threads > 0) {
      const pool = new Tinypool({
        filename: new URL('./og-worker.ts', import.meta.url).href,
        minThreads: threads,
        maxThreads: threads,
      });
      try {
        const times = await Promise.all([...misses.values()].map((task) => pool.run(task) as Promise<number>));
        busy = times.reduce((sum, ms) => sum + ms, 0);
      } finally {
        await pool.destroy();
      }
    }
    pruneCache(options.cacheDir, new Set(sources.map((source) => source.cached)));
    return {
      images: sources.length,
      rendered: misses.size,
      cached: sources.length - sources.filter((source) => misses.has(source.cached)).length,
      threads,
      seconds: (performance.now() - start) / 1000,
      msPerImage: misses.size === 0 ? 0 : busy / misses.size,
    };
  })();
  // Awaited by writeTo; until then a failure must not count as an unhandled rejection.
  done.catch(() => undefined);

  return {
    done,
    writeTo: async (outDir) => {
      const stats = await done;
      for (const source of sources) {
        const target = path.join(outDir, source.file);
        mkdirSync(path.dirname(target), { recursive: true });
        copyFileSync(source.cached, target);
      }
      return stats;
    },
  };
}
