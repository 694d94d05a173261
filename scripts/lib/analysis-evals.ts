import { analyzeCorpus } from '../../src/core/analyze/analyze-corpus.ts';
import { compareOutlets, type Comparison } from '../../src/core/compare/compare-outlets.ts';
import { alignEntities } from '../../src/core/eval/align.ts';
import type { AnalysisGold } from '../../src/core/eval/analysis-gold.ts';
import { eventsEval } from './events-eval.ts';
import { quantitiesEval } from './quantities-eval.ts';
import { quotesEval } from './quotes-eval.ts';
import type { CorpusAnalysis } from '../../src/core/types.ts';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';
import { loadGoldSet, readAnalysisGold, type AnalysisSetName, type GoldSet } from './gold-sets.ts';

/** What a scorer of one analysis gets for one gold set. */
export interface AnalysisEvalInput {
  set: GoldSet;
  gold: AnalysisGold;
  corpus: CorpusAnalysis;
  comparison: Comparison;
  /** The gold entity id a system entity id stands for (by shared mention spans), or null. */
  goldIdOf(systemEntity: string): string | null;
}

/** One figure of a scorer: a rate with the counts it comes from. */
export interface Metric {
  name: string;
  value: number;
  /** The counts, e.g. "23/25". */
  detail: string;
}

export interface AnalysisScore {
  metrics: Metric[];
  /** One line per error, shown only with `--errors` and never for held-out sets. */
  errors: string[];
}

/** A scorer of one analysis (quotes, quantities, events, passages) and the figures it must reach. */
export interface AnalysisEval {
  name: string;
  score(input: AnalysisEvalInput): AnalysisScore;
  /** Per set, the lowest value each named metric may have; the unit tests fail below it. */
  bars: Partial<Record<AnalysisSetName, Record<string, number>>>;
}

/** Every analysis scorer, in the order `npm run eval` prints them. */
export const ANALYSIS_EVALS: AnalysisEval[] = [quotesEval, quantitiesEval, eventsEval];

export interface AnalysisEvalResult {
  eval: string;
  score: AnalysisScore;
  /** Metrics below their bar, one line each; empty when every bar is met. */
  shortfalls: string[];
}

/** Runs the extraction and the comparison over one set and every scorer on the result. */
export function runAnalysisEvals(name: AnalysisSetName, root = process.cwd()): AnalysisEvalResult[] {
  const set = loadGoldSet(name, root);
  const gold = readAnalysisGold(name, set, root);
  const corpus = analyzeCorpus(set.articles, loadKnowledge(root));
  const comparison = compareOutlets(corpus);
  const alignment = alignEntities(
    set.gold.map((g) => ({
      gold: g.mentions,
      system: corpus.articles.find((a) => a.slug === g.slug)?.mentions ?? [],
    })),
  );
  const input: AnalysisEvalInput = {
    set,
    gold,
    corpus,
    comparison,
    goldIdOf: (id) => alignment.get(id) ?? null,
  };
  return ANALYSIS_EVALS.map((e) => {
    const score = e.score(input);
    const bars = e.bars[name] ?? {};
    const shortfalls = Object.entries(bars).flatMap(([metric, bar]) => {
      const value = score.metrics.find((m) => m.name === metric)?.value;
      return value === undefined
        ? [`${name}: ${e.name} has no metric "${metric}"`]
        : value < bar
          ? [`${name}: ${e.name} ${metric} ${value.toFixed(3)} < ${bar}`]
          : [];
    });
    return { eval: e.name, score, shortfalls };
  });
}
