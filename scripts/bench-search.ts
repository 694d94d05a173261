/**
 * `npm run bench` (second part): the search index at 10,000 articles.
 * Generates a deterministic corpus by recombining the paragraphs of the
 * annotated articles (content/ and tests/gold/tune/), builds the index with
 * the site's code, then runs sample queries through the same SearchEngine
 * the browser runs, with a loader that serves the built files from memory
 * and records what each search reads. Prints the index size, the bytes a
 * first search downloads (raw and gzip), and query latency in Node.
 */
import { gzipSync } from 'node:zlib';
import { buildSearchIndex, type IndexInput, type SearchIndexFiles } from '../src/core/search/build-index.ts';
import { Dictionary } from '../src/core/search/dictionary.ts';
import type { TermsFile } from '../src/core/search/format.ts';
import { SearchEngine } from '../src/core/search/search-engine.ts';
import type { EntityType } from '../src/core/types.ts';
import { loadKnowledge } from '../src/pipeline/knowledge.ts';
import { measure, report } from './lib/bench-report.ts';
import { generateCorpus } from './lib/generate-corpus.ts';
import { loadGoldSet } from './lib/gold-sets.ts';
import type { GoldArticle } from '../src/core/eval/parse-gold.ts';
import { asEntityId } from '../src/core/ids.ts';

const CORPUS_SEED = 10_000;
const CORPUS_SIZE = 10_000;
/** Results a first page shows (the search page's page size). */
const FIRST_PAGE = 10;
const RUNS = 7;
const QUERIES = [
  'espionage',
  'espoinage',
  'Rosenstien',
  'economic espionage',
  'chinese hackers stole trade secrets',
  'sandwrom',
  'zzqxvw',
];

const seeds = loadGoldSet('seeds');
const tune = loadGoldSet('tune');
const sources = [...seeds.gold, ...tune.gold];
const articles = generateCorpus(sources, {
  articles: CORPUS_SIZE,
  seed: CORPUS_SEED,
  paragraphs: [6, 18],
  outlets: [...new Set([...seeds.articles, ...tune.articles].map((a) => a.meta.outlet))],
});
const input: IndexInput = {
  articles,
  entities: goldEntities(sources),
  stopWords: loadKnowledge().stopWords,
};

const built = measure(() => buildSearchIndex(input), 1);
const index = built.result;
const sizes = fileSizes(index);
const total = (kind?: string) =>
  [...sizes]
    .filter(([path]) => kind === undefined || path.startsWith(kind))
    .reduce((sum, [, s]) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, files: sum.files + 1 }), {
      raw: 0,
      gzip: 0,
      files: 0,
    });
const { terms } = JSON.parse(index.files.get('terms.json') ?? '{}') as TermsFile;

report(`search index: generated corpus (${CORPUS_SIZE.toLocaleString('en-US')} articles, seed ${CORPUS_SEED})`, {
  seconds: built.seconds,
  runs: built.runs,
  items: CORPUS_SIZE,
  itemLabel: 'articles',
  bytes: articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0),
  extra: {
    paragraphs: input.articles.reduce((n, a) => n + a.paragraphs.length, 0),
    'dictionary terms': terms.length,
    entities: `${input.entities.length} (${(total('manifest.json').raw / input.entities.length).toFixed(0)} bytes of manifest each, stop words included)`,
    'index files': total().files,
    'index size': kb(total()),
    'manifest.json': kb(total('manifest.json')),
    'terms.json': kb(total('terms.json')),
    [`postings (${total('postings/').files} shards)`]: kb(total('postings/')),
    [`docs (${total('docs/').files} files)`]: kb(total('docs/')),
  },
});

console.log(`\n== search: first search, per query (fresh engine; top ${FIRST_PAGE} results loaded) ==`);
console.log(
  ['query', 'paragraphs + entities', 'shards', 'docs', 'downloaded raw', 'gzip', `open ms`, `cold ms`, `warm ms`].join(
    ' | ',
  ),
);
for (const query of QUERIES) {
  const first = await firstSearch(query);
  const cold = await median(async () => {
    const { engine } = await openEngine();
    const start = performance.now();
    await engine.paragraphs(await engine.search(query), 0, FIRST_PAGE);
    return performance.now() - start;
  });
  const open = await median(async () => {
    const start = performance.now();
    await openEngine();
    return performance.now() - start;
  });
  const { engine } = await openEngine();
  await engine.paragraphs(await engine.search(query), 0, FIRST_PAGE);
  const warm = await median(async () => {
    const start = performance.now();
    await engine.paragraphs(await engine.search(query), 0, FIRST_PAGE);
    return performance.now() - start;
  });
  console.log(
    [
      JSON.stringify(query),
      `${first.approximate ? '≥' : ''}${first.results}`,
      first.shards,
      first.docs,
      kb({ raw: first.bytes.raw }),
      kb({ gzip: first.bytes.gzip }),
      open.toFixed(1),
      cold.toFixed(1),
      warm.toFixed(1),
    ].join(' | '),
  );
}
console.log(
  `(downloaded = manifest + terms + the postings shards + the article docs of the first ${FIRST_PAGE} results; ` +
    `open = parse manifest and dictionary, build the bigram and entity indexes; cold = search + first page on a fresh engine, ` +
    `parsing the shards and docs it reads; warm = the same query again, files cached; medians of ${RUNS} runs)`,
);

