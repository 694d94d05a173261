import path from 'node:path';
import { preview } from 'astro';

/** A built site served by `astro preview`. */
export interface PreviewedSite {
  /** The address with the base path, ending in `/`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves a built folder as `astro preview` serves `dist/` (directory
 * indexes, the base path, `404.html` with status 404, the trailing-slash
 * rule), on 127.0.0.1 and a free port. The site's config is not loaded:
 * a built folder needs none, and loading it would analyse the content again.
 */
export async function previewSite(options: { dir: string; base: string; port?: number }): Promise<PreviewedSite> {
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  const root = path.resolve(import.meta.dirname, '../..');
  const server = await preview({
    root,
    configFile: false,
    outDir: path.resolve(root, options.dir),
    base: options.base,
    trailingSlash: 'always',
    build: { format: 'directory' },
    server: { host: '127.0.0.1', port: options.port ?? 0 },
    logLevel: 'error',
  });
  const base = `/${options.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return { url: `http://127.0.0.1:${server.port}${base}`, port: server.port, close: () => server.stop() };
}
