import { describe, expect, it } from 'vitest';
import { ANALYSIS_EVALS, runAnalysisEvals } from '../../scripts/lib/analysis-evals.ts';
import { ANALYSIS_SETS } from '../../scripts/lib/gold-sets.ts';

// The bars of every analysis (each scorer's `bars`) on every set with analysis gold. Only numbers are
// reported here, never held-out errors.
describe('analysis quality', () => {
  it.each(ANALYSIS_SETS)('%s reaches every analysis bar', (name) => {
    const results = runAnalysisEvals(name);
    expect(results.map((r) => r.eval)).toEqual(ANALYSIS_EVALS.map((e) => e.name));
    expect(results.flatMap((r) => r.shortfalls)).toEqual([]);
  });
});
