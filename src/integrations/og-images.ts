import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { OgImageJob } from '../core/publish/og-cards.ts';
import { normalizeBase } from '../core/publish/site-paths.ts';
import { ogCacheDir } from '../og/og-cache.ts';
import { renderCard } from '../og/render-card.ts';
import { startOgRun, type OgRun } from '../og/render-og-images.ts';

/** The cards of the build, handed in by the config (the corpus is the config's). */
export interface OgImagesSource {
  jobs: () => OgImageJob[];
}

/**
 * The Open Graph images (`/og/…png`). `astro build`: rendering starts with the build, in worker
 * threads, and the PNGs are written into the output when it is done. `astro dev`: each image is
 * rendered when asked for.
 */
export function ogImagesIntegration(source: OgImagesSource): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let run: OgRun | undefined;
  return {
    name: 'newsroom:og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = normalizeBase(config.base);
      },
      'astro:build:start': () => {
        run = startOgRun(source.jobs(), { cacheDir: ogCacheDir(root) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (run === undefined) throw new Error('og images: the build ended before it started');
        const stats = await run.writeTo(fileURLToPath(dir));
        logger.info(
          `${stats.images} images, ${stats.rendered} rendered (${stats.msPerImage.toFixed(0)} ms each on ` +
            `${stats.threads} threads), ${stats.cached} from the cache, in ${stats.seconds.toFixed(1)} s`,
        );
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://dev.invalid').pathname;
          const file = pathname.startsWith(base) ? decodeURIComponent(pathname.slice(base.length)) : '';
          const job = file.startsWith('og/') ? source.jobs().find((candidate) => candidate.file === file) : undefined;
          if (job === undefined) {
            next();
            return;
          }
          renderCard(job.card).then(
            (png) => {
              response.setHeader('Content-Type', 'image/png');
              response.end(png);
            },
            (error: unknown) => next(error),
          );
        });
      },
    },
  };
}
