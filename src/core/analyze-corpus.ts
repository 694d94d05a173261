import type { ArticleCandidates } from './extract/candidate.ts';
import { findCandidates } from './extract/find-candidates.ts';
import { resolveEntities } from './extract/resolve-entities.ts';
import { splitSentences } from './extract/sentences.ts';
import { tokenize } from './extract/tokens.ts';
import type { Knowledge } from './knowledge/knowledge.ts';
import { blockSpans } from './text/block-spans.ts';
import {
  ENTITY_TYPES,
  type AnalyzedArticle,
  type ArticleSlug,
  type CorpusAnalysis,
  type EntitySummary,
  type SourceArticle,
  type Span,
} from './types.ts';

/**
 * The whole extraction: every article's names, resolved to entities across
 * the corpus, with the counts the pages show. Pure: same input, same output.
 */
export function analyzeCorpus(articles: readonly SourceArticle[], knowledge: Knowledge): CorpusAnalysis {
  const ordered = [...articles].sort(
    (a, b) => a.meta.published.localeCompare(b.meta.published) || a.slug.localeCompare(b.slug),
  );
  const layout = new Map<ArticleSlug, { paragraphs: Span[]; sentences: Span[] }>();
  const found = new Map<ArticleSlug, ArticleCandidates>();
  for (const article of ordered) {
    const paragraphs = blockSpans(article.text);
    const sentences = splitSentences(article.text, paragraphs, knowledge.stopWords);
    layout.set(article.slug, { paragraphs, sentences });
    found.set(article.slug, findCandidates(article.text, tokenize(article.text, sentences), knowledge));
  }
  const texts = new Map(ordered.map((a) => [a.slug, a.text]));
  const { entities, mentions } = resolveEntities(found, texts, knowledge);

  const analyzed: AnalyzedArticle[] = ordered.map((article) => ({
    ...article,
    mentions: mentions.get(article.slug) ?? [],
    paragraphs: layout.get(article.slug)?.paragraphs ?? [],
    sentences: layout.get(article.slug)?.sentences ?? [],
  }));

  const summaries = new Map<string, EntitySummary>();
  for (const article of analyzed) {
    for (const mention of article.mentions) {
      const entity = entities.get(mention.entity);
      if (!entity) continue;
      const summary = summaries.get(entity.id) ?? { ...entity, articles: [], mentions: 0 };
      summary.mentions++;
      if (summary.articles.at(-1) !== article.slug) summary.articles.push(article.slug);
      summaries.set(entity.id, summary);
    }
  }
  const sorted = [...summaries.values()].sort(
    (a, b) =>
      ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type) ||
      b.mentions - a.mentions ||
      a.name.localeCompare(b.name),
  );
  return { articles: analyzed, entities: sorted };
}
