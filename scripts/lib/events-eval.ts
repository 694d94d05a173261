import { scoreEvents, type Share } from '../../src/core/eval/events-score.ts';
import type { AnalysisEval, Metric } from './analysis-evals.ts';

const rate = (name: string, s: Share): Metric => ({ name, value: s.value, detail: `${s.right}/${s.of}` });

/**
 * The timeline's events against the gold events: detection by span
 * overlap, then over the matched events the date value (date and precision
 * exactly as gold) and the relative flag. The target is a date
 * value accuracy of at least 0.9 on the held-out stories.
 */
export const eventsEval: AnalysisEval = {
  name: 'events',
  score: ({ gold, comparison }) => {
    const score = scoreEvents(gold.events, comparison.events);
    const { detection: d } = score;
    return {
      metrics: [
        { name: 'precision', value: d.precision, detail: `${d.tp}/${d.tp + d.fp}` },
        { name: 'recall', value: d.recall, detail: `${d.tp}/${d.tp + d.fn}` },
        { name: 'f1', value: d.f1, detail: '' },
        rate('date value', score.dateValue),
        rate('relative flag', score.relative),
        rate('surface exact', score.surface),
      ],
      errors: score.errors,
    };
  },
  bars: {},
};
