import { z } from 'zod';
import { FORMAT } from '../../search/format.ts';
import { articleSlug, entityId, entityType, isoDay } from './common.ts';

/** `[id, name, type, aliases, mentions]`: tuples, because 10,000 articles bring many entities. */
export const entityRecord = z.tuple([entityId, z.string().min(1), entityType, z.array(z.string()), z.int().positive()]);

/** `search-index/<version>/manifest.json`: what the client needs before it can run a query, entities included. */
export const manifestFile = z.strictObject({
  format: z.literal(FORMAT).describe('bumped whenever the shape of any index file changes'),
  version: z
    .string()
    .regex(/^[0-9a-f]+$/)
    .describe('content hash of the whole index; also the folder name'),
  articles: z.int().nonnegative().describe('articles; docs/<n>.json exists for every 0 <= n < articles'),
  paragraphs: z.int().nonnegative().describe('paragraphs in the corpus (the N of idf)'),
  maxPostings: z
    .int()
    .positive()
    .describe('postings kept per term; a commoner term keeps its best-weighted paragraphs'),
  shards: z
    .array(z.int().nonnegative())
    .describe('the first term id of each shard, ascending from 0: shard k holds shards[k] up to shards[k + 1]'),
  stop: z.array(z.string()).describe('normalised words left out of the index and ignored in queries, sorted'),
  entities: z.array(entityRecord).describe('every entity, sorted by id: [id, name, type, aliases, mentions]'),
});

/** `terms.json`: the dictionary that Fuse searches; the id of a term is its position. */
export const termsFile = z
  .strictObject({
    terms: z.array(z.string().min(1)).describe('normalised words, sorted by UTF-16 code unit'),
    df: z.array(z.int().positive()).describe('df[id]: paragraphs containing terms[id], counted before capping'),
  })
  .refine((file) => file.terms.length === file.df.length, { error: 'terms and df differ in length' });

/**
 * `postings/<k>.json`: shard `k`. `postings[i]` belongs to term `first + i`
 * and is a flat list of triples `[articleGap, paragraph, weight]`, sorted by
 * article then paragraph, where `articleGap` is the article number minus the
 * previous triple's (the first one's is the article number), `paragraph` is
 * 0-based, and `weight` is the term's quantised BM25 term-frequency weight in
 * that paragraph (1‥255).
 */
export const shardFile = z.strictObject({
  first: z.int().nonnegative().describe('the id of the first term in this shard'),
  postings: z
    .array(z.array(z.int().nonnegative()).refine((list) => list.length % 3 === 0, { error: 'not a list of triples' }))
    .describe('per term, triples [articleGap, paragraph, weight]'),
});

/** `docs/<n>.json`: article `n` (in corpus order), only what a result shows. */
export const docFile = z.strictObject({
  slug: articleSlug,
  title: z.string().min(1),
  outlet: z.string().min(1),
  published: isoDay,
  paragraphs: z
    .array(z.string())
    .describe('the text of each block, in order: paragraph k (1-based) of the article page is paragraphs[k - 1]'),
});