dictionaryScaling();

/** The files a first search reads, and what they weigh. */
async function firstSearch(query: string) {
  const { engine, loaded } = await openEngine();
  const results = await engine.search(query);
  await engine.paragraphs(results, 0, FIRST_PAGE);
  const bytes = loaded.reduce(
    (sum, path) => ({ raw: sum.raw + (sizes.get(path)?.raw ?? 0), gzip: sum.gzip + (sizes.get(path)?.gzip ?? 0) }),
    { raw: 0, gzip: 0 },
  );
  return {
    results: `${results.total} + ${results.entities.length}`,
    approximate: results.approximate,
    shards: loaded.filter((p) => p.startsWith('postings/')).length,
    docs: loaded.filter((p) => p.startsWith('docs/')).length,
    bytes,
  };
}

async function openEngine(): Promise<{ engine: SearchEngine; loaded: string[] }> {
  const loaded: string[] = [];
  const engine = await SearchEngine.open((path) => {
    loaded.push(path);
    const body = index.files.get(path);
    return body === undefined ? Promise.reject(new Error(`no ${path}`)) : Promise.resolve(JSON.parse(body) as unknown);
  }, '/');
  return { engine, loaded };
}

/**
 * Recombined paragraphs keep the sources' vocabulary, far smaller than that
 * of 10,000 real articles. Fuse scans the whole dictionary per query word, so
 * this times one typo lookup on the real dictionary padded with generated
 * words to sizes a real corpus reaches.
 */
function dictionaryScaling(): void {
  const words = ['espoinage', 'rosenstien', 'secrts', 'hcak'];
  console.log(`\n== search: typo lookups against larger dictionaries (real terms + generated filler words) ==`);
  console.log(`terms | terms.json | open (bigram index) ms | ${words.map((w) => `"${w}" ms`).join(' | ')}`);
  for (const size of [terms.length, 50_000, 100_000, 200_000]) {
    const padded = [...new Set([...terms, ...fillerWords(Math.max(0, size - terms.length))])].sort();
    const df = padded.map(() => 1);
    let dictionary = new Dictionary(padded, df);
    const open = medianSync(() => {
      const start = performance.now();
      dictionary = new Dictionary(padded, df);
      return performance.now() - start;
    });
    const lookups = words.map((word) =>
      medianSync(() => {
        const start = performance.now();
        dictionary.expand(word);
        return performance.now() - start;
      }),
    );
    const body = JSON.stringify({ terms: padded, df });
    console.log(
      [
        padded.length.toLocaleString('en-US'),
        kb({ raw: Buffer.byteLength(body), gzip: gzipSync(body).length }),
        open.toFixed(1),
        ...lookups.map((ms) => ms.toFixed(2)),
      ].join(' | '),
    );
  }
}

/** Deterministic pronounceable words of 4–11 letters. */
function fillerWords(count: number): string[] {
  const consonants = 'bcdfghklmnprstvz';
  const vowels = 'aeiou';
  const words = new Set<string>();
  let state = 12345;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 8;
  while (words.size < count) {
    let word = '';
    const length = 4 + (next() % 8);
    while (word.length < length)
      word += (word.length % 2 === 0 ? consonants : vowels)[next() % (word.length % 2 === 0 ? 16 : 5)];
    words.add(word);
  }
  return [...words];
}

/** The entities the generated articles name: those of the gold annotation, by id, most used surface as name. */
function goldEntities(gold: readonly GoldArticle[]): IndexInput['entities'] {
  const byId = new Map<string, { type: EntityType; surfaces: Map<string, number> }>();
  for (const mention of gold.flatMap((g) => g.mentions)) {
    const entry = byId.get(mention.entity) ?? { type: mention.type, surfaces: new Map<string, number>() };
    entry.surfaces.set(mention.surface, (entry.surfaces.get(mention.surface) ?? 0) + 1);
    byId.set(mention.entity, entry);
  }
  return [...byId].map(([id, { type, surfaces }]) => {
    const ranked = [...surfaces].sort(([a, x], [b, y]) => y - x || b.length - a.length || (a < b ? -1 : 1));
    return {
      id: asEntityId(id),
      name: ranked[0]?.[0] ?? id,
      type,
      aliases: ranked.slice(1).map(([surface]) => surface),
      mentions: [...surfaces.values()].reduce((a, b) => a + b, 0),
    };
  });
}

function fileSizes(files: SearchIndexFiles): Map<string, { raw: number; gzip: number }> {
  return new Map(
    [...files.files].map(([path, body]) => [path, { raw: Buffer.byteLength(body), gzip: gzipSync(body).length }]),
  );
}

function kb(size: { raw?: number; gzip?: number }): string {
  const parts = [];
  if (size.raw !== undefined) parts.push(`${(size.raw / 1e3).toFixed(1)} KB`);
  if (size.gzip !== undefined) parts.push(`${(size.gzip / 1e3).toFixed(1)} KB gzip`);
  return parts.join(', ');
}

async function median(run: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await run());
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? NaN;
}

function medianSync(run: () => number): number {
  const times = Array.from({ length: RUNS }, run).sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] ?? NaN;
}
