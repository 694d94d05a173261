import { z } from 'zod';
import { articleSlug, entityId, entityType } from './common.ts';

/** One entry of `/data/entities.json`, the design's data contract. */
export const publishedEntity = z.strictObject({
  id: entityId.describe('a slug of the canonical name; stable across builds; the page is /entities/<id>/'),
  name: z.string().min(1).describe('the canonical name'),
  type: entityType,
  aliases: z.array(z.string().min(1)).describe('other names seen in the articles or known from the knowledge file'),
  url: z.string().startsWith('/').describe("the entity's page, under the site's base path"),
  articles: z.array(articleSlug).describe('slugs of the articles that mention it, in corpus order'),
  mentions: z.int().positive().describe('number of mentions across the corpus'),
  description: z
    .string()
    .min(1)
    .optional()
    .describe("one line: the knowledge file's description, or for a person the role the articles give them"),
});

/** `/data/entities.json`: every entity, by type then most mentioned; ids unique. */
export const publishedEntities = z.array(publishedEntity).superRefine((entities, ctx) => {
  const seen = new Set<string>();
  for (const entity of entities) {
    if (seen.has(entity.id)) ctx.addIssue({ code: 'custom', message: `entity id ${entity.id} appears twice` });
    seen.add(entity.id);
  }
});

export type PublishedEntity = z.output<typeof publishedEntity>;
