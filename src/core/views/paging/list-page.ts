import { pagesOf } from './pages.ts';

/** One static page of a paged list: where it stands among the list's pages, and its rows. */
export interface ListPage<Row> {
  /** 1-based. */
  page: number;
  pageCount: number;
  /** Rows in the whole list (all its pages). */
  total: number;
  rows: Row[];
}

/** A list cut into pages of `perPage` rows, each knowing its place; an empty list has one empty page. */
export function listPages<Row>(rows: readonly Row[], perPage: number): ListPage<Row>[] {
  const pages = pagesOf(rows, perPage);
  return pages.map((pageRows, i) => ({ page: i + 1, pageCount: pages.length, total: rows.length, rows: pageRows }));
}

/** The `[...page]` parameter of a page's route: none for the first (the list's own address), else its number. */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : String(page);
}

/**
 * The static routes of a family of paged lists (`getStaticPaths`): each
 * page's parameters (`params` names the list, the page number comes last)
 * and the page itself as its only prop.
 */
export function pagedRoutes<List extends { page: number }, Params extends Record<string, string>>(
  lists: readonly List[],
  params: (list: List) => Params,
): { params: Params & { page: string | undefined }; props: { list: List } }[] {
  return lists.map((list) => ({ params: { ...params(list), page: pageParam(list.page) }, props: { list } }));
}

/** Said after a list's summary: ", page 2 of 5"; nothing for a list of one page. */
export function pageNote(list: Pick<ListPage<unknown>, 'page' | 'pageCount'>): string {
  return list.pageCount > 1 ? `, page ${list.page} of ${list.pageCount}` : '';
}

/** A page's title: the list's, with the page number after the first page ("People, page 3"). */
export function pagedTitle(title: string, page: number): string {
  return page > 1 ? `${title}, page ${page}` : title;
}
