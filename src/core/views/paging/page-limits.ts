/**
 * How much one page of the site holds, whatever the size of the corpus. A
 * list longer than its limit is summarised (the top of it, with counts) and
 * continued on static numbered pages, so that no page grows with the
 * corpus. The figures keep the heaviest page of each type well under 50 KB
 * gzip (`tests/site/page-size.test.ts`, `npm run bench:build`).
 */
export interface PageLimits {
  /** Mentions on one page of an entity's mentions; an entity with no more gets one page with everything. */
  mentionsPerPage: number;
  /** A sentence up to this many characters is shown whole around a mention. */
  wholeSentence: number;
  /** Characters of a longer sentence kept on each side of a mention. */
  contextWindow: number;
  /** Mentions shown in context on an entity's summary page. */
  sampleMentions: number;
  /** Entities listed as named with another. */
  coMentioned: number;
  /** Outlets in a table of counts; the others are summed in one row. */
  outlets: number;
  /** Bars of a chart over time; longer spans take coarser steps. */
  timeBuckets: number;
  /** Articles listed on an entity's summary page, those that mention it most first. */
  entityArticles: number;
  /** Rows of one page of the article list. */
  articlesPerPage: number;
  /** Rows of one page of the entity list. */
  entitiesPerPage: number;
  /** Articles on the home page; the rest are in the article list. */
  homeArticles: number;
  /** Articles drawn one by one on the home page's date axis; more are drawn as counts. */
  axisArticles: number;
  /** Entities of each type on `/entities/`. */
  indexPerType: number;
  /** Characters of an article's first paragraph shown in a list. */
  ledeCharacters: number;
  /** Entities listed beside an article. */
  panelEntities: number;
  /** Outlets linked from the article list's filter. */
  outletFilters: number;
  /** Quotations on an entity's page, the most widely carried first; every one is on the quotes page. */
  entityQuotes: number;
  /** Tellings (one outlet's sentence giving a date) on one page of the timeline. */
  tellingsPerPage: number;
  /** Numbers on one page of the numbers and claims. */
  claimsPerPage: number;
  /** Quotations on one page of the quotes. */
  quotesPerPage: number;
  /** Copies of one quotation listed with it; the others are counted. */
  quoteCopies: number;
  /** Rows of each list on a summary page (the timeline's, the numbers', the quotes'): its top, linked into the pages. */
  summaryRows: number;
}

export const PAGE_LIMITS: PageLimits = {
  mentionsPerPage: 100,
  wholeSentence: 400,
  contextWindow: 160,
  sampleMentions: 8,
  coMentioned: 20,
  outlets: 12,
  timeBuckets: 60,
  entityArticles: 20,
  articlesPerPage: 50,
  entitiesPerPage: 100,
  homeArticles: 20,
  axisArticles: 60,
  indexPerType: 25,
  ledeCharacters: 320,
  panelEntities: 60,
  outletFilters: 30,
  entityQuotes: 10,
  tellingsPerPage: 60,
  claimsPerPage: 80,
  quotesPerPage: 30,
  quoteCopies: 12,
  summaryRows: 20,
};
