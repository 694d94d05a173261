import { siteUrls } from '../core/publish/site-urls.ts';

/** The site's absolute addresses (Astro's `site` and `base`), for what leaves the site: feeds, cards, JSON-LD. */
export const urls = siteUrls(import.meta.env.SITE, import.meta.env.BASE_URL);
