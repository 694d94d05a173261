import type { PublishedAnalysis } from '../publish/schemas/analysis/analysis.ts';
import type { CorpusAnalysis } from '../types.ts';
import { outletsOf } from './outlets.ts';
import { compareQuantities } from './quantities/compare-quantities.ts';
import { compareQuotes } from './quotes/compare-quotes.ts';
import { timelineOf } from './timeline/timeline.ts';

/** The cross-outlet analysis of a corpus: what `/data/analysis.json` publishes and the comparison pages show. */
export type Comparison = PublishedAnalysis;

/**
 * Lines the outlets of an extracted corpus up against each other. Pure: the
 * same corpus gives the same comparison, ids included.
 */
export function compareOutlets(corpus: CorpusAnalysis): Comparison {
  const { quantities, discrepancies } = compareQuantities(corpus);
  const { events, timeline } = timelineOf(corpus);
  return {
    outlets: outletsOf(corpus.articles),
    coverage: [],
    passages: [],
    quotes: compareQuotes(corpus),
    quantities,
    discrepancies,
    events,
    timeline,
  };
}
