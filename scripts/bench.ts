/**
 * `npm run bench`: times the extraction (analyzeCorpus) on the four content
 * articles and on a deterministic 1,000-article corpus generated from the
 * annotated articles, then the sentence alignment (shared and reworded
 * passages) on the extracted generated corpus. Knowledge is loaded once, outside the timings. Further
 * sections (e.g. the search index) can reuse `measure` and `report`.
 */
import { analyzeCorpus } from '../src/core/analyze/analyze-corpus.ts';
import { alignPassages } from '../src/core/compare/passages/align-passages.ts';
import type { CorpusAnalysis, SourceArticle } from '../src/core/types.ts';
import { loadKnowledge } from '../src/pipeline/knowledge.ts';
import { measure, report } from './lib/bench-report.ts';
import { generateCorpus } from './lib/generate-corpus.ts';
import { loadGoldSet } from './lib/gold-sets.ts';

/** Fixed so that every run and every machine times the same corpus. */
const CORPUS_SEED = 7_2018;
const CORPUS_SIZE = 1000;

const knowledge = loadKnowledge();
const seeds = loadGoldSet('seeds');
const tune = loadGoldSet('tune');
const generated = generateCorpus([...seeds.gold, ...tune.gold], {
  articles: CORPUS_SIZE,
  seed: CORPUS_SEED,
  outlets: [...new Set([...seeds.articles, ...tune.articles].map((a) => a.meta.outlet))],
});

benchExtraction(`extraction: content corpus (${seeds.articles.length} articles)`, seeds.articles);
const extracted = benchExtraction(
  `extraction: generated corpus (${CORPUS_SIZE} articles, seed ${CORPUS_SEED})`,
  generated,
);
benchAlignment(`passages: sentence alignment, generated corpus (${CORPUS_SIZE} articles)`, extracted);

/**
 * The generated corpus is a worst case for the alignment: every article is drawn from the same few
 * hundred paragraphs with the names swapped, so each sentence has dozens of near-copies.
 */
function benchAlignment(name: string, corpus: CorpusAnalysis): void {
  const { seconds, runs, result } = measure(() => alignPassages(corpus.articles));
  const sentences = corpus.articles.reduce((n, a) => n + a.sentences.length, 0);
  report(name, {
    seconds,
    runs,
    items: sentences,
    itemLabel: 'sentences',
    bytes: corpus.articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0),
    extra: {
      articles: corpus.articles.length,
      passages: result.passages.length,
      'sentences in passages': result.passages.reduce((n, p) => n + p.sentences.length, 0),
      repeats: result.repeats.length,
    },
  });
}

function benchExtraction(name: string, articles: readonly SourceArticle[]): CorpusAnalysis {
  const { seconds, runs, result } = measure(() => analyzeCorpus(articles, knowledge));
  report(name, {
    seconds,
    runs,
    items: articles.length,
    itemLabel: 'articles',
    bytes: articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0),
    extra: {
      entities: result.entities.length,
      mentions: result.articles.reduce((n, a) => n + a.mentions.length, 0),
    },
  });
  return result;
}
