import type { PublishedAnalysis } from '../publish/schemas/analysis/analysis.ts';
import type { CorpusAnalysis } from '../types.ts';
import { outletsOf } from './outlets.ts';

/** The cross-outlet analysis of a corpus: what `/data/analysis.json` publishes and the comparison pages show. */
export type Comparison = PublishedAnalysis;

/**
 * Lines the outlets of an extracted corpus up against each other. Pure: the
 * same corpus gives the same comparison, ids included.
 */
export function compareOutlets(corpus: CorpusAnalysis): Comparison {
  return {
    outlets: outletsOf(corpus.articles),
    coverage: [],
    passages: [],
    quotes: [],
    quantities: [],
    discrepancies: [],
    events: [],
  };
}
