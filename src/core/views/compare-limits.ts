/**
 * How much of the comparison one page shows. Every list on `/compare/` is
 * cut to its limit, so the page stays the same size however many articles,
 * entities or passages the corpus has; what is left out is counted, and is
 * in `/data/analysis.json` whole.
 */
export interface CompareLimits {
  /** Rows of the coverage matrix: the entities named by the most outlets. */
  entities: number;
  /** Columns of the matrix: the outlets with the most articles. */
  outlets: number;
  /** Entities under each of "only in one outlet" and "left out by one outlet". */
  gaps: number;
  /** Rows of the table of what each article shares. */
  articles: number;
  /** Passages listed, those in the most articles first. */
  passages: number;
  /** Sentences shown in each passage. */
  sentencesPerPassage: number;
}

export const COMPARE_LIMITS: CompareLimits = {
  entities: 30,
  outlets: 8,
  gaps: 15,
  articles: 40,
  passages: 30,
  sentencesPerPassage: 6,
};
