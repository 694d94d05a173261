import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/lib/generate-corpus.ts';
import { loadGoldSet } from '../../scripts/lib/gold-sets.ts';
import { analyzeCorpus } from '../core/analyze/analyze-corpus.ts';
import { loadArticles, type ArticleFile } from '../core/content/load-articles.ts';
import { paragraph } from '../core/ingest/block.ts';
import { renderArticleFile } from '../core/ingest/render-article-file.ts';
import type { SourceArticle } from '../core/types.ts';
import { analyzeFiles, analyzeFilesInPool } from './analyze-files.ts';
import { loadKnowledge } from './knowledge.ts';

// A project root of its own (the knowledge files and an empty cache), inside tmp/ (ignored by git).
const ROOT = process.cwd();
mkdirSync(path.join(ROOT, 'tmp'), { recursive: true });
const root = mkdtempSync(path.join(ROOT, 'tmp', 'analyze-files-'));
cpSync(path.join(ROOT, 'content', 'knowledge'), path.join(root, 'content', 'knowledge'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const encoder = new TextEncoder();
const asFile = (article: SourceArticle): ArticleFile => ({
  file: `content/articles/${article.slug}.md`,
  bytes: encoder.encode(
    renderArticleFile(
      article.meta,
      article.paragraphs.map((p) => paragraph(article.text.slice(p.start, p.end))),
    ),
  ),
});

const tune = loadGoldSet('tune');
const generated = generateCorpus(tune.gold, {
  articles: 24,
  seed: 11,
  outlets: ['Wire One', 'Wire Two', 'Wire Three'],
});
const files = generated.map(asFile);
const inOneThread = (list: ArticleFile[]): string =>
  JSON.stringify(analyzeCorpus(loadArticles(list), loadKnowledge(root)));
const quiet = { write: () => true };

describe('the analysis of article files in worker threads, with the extraction cache', () => {
  const reference = inOneThread(files);

  // Two threads each load the knowledge first: seconds on an idle machine, far more on a busy one.
  it('gives in worker threads exactly what one thread gives', { timeout: 180_000 }, async () => {
    const run = await analyzeFilesInPool(root, files, { threads: 2, poolFrom: 0, progress: quiet });
    expect(run.summary).toMatchObject({ articles: 24, extracted: 24, cached: 0, threads: 2 });
    expect(JSON.stringify(run.analysis)).toBe(reference);
  });

  it('reads every article back from the cache, with the same result', () => {
    const run = analyzeFiles(root, files);
    expect(run.summary).toMatchObject({ extracted: 0, cached: 24 });
    expect(JSON.stringify(run.analysis)).toBe(reference);
  });

  it('extracts only the article that was edited, and resolves the corpus again', () => {
    const [first, ...rest] = generated;
    if (!first) throw new Error('empty corpus');
    const edited = [
      asFile({ ...first, meta: { ...first.meta, title: `${first.meta.title} (updated)` } }),
      ...rest.map(asFile),
    ];
    const run = analyzeFiles(root, edited);
    expect(run.summary).toMatchObject({ extracted: 1, cached: 23 });
    expect(JSON.stringify(run.analysis)).toBe(inOneThread(edited));
  });

  it('extracts everything again when the knowledge files change', () => {
    const knowledge = path.join(root, 'content', 'knowledge', 'entities.yaml');
    cpSync(knowledge, path.join(root, 'content', 'knowledge', 'more.yaml'));
    const run = analyzeFiles(root, files);
    expect(run.summary).toMatchObject({ extracted: 24, cached: 0 });
    rmSync(path.join(root, 'content', 'knowledge', 'more.yaml'));
  });
});
