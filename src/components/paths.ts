import { listPaths } from '../core/publish/list-paths.ts';
import { sitePaths } from '../core/publish/site-paths.ts';

/** The site's internal addresses under Astro's base; every page and component links through these. */
export const paths = sitePaths(import.meta.env.BASE_URL);

/** The addresses of the paged lists and of the pages of an entity's mentions, under the same base. */
export const lists = listPaths(import.meta.env.BASE_URL);
