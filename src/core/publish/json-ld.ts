/**
 * Structured data (schema.org JSON-LD) of the article and entity pages and of the home page,
 * typed with `schema-dts`. Built from the analysis as plain objects; `serializeJsonLd` makes the
 * text of the page's `<script type="application/ld+json">`.
 */
import type {
  Country,
  GovernmentOrganization,
  NewsArticle,
  Organization,
  Person,
  Place,
  WebSite,
  WithContext,
} from 'schema-dts';
import type { AnalyzedArticle, Entity, EntityId, EntitySummary, EntityType } from '../types.ts';
import { bylineNames } from './byline-names.ts';
import type { SiteUrls } from './site-urls.ts';

/** The schema.org types an entity page can be, by entity type. */
export type EntityThing = Person | Organization | GovernmentOrganization | Country | Place;

/** The schema.org type of each entity type. Threat-actor groups are organisations of people. */
export const ENTITY_SCHEMA_TYPES = {
  country: 'Country',
  place: 'Place',
  agency: 'GovernmentOrganization',
  organization: 'Organization',
  group: 'Organization',
  person: 'Person',
} as const satisfies Record<EntityType, string>;

/** Said of a group whose knowledge entry has no description: schema.org's Organization is broad. */
const GROUP_DESCRIPTION = 'Hacking or threat-actor group';

/** The pages elsewhere that are this entity: its Wikidata item and its MITRE ATT&CK group page. */
export function entitySameAs(entity: Pick<Entity, 'wikidata' | 'attack'>): string[] {
  const same: string[] = [];
  if (entity.wikidata !== undefined) same.push(`https://www.wikidata.org/wiki/${encodeURIComponent(entity.wikidata)}`);
  if (entity.attack !== undefined) same.push(`https://attack.mitre.org/groups/${encodeURIComponent(entity.attack)}/`);
  return same;
}

/** The node id of an entity: its page with `#entity`, so the thing and the page stay apart. */
export function entityNodeId(urls: SiteUrls, id: EntityId | string): string {
  return `${urls.entity(id)}#entity`;
}

/** The node id of an article: its page with `#article`. */
export function articleNodeId(urls: SiteUrls, slug: string): string {
  return `${urls.article(slug)}#article`;
}

/** An entity as a typed Thing: what an article's `about`/`mentions` list, and the core of its page. */
export function entityThing(entity: Entity, urls: SiteUrls): EntityThing {
  const sameAs = entitySameAs(entity);
  const description = entity.description ?? (entity.type === 'group' ? GROUP_DESCRIPTION : undefined);
  const common = {
    '@id': entityNodeId(urls, entity.id),
    name: entity.name,
    url: urls.entity(entity.id),
    ...(description === undefined ? {} : { description }),
    ...(sameAs.length === 0 ? {} : { sameAs }),
  };
  switch (ENTITY_SCHEMA_TYPES[entity.type]) {
    case 'Country':
      return { '@type': 'Country', ...common };
    case 'Place':
      return { '@type': 'Place', ...common };
    case 'GovernmentOrganization':
      return { '@type': 'GovernmentOrganization', ...common };
    case 'Organization':
      return { '@type': 'Organization', ...common };
    case 'Person':
      return { '@type': 'Person', ...common };
  }
}

/** The JSON-LD of an entity page: the entity with its other names, its page and its picture. */
export function entityJsonLd(entity: EntitySummary, urls: SiteUrls): WithContext<EntityThing> {
  const thing = entityThing(entity, urls) as Exclude<EntityThing, string>;
  return {
    '@context': 'https://schema.org',
    ...thing,
    ...(entity.aliases.length === 0 ? {} : { alternateName: [...entity.aliases] }),
    mainEntityOfPage: urls.entity(entity.id),
    image: urls.ogImage({ entity: entity.id }),
  };
}

/**
 * An article's entities split into what it is `about` (those its first paragraph, the lede,
 * names) and what it only `mentions` (the rest), each list in order of first mention.
 */
export function aboutAndMentions(article: AnalyzedArticle): { about: EntityId[]; mentions: EntityId[] } {
  const ledeEnd = article.paragraphs[0]?.end ?? 0;
  const about: EntityId[] = [];
  const mentions: EntityId[] = [];
  const seen = new Set<EntityId>();
  for (const mention of article.mentions) {
    if (seen.has(mention.entity)) continue;
    seen.add(mention.entity);
    (mention.start < ledeEnd ? about : mentions).push(mention.entity);
  }
  return { about, mentions };
}

/** The JSON-LD of an article page: a NewsArticle published by its outlet, about its entities. */
export function articleJsonLd(
  article: AnalyzedArticle,
  entities: ReadonlyMap<EntityId, Entity>,
  urls: SiteUrls,
): WithContext<NewsArticle> {
  const { meta } = article;
  const things = (ids: EntityId[]): EntityThing[] =>
    ids.flatMap((id) => {
      const entity = entities.get(id);
      return entity === undefined ? [] : [entityThing(entity, urls)];
    });
  const { about, mentions } = aboutAndMentions(article);
  const authors = meta.author === undefined ? [] : bylineNames(meta.author);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': articleNodeId(urls, article.slug),
    headline: meta.title,
    datePublished: meta.published,
    url: urls.article(article.slug),
    mainEntityOfPage: urls.article(article.slug),
    image: urls.ogImage({ article: article.slug }),
    ...(authors.length === 0 ? {} : { author: authors.map((name): Person => ({ '@type': 'Person', name })) }),
    publisher: { '@type': 'Organization', name: meta.outlet },
    ...(meta.url === undefined ? {} : { isBasedOn: meta.url }),
    ...(about.length === 0 ? {} : { about: things(about) }),
    ...(mentions.length === 0 ? {} : { mentions: things(mentions) }),
  };
}

/** The JSON-LD of the home page: the site, and how to search it. */
export function siteJsonLd(name: string, description: string, urls: SiteUrls): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${urls.home}#website`,
    name,
    description,
    url: urls.home,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${urls.search}?q={search_term_string}` },
      // schema-dts has no type for Google's `query-input` property; it is plain JSON-LD all the same.
      ...{ 'query-input': 'required name=search_term_string' },
    },
  };
}

/**
 * The text of a `<script type="application/ld+json">`. JSON may hold `</script>` or `<!--`
 * inside a string (a headline is scraped text), which would end or hide the element: every `<`,
 * `>` and `&` is written as a `\u` escape, which JSON reads back as the same character. U+2028
 * and U+2029 too, for tools that still read the block as JavaScript.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
