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
 * The whole extraction: every article's names, resolved to entities across
 * the corpus, with the counts the pages show. Pure: same input, same output.
 */
export function analyzeCorpus(articles: readonly SourceArticle[], knowledge: Knowledge): CorpusAnalysis {
  const ordered = [...articles].sort(
    (a, b) => compareText(a.meta.published, b.meta.published) || compareText(a.slug, b.slug),
  );
  const layout = new Map<ArticleSlug, Span[]>();
  const found = new Map<ArticleSlug, ArticleCandidates>();
  for (const article of ordered) {
    const sentences = splitSentences(article.text, article.paragraphs, knowledge.stopWords);
    layout.set(article.slug, sentences);
    found.set(article.slug, findCandidates(article.text, tokenize(article.text, sentences), knowledge));
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
