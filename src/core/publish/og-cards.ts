/**
 * What each Open Graph image shows, as plain data: one card per article, one per entity and one
 * for the site (the other pages). The renderer (`src/og/`) draws a card; the cache keys on it,
 * so everything a card shows must be in it and nothing else.
 */
import { format, parseISO } from 'date-fns';
import type { AnalyzedArticle, CorpusAnalysis, EntitySummary, EntityType } from '../types.ts';
import { TYPE_LABELS, countLabel } from '../views/type-labels.ts';
import { sitePaths } from './site-paths.ts';

/** The size every card is drawn at: the 1.91:1 that Open Graph and Twitter's large card use. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export interface ArticleCard {
  kind: 'article';
  site: string;
  headline: string;
  outlet: string;
  /** As the pages write it: "20 December 2018". */
  date: string;
  /** "48 mentions · 21 entities" */
  counts: string;
}

export interface EntityCard {
  kind: 'entity';
  site: string;
  name: string;
  type: EntityType;
  /** "Threat-actor group"-style label of the type, as the pages name it. */
  typeLabel: string;
  description?: string | undefined;
  /** "7 mentions in 2 articles" */
  counts: string;
}

export interface SiteCard {
  kind: 'site';
  site: string;
  tagline: string;
  /** "4 articles · 3 outlets · 57 entities" */
  counts: string;
}

export type OgCard = ArticleCard | EntityCard | SiteCard;

/** One image to make: where it goes in the built site, and what it shows. */
export interface OgImageJob {
  /** Relative to the build folder, without the base: `og/articles/<slug>.png`. */
  file: string;
  card: OgCard;
}

const ROOT_PATHS = sitePaths('/');
const fileOf = (path: string): string => path.replace(/^\/+/, '');

export function articleCard(article: AnalyzedArticle, site: string): ArticleCard {
  const entities = new Set(article.mentions.map((m) => m.entity)).size;
  return {
    kind: 'article',
    site,
    headline: article.meta.title,
    outlet: article.meta.outlet,
    date: format(parseISO(article.meta.published), 'd MMMM yyyy'),
    counts: `${countLabel(article.mentions.length, 'mention')} · ${countLabel(entities, 'entity', 'entities')}`,
  };
}

export function entityCard(entity: EntitySummary, site: string): EntityCard {
  const label = TYPE_LABELS[entity.type].singular;
  return {
    kind: 'entity',
    site,
    name: entity.name,
    type: entity.type,
    typeLabel: label.charAt(0).toUpperCase() + label.slice(1),
    description: entity.description,
    counts: `${countLabel(entity.mentions, 'mention')} in ${countLabel(entity.articles.length, 'article')}`,
  };
}

export function siteCard(corpus: CorpusAnalysis, site: string, tagline: string): SiteCard {
  const outlets = new Set(corpus.articles.map((a) => a.meta.outlet)).size;
  return {
    kind: 'site',
    site,
    tagline,
    counts: [
      countLabel(corpus.articles.length, 'article'),
      countLabel(outlets, 'outlet'),
      countLabel(corpus.entities.length, 'entity', 'entities'),
    ].join(' · '),
  };
}

/** Every image of a build: the site card, then one per article and one per entity. */
export function ogImageJobs(corpus: CorpusAnalysis, site: string, tagline: string): OgImageJob[] {
  return [
    { file: fileOf(ROOT_PATHS.ogImage()), card: siteCard(corpus, site, tagline) },
    ...corpus.articles.map((article) => ({
      file: fileOf(ROOT_PATHS.ogImage({ article: article.slug })),
      card: articleCard(article, site),
    })),
    ...corpus.entities.map((entity) => ({
      file: fileOf(ROOT_PATHS.ogImage({ entity: entity.id })),
      card: entityCard(entity, site),
    })),
  ];
}

/** The image's text alternative (`og:image:alt`): what the card says, in one line. */
export function ogImageAlt(card: OgCard): string {
  switch (card.kind) {
    case 'article':
      return `${card.headline} — ${card.outlet}, ${card.date}; ${card.counts}. ${card.site}`;
    case 'entity':
      return `${card.name}, ${card.typeLabel.toLowerCase()}: ${card.counts}. ${card.site}`;
    case 'site':
      return `${card.site}: ${card.tagline} ${card.counts}.`;
  }
}
