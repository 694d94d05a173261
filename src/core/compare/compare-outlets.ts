import type { PublishedAnalysis } from '../publish/schemas/analysis/analysis.ts';
import type { CorpusAnalysis } from '../types.ts';
import { outletsOf } from './outlets.ts';
import { coverageOf } from './outlet-coverage/coverage.ts';
import { alignPassages } from './passages/align-passages.ts';

/** The cross-outlet analysis of a corpus: what `/data/analysis.json` publishes and the comparison pages show. */
export type Comparison = PublishedAnalysis;

/**
 * Lines the outlets of an extracted corpus up against each other. Pure: the
 * same corpus gives the same comparison, ids included.
 */
export function compareOutlets(corpus: CorpusAnalysis): Comparison {
  const { passages, repeats } = alignPassages(corpus.articles);
  return {
    outlets: outletsOf(corpus.articles),
    coverage: coverageOf(corpus),
    passages,
    repeats,
    quotes: [],
    quantities: [],
    discrepancies: [],
    events: [],
  };
}
