/**
 * The site's public address (Astro's `site`): where the built pages will be served, from which
 * every absolute URL is made (canonical links, Open Graph, the feed, the sitemap, JSON-LD).
 * The base path is not part of it: it comes from Astro's `base` and is already in every path
 * that `sitePaths` builds.
 */

/** Where `npm start` serves the site; the address used when `SITE_URL` is not set. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

/** The environment variable that overrides {@link DEFAULT_SITE_URL}. */
export const SITE_URL_VARIABLE = 'SITE_URL';

/**
 * The origin in `value` (`https://news.example.org`), checked: http or https, and nothing after
 * the host, since a path would be silently dropped by every URL made from it (use `--base`).
 * Throws an error that names the variable.
 */
export function parseSiteUrl(value: string, source = SITE_URL_VARIABLE): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`${source}: "${value}" is not a URL; expected an address such as https://news.example.org`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${source}: "${value}" must start with http:// or https://`);
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new Error(
      `${source}: "${value}" must be an origin only (scheme, host, port); set a sub-path with Astro's base (--base /news/)`,
    );
  }
  return url.origin;
}

/** The site's origin from the environment (`SITE_URL`), or {@link DEFAULT_SITE_URL}. */
export function siteUrlFromEnvironment(env: Readonly<Record<string, string | undefined>>): string {
  const value = env[SITE_URL_VARIABLE];
  return value === undefined || value.trim() === '' ? DEFAULT_SITE_URL : parseSiteUrl(value);
}
