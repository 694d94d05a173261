import slugify from '@sindresorhus/slugify';
import type { EntityId } from '../types.ts';

/** The stable id of an entity: a slug of its canonical name ("U.S. Steel" → "u-s-steel"). */
export function entityId(name: string): EntityId {
  const slug = slugify(name.replace(/[’']/g, ''), { decamelize: false });
  return (slug.length > 0 ? slug : 'entity') as EntityId;
}
