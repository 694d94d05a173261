/**
 * What each kind of page puts in its head beyond its title and description: its `og:type`, its
 * card, the article facts and its JSON-LD. Pages pass the result to the layout.
 */
import type { AnalyzedArticle, CorpusAnalysis, Entity, EntityId, EntitySummary } from '../types.ts';
import { bylineNames } from './byline-names.ts';
import { articleJsonLd, entityJsonLd, siteJsonLd } from './json-ld.ts';
import { articleCard, entityCard, ogImageAlt, siteCard } from './og-cards.ts';
import type { ArticleFacts, PageImage, PageMeta } from './page-meta.ts';
import { SITE_DESCRIPTION, SITE_NAME } from './site-identity.ts';
import type { SiteUrls } from './site-urls.ts';

/** A page's own part of its head; the layout adds the title, description and canonical URL. */
export interface PageHead {
  type: PageMeta['type'];
  image: PageImage;
  article?: ArticleFacts | undefined;
  /** The page's structured data, if it has any. */
  jsonLd?: object | undefined;
  /** The 404 page: no canonical address, and not to be indexed. */
  noindex?: boolean | undefined;
}

/** The site's card: the picture of every page that has none of its own. */
export function siteImage(corpus: CorpusAnalysis, urls: SiteUrls): PageImage {
  return { url: urls.ogImage(), alt: ogImageAlt(siteCard(corpus, SITE_NAME, SITE_DESCRIPTION)) };
}

/** Any page without a card of its own. */
export function plainHead(corpus: CorpusAnalysis, urls: SiteUrls, noindex = false): PageHead {
  return { type: 'website', image: siteImage(corpus, urls), ...(noindex ? { noindex } : {}) };
}

/** The home page: the site card and the WebSite structured data. */
export function homeHead(corpus: CorpusAnalysis, urls: SiteUrls): PageHead {
  return { ...plainHead(corpus, urls), jsonLd: siteJsonLd(SITE_NAME, SITE_DESCRIPTION, urls) };
}

export function articleHead(
  article: AnalyzedArticle,
  entities: ReadonlyMap<EntityId, Entity>,
  urls: SiteUrls,
): PageHead {
  return {
    type: 'article',
    image: { url: urls.ogImage({ article: article.slug }), alt: ogImageAlt(articleCard(article, SITE_NAME)) },
    article: {
      publishedTime: article.meta.published,
      authors: article.meta.author === undefined ? [] : bylineNames(article.meta.author),
      section: article.meta.outlet,
    },
    jsonLd: articleJsonLd(article, entities, urls),
  };
}

/** An entity page: a person's is a profile, any other a website page. */
export function entityHead(entity: EntitySummary, urls: SiteUrls): PageHead {
  return {
    type: entity.type === 'person' ? 'profile' : 'website',
    image: { url: urls.ogImage({ entity: entity.id }), alt: ogImageAlt(entityCard(entity, SITE_NAME)) },
    jsonLd: entityJsonLd(entity, urls),
  };
}
