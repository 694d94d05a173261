import { describe, expect, it } from 'vitest';
import { shortfalls } from '../../src/core/eval/quality-bar.ts';
import { GOLD_SETS } from '../../scripts/lib/gold-sets.ts';
import { runEval } from '../../scripts/lib/run-eval.ts';

// The bar the extraction must clear (QUALITY_BAR). Only numbers are reported
// here, never the held-out errors: `npm run eval -- --set tune --errors` shows what to fix.
describe('extraction quality', () => {
  it.each(GOLD_SETS)('%s reaches the entity-level F1 bar', (name) => {
    expect(shortfalls(name, runEval(name).score)).toEqual([]);
  });
});
