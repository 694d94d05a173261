import type { EntityType } from '../types.ts';
import { normalizeBase } from './site-paths.ts';

/** The orders of the article list. */
export const DATE_ORDERS = ['newest', 'oldest'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** The orders of the entity list. */
export const ENTITY_SORTS = ['mentions', 'articles', 'name'] as const;
export type EntitySort = (typeof ENTITY_SORTS)[number];

/** The key of the article list's "every outlet" filter; an outlet's own key is never this. */
export const ALL_OUTLETS = 'all';

/**
 * The addresses of the paged lists, under one base path.
 *
 * They cannot collide with an article's or an entity's page whatever the
 * slugs and ids: an article's page is `articles/<slug>/`, one level deep,
 * and every list of articles is two or three levels deep; an entity's pages
 * are `entities/<id>/` and `entities/<id>/mentions/<n>/`, and the entity
 * lists are `entities/<type>/by-<sort>/…`, whose second level is never
 * `mentions`. The whole timeline, numbers and quotes are on
 * `timeline/<n>/`, `claims/<n>/` and `quotes/<n>/` (from 1), below their
 * summaries, which have no other pages.
 */
export interface ListPaths {
  /** Page `page` (1-based) of the articles of one outlet (by its key) or of all, in one date order. */
  articleList(outlet: string | undefined, order: DateOrder, page: number): string;
  /** Page `page` of the entities of one type or of all, in one order. */
  entityList(type: EntityType | undefined, sort: EntitySort, page: number): string;
  /** Page `page` of an entity's mentions in context. */
  entityMentions(id: string, page: number): string;
  /** Page `page` of the whole timeline (`/timeline/` itself is its summary); with `anchor`, that place on it. */
  timelinePage(page: number, anchor?: string): string;
  /** Page `page` of every number (`/claims/` is the summary). */
  claimsPage(page: number, anchor?: string): string;
  /** Page `page` of every quotation (`/quotes/` is the summary). */
  quotesPage(page: number, anchor?: string): string;
}

/** {@link ListPaths} under `base` (with or without slashes). */
export function listPaths(base: string): ListPaths {
  const home = normalizeBase(base);
  const seg = (value: string): string => encodeURIComponent(value);
  const fragment = (anchor: string | undefined): string => (anchor === undefined ? '' : `#${seg(anchor)}`);
  const numbered = (path: string, page: number): string => (page === 1 ? path : `${path}${page}/`);
  return {
    articleList: (outlet, order, page) =>
      outlet === undefined && order === 'newest' && page === 1
        ? `${home}articles/`
        : numbered(`${home}articles/${seg(outlet ?? ALL_OUTLETS)}/${order}/`, page),
    entityList: (type, sort, page) => numbered(`${home}entities/${type ?? 'all'}/by-${sort}/`, page),
    entityMentions: (id, page) => `${home}entities/${seg(id)}/mentions/${page}/`,
    timelinePage: (page, anchor) => `${home}timeline/${page}/${fragment(anchor)}`,
    claimsPage: (page, anchor) => `${home}claims/${page}/${fragment(anchor)}`,
    quotesPage: (page, anchor) => `${home}quotes/${page}/${fragment(anchor)}`,
  };
}
