import type { ListPaths } from '../publish/list-paths.ts';
import { entityArticleAnchor, type SitePaths } from '../publish/site-paths.ts';
import type { ArticleSlug, CorpusAnalysis, EntityId, EntitySummary } from '../types.ts';
import { entityIndex } from './article-entities.ts';
import { clipSegments } from './clip-context.ts';
import { coOccurrences, type CoOccurrence } from './co-occurrence.ts';
import {
  countsByOutlet,
  mentionsOverTime,
  mentionsPerArticle,
  topArticles,
  type ArticleCount,
  type OutletCounts,
} from './entity-counts.ts';
import { contextsOf, entitySentences, type ArticleContexts, type SentenceRef } from './mention-contexts.ts';
import type { Cut } from './list-summary.ts';
import { mentionPages, type MentionPages } from './mention-pages.ts';
import { PAGE_LIMITS, type PageLimits } from './paging/page-limits.ts';
import { evenSample } from './paging/sample.ts';
import type { TimeSeries } from './time-series.ts';

export type { Cut } from './list-summary.ts';

/** A mention shown on an entity's summary page, with the page of mentions that holds it. */
export interface SampleSentence {
  sentence: SentenceRef;
  page: number;
}

/**
 * What an entity's page shows. A small entity (its mentions fit on one
 * page) shows every mention itself, as `mentions.pages[0]`; a larger one is
 * a summary (counts, a sample, the top of each list) and its mentions are on
 * the pages of `mentions`.
 */
export interface EntityView {
  entity: EntitySummary;
  mentions: MentionPages;
  paged: boolean;
  byOutlet: OutletCounts;
  overTime: TimeSeries;
  together: Cut<CoOccurrence>;
  articles: Cut<ArticleCount>;
  /** On a summary page, mentions spread over the corpus; empty when every mention is shown. */
  sample: SampleSentence[];
}

const views = new WeakMap<CorpusAnalysis, Map<EntityId, EntityView>>();

/** The view of one entity's page, computed once per corpus and entity (its mention pages read it too). */
export function entityView(
  corpus: CorpusAnalysis,
  entity: EntitySummary,
  limits: PageLimits = PAGE_LIMITS,
): EntityView {
  let cache = views.get(corpus);
  if (!cache) views.set(corpus, (cache = new Map<EntityId, EntityView>()));
  const known = cache.get(entity.id);
  if (known && limits === PAGE_LIMITS) return known;
  const view = buildView(corpus, entity, limits);
  if (limits === PAGE_LIMITS) cache.set(entity.id, view);
  return view;
}

function buildView(corpus: CorpusAnalysis, entity: EntitySummary, limits: PageLimits): EntityView {
  const sentences = entitySentences(corpus.articles).get(entity.id) ?? [];
  const mentions = mentionPages(sentences, limits.mentionsPerPage);
  const paged = mentions.pages.length > 1;
  const perArticle = mentionsPerArticle(sentences);
  const together = coOccurrences(corpus.articles, entityIndex(corpus.entities), entity.id);
  return {
    entity,
    mentions,
    paged,
    byOutlet: countsByOutlet(perArticle, limits.outlets),
    overTime: mentionsOverTime(perArticle, limits.timeBuckets),
    together: { rows: together.slice(0, limits.coMentioned), total: together.length },
    articles: {
      rows: paged ? topArticles(perArticle, limits.entityArticles) : perArticle,
      total: perArticle.length,
    },
    sample: paged
      ? evenSample(sentences, limits.sampleMentions).map((sentence) => ({
          sentence,
          page: mentions.pageOfSentence.get(sentence) ?? 1,
        }))
      : [],
  };
}

/** Sentences as a page shows them: grouped by article, long ones cut around their mentions. */
export function shownContexts(sentences: readonly SentenceRef[], limits: PageLimits = PAGE_LIMITS): ArticleContexts[] {
  return contextsOf(sentences).map((group) => ({
    article: group.article,
    sentences: group.sentences.map((context) => ({
      sentence: context.sentence,
      segments: clipSegments(context.segments, { whole: limits.wholeSentence, window: limits.contextWindow }),
    })),
  }));
}

/**
 * Where the mentions of `entity` in one article are listed: its page's section for the article, or,
 * once its mentions are paged, that section on the page of mentions that holds the article.
 */
export function entityInArticleHref(
  corpus: CorpusAnalysis,
  entity: EntitySummary,
  slug: ArticleSlug | string,
  paths: SitePaths,
  lists: ListPaths,
): string {
  const view = entityView(corpus, entity);
  const page = view.paged ? view.mentions.pageOfArticle.get(slug as ArticleSlug) : undefined;
  return page === undefined
    ? paths.entityInArticle(entity.id, slug)
    : `${lists.entityMentions(entity.id, page)}#${entityArticleAnchor(encodeURIComponent(slug))}`;
}
