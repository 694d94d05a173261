import { sitePaths } from '../core/publish/site-paths.ts';

/** The site's internal addresses under Astro's base; every page and component links through these. */
export const paths = sitePaths(import.meta.env.BASE_URL);
