import type { SiteUrls } from './site-urls.ts';

/**
 * `robots.txt`: everything may be crawled, and where the sitemap is. Under a base path it is
 * written at `<base>robots.txt`, where crawlers do not look: the host's own must point there.
 */
export function robotsTxt(urls: SiteUrls): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${urls.sitemap}\n`;
}
