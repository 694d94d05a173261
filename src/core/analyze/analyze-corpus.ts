import type { ArticleCandidates } from '../extract/candidate.ts';
import { findCandidates } from '../extract/find-candidates.ts';
import { resolveEntities } from '../extract/resolve-entities.ts';
import { summarizeEntities } from './summarize-entities.ts';
import { describePeople } from '../describe/describe-people.ts';
import { splitSentences } from '../extract/sentences.ts';
import { tokenize } from '../extract/tokens.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import {
  type AnalyzedArticle,
  type ArticleSlug,
  type CorpusAnalysis,
  type SourceArticle,
  type Span,
} from '../types.ts';
import { compareText } from '../compare-text.ts';

/**
 * What one article yields on its own, before the corpus is resolved: its
 * sentences and its candidate names. Plain data (it goes through worker
 * messages and a JSON disk cache), and a function of the article and the
 * knowledge alone, so it can be computed in any thread, in any order.
 */
export interface ArticleExtraction {
  sentences: Span[];
  candidates: ArticleCandidates;
}

/** The per-article step of the extraction. */
export function extractArticle(article: SourceArticle, knowledge: Knowledge): ArticleExtraction {
  const sentences = splitSentences(article.text, article.paragraphs, knowledge.stopWords);
  return { sentences, candidates: findCandidates(article.text, tokenize(article.text, sentences), knowledge) };
}

/** Articles in the analysis' order: by date, then slug. */
function inCorpusOrder(articles: readonly SourceArticle[]): SourceArticle[] {
  return [...articles].sort((a, b) => compareText(a.meta.published, b.meta.published) || compareText(a.slug, b.slug));
}

/**
 * The corpus-wide step: every article's candidates resolved to entities
 * across the corpus, with the counts the pages show. It reads the
 * extractions in the corpus order whatever order they were computed in, so
 * the result depends only on the articles and the knowledge.
 */
export function resolveCorpus(
  articles: readonly SourceArticle[],
  extractions: ReadonlyMap<ArticleSlug, ArticleExtraction>,
  knowledge: Knowledge,
): CorpusAnalysis {
  const ordered = inCorpusOrder(articles);
  const layout = new Map<ArticleSlug, Span[]>();
  const found = new Map<ArticleSlug, ArticleCandidates>();
  for (const article of ordered) {
    const extraction = extractions.get(article.slug);
    if (!extraction) throw new Error(`resolveCorpus: no extraction for ${article.slug}`);
    layout.set(article.slug, extraction.sentences);
    found.set(article.slug, extraction.candidates);
  }
  const texts = new Map(ordered.map((a) => [a.slug, a.text]));
  const { entities, mentions } = resolveEntities(found, texts, knowledge);

  const analyzed: AnalyzedArticle[] = ordered.map((article) => ({
    ...article,
    mentions: mentions.get(article.slug) ?? [],
    sentences: layout.get(article.slug) ?? [],
  }));

  const sorted = summarizeEntities(analyzed, (m) => entities.get(m.entity));
  // The knowledge file's line wins; a person it does not know is described by the role the text gives them.
  const roles = describePeople(analyzed, knowledge);
  const described = sorted.map((entity) => {
    const role = entity.type === 'person' && !entity.description ? roles.get(entity.id) : undefined;
    return role ? { ...entity, description: role } : entity;
  });
  return { articles: analyzed, entities: described };
}

/**
 * The whole extraction in one thread: every article's names, resolved to
 * entities across the corpus. Pure: same input, same output.
 */
export function analyzeCorpus(articles: readonly SourceArticle[], knowledge: Knowledge): CorpusAnalysis {
  const extractions = new Map(articles.map((a) => [a.slug, extractArticle(a, knowledge)]));
  return resolveCorpus(articles, extractions, knowledge);
}
