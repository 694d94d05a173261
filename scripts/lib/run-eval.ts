import { analyzeCorpus } from '../../src/core/analyze/analyze-corpus.ts';
import { evaluate } from '../../src/core/eval/evaluate.ts';
import type { Score } from '../../src/core/eval/score.ts';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';
import { loadGoldSet, type GoldSetName } from './gold-sets.ts';

export interface SetResult {
  name: GoldSetName;
  articles: number;
  goldMentions: number;
  score: Score;
}

/** Runs the extraction over one gold set as a single corpus and scores it. */
export function runEval(name: GoldSetName, root = process.cwd()): SetResult {
  const set = loadGoldSet(name, root);
  const analysis = analyzeCorpus(set.articles, loadKnowledge(root));
  return {
    name,
    articles: set.articles.length,
    goldMentions: set.gold.reduce((n, g) => n + g.mentions.length, 0),
    score: evaluate(set.gold, analysis),
  };
}
