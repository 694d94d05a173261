import type { AnalyzedArticle } from '../types.ts';
import { claimsView, type ClaimGroup, type ClaimView, type ClaimsView, type DiscrepancyView } from './claims.ts';
import { cut, listCounts, type Cut, type ListCounts, type PagedItem } from './list-summary.ts';
import { PAGE_LIMITS, type PageLimits } from './paging/page-limits.ts';
import { splitPages, type ItemSlice } from './paging/split-pages.ts';

/** A discrepancy or a heading of numbers, as the pages list them: the discrepancies first. */
export type ClaimSection = { kind: 'discrepancy'; view: DiscrepancyView } | { kind: 'group'; view: ClaimGroup };

/** The part of one section that one page shows. */
export type ClaimSlice<S extends ClaimSection['view']> = Omit<ItemSlice<ClaimSection, ClaimView>, 'item'> & {
  view: S;
};

/** One page of every number: the discrepancies it holds, then the groups of numbers. */
export interface ClaimsPage {
  page: number;
  discrepancies: ClaimSlice<DiscrepancyView>[];
  groups: ClaimSlice<ClaimGroup>[];
}

/** What `/claims/` shows: the first disagreements, the headings with most numbers, the counts. */
export interface ClaimsSummary {
  total: number;
  articles: number;
  discrepancies: Cut<PagedItem<DiscrepancyView>>;
  groups: Cut<PagedItem<ClaimGroup>>;
  /** Numbers under the headings past the cut. */
  otherClaims: number;
  counts: ListCounts;
  pageCount: number;
}

export interface PagedClaims {
  summary: ClaimsSummary;
  pages: ClaimsPage[];
  /** The page holding each discrepancy's and each group's anchor (`d-<n>`, `c-<slug>`). */
  pageOfAnchor: ReadonlyMap<string, number>;
}

/**
 * Every number on pages of at most `claimsPerPage`: the discrepancies
 * first, then the numbers by what they count, a long group running on over
 * the next pages; and the summary that leads into them.
 */
export function pagedClaims(
  analysis: ClaimsInput,
  articles: readonly AnalyzedArticle[],
  limits: PageLimits = PAGE_LIMITS,
): PagedClaims {
  if (limits !== PAGE_LIMITS) return buildPages(claimsView(analysis, articles), articles, limits);
  let known = computed.get(analysis);
  if (!known) computed.set(analysis, (known = buildPages(claimsView(analysis, articles), articles, limits)));
  return known;
}

type ClaimsInput = Parameters<typeof claimsView>[0];

// Every page of the numbers asks for the same pages: computed once per comparison.
const computed = new WeakMap<ClaimsInput, PagedClaims>();

function buildPages(view: ClaimsView, articles: readonly AnalyzedArticle[], limits: PageLimits): PagedClaims {
  const sections: ClaimSection[] = [
    ...view.discrepancies.map((d): ClaimSection => ({ kind: 'discrepancy', view: d })),
    ...view.groups.map((g): ClaimSection => ({ kind: 'group', view: g })),
  ];
  const split = splitPages(sections, (s) => s.view.claims, limits.claimsPerPage);
  const pages = split.pages.map((slices, i): ClaimsPage => {
    const page: ClaimsPage = { page: i + 1, discrepancies: [], groups: [] };
    for (const { item, ...rest } of slices) {
      if (item.kind === 'discrepancy') page.discrepancies.push({ ...rest, view: item.view });
      else page.groups.push({ ...rest, view: item.view });
    }
    return page;
  });
  const pageOf = (index: number): number => split.pageOfItem[index] ?? 1;
  const pageOfAnchor = new Map(sections.map((s, i) => [s.view.id, pageOf(i)]));
  const offset = view.discrepancies.length;
  const groups = view.groups.map((g, i) => ({ view: g, page: pageOf(offset + i) }));
  const shownGroups = cut(groups, limits.summaryRows);
  const bySlug = new Map(articles.map((a) => [a.slug as string, a]));
  const claims = view.groups.flatMap((g) => g.claims);
  return {
    summary: {
      total: view.total,
      articles: new Set(claims.map((c) => c.quantity.article)).size,
      discrepancies: cut(
        view.discrepancies.map((d, i) => ({ view: d, page: pageOf(i) })),
        limits.summaryRows,
      ),
      groups: shownGroups,
      otherClaims: groups.slice(shownGroups.rows.length).reduce((sum, g) => sum + g.view.claims.length, 0),
      counts: listCounts(
        claims.flatMap((c) => bySlug.get(c.quantity.article) ?? []),
        limits,
      ),
      pageCount: pages.length,
    },
    pages,
    pageOfAnchor,
  };
}
