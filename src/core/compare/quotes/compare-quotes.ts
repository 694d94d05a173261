import type { Quote } from '../../publish/schemas/analysis/quotes.ts';
import type { CorpusAnalysis } from '../../types.ts';
import { findArticleQuotes } from './find-quotes.ts';
import { groupQuotes } from './group-quotes.ts';
import type { GivenNames } from './given-names.ts';

/**
 * The quotes of a corpus as `/data/analysis.json` publishes them: every
 * direct quotation with its speaker, one item per quotation however many
 * outlets carry it. Pure: the same corpus gives the same quotes and ids.
 */
export function compareQuotes(corpus: CorpusAnalysis, names?: GivenNames): Quote[] {
  return groupQuotes(findArticleQuotes(corpus, names));
}
