import { z } from 'zod';
import { FORMAT } from '../../search/format.ts';
import { articleSlug, entityId, entityType, isoDay } from './common.ts';

/** `[id, name, type, aliases, mentions]`: tuples, because 10,000 articles bring many entities. */
export const entityRecord = z.tuple([entityId, z.string().min(1), entityType, z.array(z.string()), z.int().positive()]);

const firstIds = (what: string) =>
  z
    .array(z.int().nonnegative())
    .describe(`the first ${what} of each shard, ascending: shard k holds from firsts[k] up to firsts[k + 1]`);

/** A flat list of `[articleGap, block]` pairs: the blocks that hold something, sorted (see postings.ts). */
const blockList = z
  .array(z.int().nonnegative())
  .refine((list) => list.length % 2 === 0, { error: 'not a list of pairs' })
  .describe(
    'pairs [articleGap, block]: articleGap is the article number minus the previous pair’s (the first one’s is the article number); block 0 is the headline, block k paragraph k',
  );

/** `search-index/<version>/manifest.json`: what the client needs before it can run a query, entities included. */
export const manifestFile = z.strictObject({
  format: z.literal(FORMAT).describe('bumped whenever the shape of any index file changes'),
  version: z
    .string()
    .regex(/^[0-9a-f]+$/)
    .describe('content hash of the whole index; also the folder name'),
  articles: z.int().nonnegative().describe('articles; docs/<n>.json exists for every 0 <= n < articles'),
  blocks: z.int().nonnegative().describe('blocks in the corpus, headlines and paragraphs (the N of idf)'),
  maxPostings: z
    .int()
    .positive()
    .describe('weighted postings kept per term in postings/; a commoner term lists its other blocks in rest/'),
  maxMembers: z.int().positive().describe('longest list kept in rest/, pairs/ and mentions/; longer ones are cut'),
  shards: firstIds('term id').describe('postings/<k>.json: the first term id of each shard, ascending from 0'),
  rest: firstIds('term id').describe('rest/<k>.json: the first term id that each shard may hold'),
  pairBuckets: z.int().nonnegative().describe('pairs/<k>.json for 0 <= k < pairBuckets (see pairBucket)'),
  mentionShards: firstIds('entity number').describe('mentions/<k>.json: the first entity (its number) of each shard'),
  entityCount: z.int().nonnegative().describe('entities, numbered 0 ‥ entityCount − 1 in id order'),
  entityShards: firstIds('entity number').describe('entities/<k>.json: the first entity (its number) of each shard'),
  entityShardIds: z
    .array(entityId)
    .describe('the id of the first entity of each entities/ shard, to find an entity by id'),
  stop: z.array(z.string()).describe('normalised words left out of the index and ignored in queries, sorted'),
});

/** `terms.json`: the dictionary that Fuse searches; the id of a term is its position. */
export const termsFile = z
  .strictObject({
    terms: z.array(z.string().min(1)).describe('normalised words, sorted by UTF-16 code unit'),
    df: z.array(z.int().positive()).describe('df[id]: blocks containing terms[id], all of them'),
  })
  .refine((file) => file.terms.length === file.df.length, { error: 'terms and df differ in length' });

/**
 * `postings/<k>.json`: shard `k`. `postings[i]` belongs to term `first + i`
 * and is a flat list of triples `[articleGap, block, weight]`, sorted by
 * article then block, where `articleGap` is the article number minus the
 * previous triple's (the first one's is the article number), `block` is 0
 * for the headline and k for paragraph k, and `weight` is the term's
 * quantised BM25 term-frequency weight in that block (1‥255). A term in more
 * than maxPostings blocks keeps its best-weighted ones here.
 */
export const shardFile = z.strictObject({
  first: z.int().nonnegative().describe('the id of the first term in this shard'),
  postings: z
    .array(z.array(z.int().nonnegative()).refine((list) => list.length % 3 === 0, { error: 'not a list of triples' }))
    .describe('per term, triples [articleGap, block, weight]'),
  entities: z
    .array(z.array(z.int().nonnegative()))
    .describe('per term, the entities (numbers) whose name or an alias holds it as a word, most mentioned first'),
});

/** `entities/<k>.json`: entity records, in id order; entity n is `records[n − first]` of its shard. */
export const entitiesFile = z.strictObject({
  first: z.int().nonnegative().describe('the number of the first entity here'),
  records: z.array(entityRecord).describe('[id, name, type, aliases, mentions]'),
});

/** `rest/<k>.json`: the blocks of common terms that postings/ leaves out, without weights. */
export const restFile = z
  .strictObject({
    terms: z.array(z.int().nonnegative()).describe('the term ids listed, ascending'),
    blocks: z.array(blockList).describe('blocks[i]: the other blocks of terms[i]'),
  })
  .refine((file) => file.terms.length === file.blocks.length, { error: 'terms and blocks differ in length' });

/** `pairs/<k>.json`: blocks where two terms stand next to each other (the phrase signal), for the pairs hashed to bucket k. */
export const pairsFile = z.strictObject({
  pairs: z
    .record(z.string().regex(/^\d+\.\d+$/), blockList)
    .describe('"<first term id>.<second term id>" → the blocks where the first is directly followed by the second'),
});

/** `mentions/<k>.json`: the paragraphs that mention each entity. */
export const mentionsFile = z.strictObject({
  first: z.int().nonnegative().describe('the position in manifest.entities of the first entity here'),
  blocks: z.array(blockList).describe('blocks[i]: the paragraphs mentioning entity first + i'),
});

/** `articles.json`: what filters and date order need per article; fetched only when they are used. */
export const articlesFile = z
  .strictObject({
    outlets: z.array(z.string().min(1)).describe('outlet names, sorted'),
    outlet: z.array(z.int().nonnegative()).describe('outlet[n]: article n’s outlet (position in outlets)'),
    day: z.array(z.int()).describe('day[n]: article n’s publication day, in days since 1970-01-01'),
    types: z
      .array(z.string())
      .describe('types[n]: one character per paragraph, the entity types it mentions as a mask (typeMask)'),
  })
  .refine((file) => file.outlet.length === file.day.length && file.day.length === file.types.length, {
    error: 'outlet, day and types differ in length',
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
