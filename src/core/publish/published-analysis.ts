import type { Comparison } from '../compare/compare-outlets.ts';
import type { CorpusAnalysis } from '../types.ts';
import { analysisProblems, publishedAnalysis, type PublishedAnalysis } from './schemas/analysis/analysis.ts';

/**
 * `/data/analysis.json`, validated by its schema and checked against the
 * articles and entities published beside it: a build never publishes an
 * offset, sentence or id that another file does not back.
 */
export function publishedAnalysisFile(comparison: Comparison, corpus: CorpusAnalysis): PublishedAnalysis {
  const parsed = publishedAnalysis.safeParse(comparison);
  const problems = parsed.success
    ? analysisProblems(
        parsed.data,
        new Map(corpus.articles.map((a) => [a.slug, a])),
        new Set(corpus.entities.map((e) => e.id)),
      )
    : parsed.error.issues.map((i) => `${i.path.join('.') || '(analysis)'}: ${i.message}`);
  if (!parsed.success || problems.length > 0)
    throw new Error(
      `the analysis breaks the data contract of /data/analysis.json:\n  ${problems.slice(0, 20).join('\n  ')}`,
    );
  return parsed.data;
}
