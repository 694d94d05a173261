import { z } from 'zod';
import { articleSlug, offset } from '../common.ts';

/** Where a derived fact stands: an article, the sentence that holds its start, and its range in the article's text. */
export const located = {
  article: articleSlug.describe('slug of the article: offsets index the text of /data/articles/<article>.json'),
  sentence: z.int().positive().describe('1-based index of the sentence holding start: the anchor #s-<sentence>'),
  start: offset.describe('offset in the article text'),
  end: offset.describe('offset after the fact in the article text'),
};

export const location = z.strictObject(located);
export type Location = z.output<typeof location>;
