import type { Discrepancy } from '../../publish/schemas/analysis/quantities.ts';
import type { CorpusAnalysis } from '../../types.ts';
import type { FoundQuantity } from './find-quantities.ts';

export function findDiscrepancies(_found: readonly FoundQuantity[], _corpus: CorpusAnalysis): Discrepancy[] {
  return [];
}
