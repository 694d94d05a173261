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
  // The seeds and stories-tune were read while writing the rules, so their bars sit near what is reached;
  // the held-out stories are held to the target of 0.9 for the date value.
  bars: {
    seeds: { precision: 0.95, recall: 0.95, 'date value': 0.95, 'relative flag': 0.95 },
    'stories-tune': { precision: 0.9, recall: 0.9, 'date value': 0.95, 'relative flag': 0.9 },
    'stories-heldout': { precision: 0.8, recall: 0.8, 'date value': 0.9, 'relative flag': 0.85 },
  },
};
