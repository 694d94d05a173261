import { z } from 'zod';
import { location } from './located.ts';

/** A group of sentences, in two or more articles, that share their words. */
export const passage = z.strictObject({
  kind: z
    .enum(['shared', 'reworded'])
    .describe('shared: the same words up to punctuation and quote marks; reworded: a near-duplicate'),
  similarity: z.number().min(0).max(1).describe('word similarity of the least similar pair in the group, 0 to 1'),
  sentences: z.array(location).min(2).describe('every sentence of the group; start and end are the whole sentence'),
});

export type Passage = z.output<typeof passage>;
