import { z } from 'zod';
import { location } from './located.ts';

const kind = z
  .enum(['shared', 'reworded'])
  .describe('shared: the same words up to punctuation and quote marks; reworded: a near-duplicate');
const similarity = z.number().min(0).max(1).describe('word similarity of the least similar pair in the group, 0 to 1');

/** A group of sentences, in two or more articles, that share their words. */
export const passage = z.strictObject({
  kind,
  similarity,
  sentences: z.array(location).min(2).describe('every sentence of the group; start and end are the whole sentence'),
});

/**
 * Not in the design's contract (an addition of the passages analysis): sentences that one article
 * repeats and no other article carries, such as a standfirst repeated in the body. A passage needs
 * two articles, so these would otherwise go unreported.
 */
export const repeat = z.strictObject({
  kind,
  similarity,
  sentences: z
    .array(location)
    .min(2)
    .describe('every sentence of the group, all of one article; start and end are the whole sentence'),
});

export type Passage = z.output<typeof passage>;
export type Repeat = z.output<typeof repeat>;
