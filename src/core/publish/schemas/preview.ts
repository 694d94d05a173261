import { z } from 'zod';
import { entityId, entityType } from './common.ts';

/** An entity the previewed one is named with. */
export const previewNeighbour = z.strictObject({
  id: entityId,
  name: z.string().min(1).describe('the canonical name'),
  type: entityType,
  url: z.string().startsWith('/').describe("the entity's page, under the site's base path"),
  sentences: z.int().positive().describe('sentences that name both'),
});

/**
 * `/data/previews/<id>.json`: what the preview card of an entity mark shows,
 * one small file per entity so that a page fetches only the entities its
 * reader points at, however large the corpus.
 */
export const publishedPreview = z.strictObject({
  id: entityId,
  name: z.string().min(1).describe('the canonical name'),
  type: entityType,
  description: z.string().min(1).optional().describe('one line, as in entities.json'),
  url: z.string().startsWith('/').describe("the entity's page, under the site's base path"),
  mentions: z.int().positive().describe('number of mentions across the corpus'),
  articles: z.int().positive().describe('number of articles that mention it'),
  together: z.array(previewNeighbour).describe('the entities most often named in the same sentences, most first'),
});

export type PublishedPreview = z.output<typeof publishedPreview>;
