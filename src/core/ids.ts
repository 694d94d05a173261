import slugify from '@sindresorhus/slugify';

/**
 * The branded ids and every conversion into them. Nothing else casts a
 * string to an id: a display name can never be passed where an id is wanted.
 */

/** A slug of an entity's canonical name (or the knowledge file's `id:`); stable across builds. */
export type EntityId = string & { readonly __brand: 'EntityId' };
/** An article's file name without `.md`. */
export type ArticleSlug = string & { readonly __brand: 'ArticleSlug' };

/** Lower-case letters and digits in hyphen-separated runs: the form of every id and slug. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The stable id of an entity: a slug of its canonical name ("U.S. Steel" → "u-s-steel"). */
export function entityId(name: string): EntityId {
  const slug = slugify(name.replace(/[’']/g, ''), { decamelize: false });
  return (slug.length > 0 ? slug : 'entity') as EntityId;
}

/** "harbour-bureau-agency": an id made distinct by the entity's type, and a number after that. */
export function typedEntityId(id: EntityId, type: string, n?: number): EntityId {
  return (n === undefined ? `${id}-${type}` : `${id}-${type}-${n}`) as EntityId;
}

/** A string that is already an entity id (the knowledge file's `id:`, a gold mark, published data); throws if it is no slug. */
export function asEntityId(value: string): EntityId {
  if (!SLUG_PATTERN.test(value)) throw new TypeError(`not an entity id: "${value}"`);
  return value as EntityId;
}

/** A string that is already an article slug (a validated file name); throws if it is no slug. */
export function asArticleSlug(value: string): ArticleSlug {
  if (!SLUG_PATTERN.test(value)) throw new TypeError(`not an article slug: "${value}"`);
  return value as ArticleSlug;
}
