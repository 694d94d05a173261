import type { APIRoute } from 'astro';
import { publishedAnalysisFile } from '../../core/publish/published-analysis.ts';
import { getComparison, getCorpus } from '../../pipeline/corpus.ts';

/** `/data/analysis.json`: the cross-outlet analysis, the design's data contract. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(publishedAnalysisFile(getComparison(), getCorpus())), {
    headers: { 'Content-Type': 'application/json' },
  });
