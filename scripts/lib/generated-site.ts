/**
 * A copy of the project whose `content/articles/` is a generated corpus, for the build benchmark,
 * the page-weight benchmark and the browser tests of pages that only a large corpus has (an
 * entity's pages of mentions, a list over several pages). Also the page-weight measure itself.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { paragraph } from '../../src/core/ingest/block.ts';
import { renderArticleFile } from '../../src/core/ingest/render-article-file.ts';
import type { SourceArticle } from '../../src/core/types.ts';
import { generateCorpus } from './generate-corpus.ts';
import { loadGoldSet } from './gold-sets.ts';
import { scratchProject, type ScratchProject } from './scratch-project.ts';

/** The seed of every generated corpus the benchmarks and tests build, so their figures compare. */
export const CORPUS_SEED = 7_2018;

/**
 * `size` generated articles drawn from the seed and tune gold (never a held-out set), in their
 * outlets; with `keepEntities`, one story's entities throughout (see {@link generateCorpus}).
 */
export function benchCorpus(size: number, options: { keepEntities?: boolean } = {}): SourceArticle[] {
  const seeds = loadGoldSet('seeds');
  const tune = loadGoldSet('tune');
  const outlets = [...new Set([...seeds.articles, ...tune.articles].map((a) => a.meta.outlet))];
  return generateCorpus([...seeds.gold, ...tune.gold], {
    articles: size,
    seed: CORPUS_SEED,
    paragraphs: [6, 18],
    outlets,
    keepEntities: options.keepEntities ?? false,
  });
}

/** Writes articles as the markdown files of `content/articles/` (front matter, paragraph blocks). */
export function writeArticles(dir: string, articles: readonly SourceArticle[]): void {
  mkdirSync(dir, { recursive: true });
  for (const article of articles) {
    const paragraphs = article.paragraphs.map((p) => paragraph(article.text.slice(p.start, p.end)));
    writeFileSync(path.join(dir, `${article.slug}.md`), renderArticleFile(article.meta, paragraphs));
  }
}

/** A scratch copy of the project with `articles` as its only content. */
export function generatedSite(articles: readonly SourceArticle[], prefix = 'generated-site-'): ScratchProject {
  const site = scratchProject(prefix);
  const content = path.join(site.dir, 'content', 'articles');
  rmSync(content, { recursive: true, force: true });
  writeArticles(content, articles);
  return site;
}

/** A built page and its weight. */
export interface PageWeight {
  /** Relative to the built folder. */
  file: string;
  gzipKb: number;
}

/**
 * The kind of a built page, from its address: the home page, an article, an entity, a page of
 * an entity's mentions, a page of a list, and so on, so that the heaviest of each kind is seen.
 */
export function pageKind(file: string): string {
  const parts = file.split(path.sep);
  if (parts.length === 1) return parts[0] === 'index.html' ? 'home' : (parts[0] ?? file);
  const [top, second] = parts;
  if (top === 'articles') return parts.length === 3 ? 'article' : 'article list';
  if (top === 'entities') {
    if (parts.length === 2) return 'entity index';
    if (parts.length === 3) return 'entity';
    return parts[2] === 'mentions' ? 'entity mentions page' : 'entity list';
  }
  return second === 'index.html' ? (top ?? file) : `${top ?? ''}/…`;
}

/** The heaviest HTML page (gzip) of each kind in a built folder, heaviest first. */
export function heaviestPages(dist: string): { kind: string; page: PageWeight; pages: number }[] {
  const byKind = new Map<string, { page: PageWeight; pages: number }>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const file = path.relative(dist, full);
        const gzipKb = gzipSync(readFileSync(full)).length / 1024;
        const kind = pageKind(file);
        const known = byKind.get(kind);
        if (!known) byKind.set(kind, { page: { file, gzipKb }, pages: 1 });
        else {
          known.pages += 1;
          if (gzipKb > known.page.gzipKb) known.page = { file, gzipKb };
        }
      }
    }
  };
  walk(dist);
  return [...byKind].map(([kind, v]) => ({ kind, ...v })).sort((a, b) => b.page.gzipKb - a.page.gzipKb);
}
