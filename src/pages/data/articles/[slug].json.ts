import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedArticle } from '../../../core/publish/published-article.ts';
import type { AnalyzedArticle } from '../../../core/types.ts';
import { getCorpus } from '../../../pipeline/corpus.ts';

/** `/data/articles/<slug>.json`: the design's data contract, one file per article. */
export const getStaticPaths = (() =>
  getCorpus().articles.map((article) => ({
    params: { slug: article.slug },
    props: { article },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: AnalyzedArticle }> = ({ props }) =>
  new Response(JSON.stringify(publishedArticle(props.article)), {
    headers: { 'Content-Type': 'application/json' },
  });
