import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticles } from '../../src/core/content/load-articles.ts';
import { parseGold, type GoldArticle } from '../../src/core/eval/parse-gold.ts';
import type { SourceArticle } from '../../src/core/types.ts';
import { readArticleFiles } from '../../src/pipeline/corpus.ts';

/** The gold sets, in the order they are reported. */
export const GOLD_SETS = ['seeds', 'tune', 'heldout'] as const;
export type GoldSetName = (typeof GOLD_SETS)[number];

/** One evaluation set: the articles the extraction reads and their gold. */
export interface GoldSet {
  name: GoldSetName;
  articles: SourceArticle[];
  gold: GoldArticle[];
}

export const GOLD_DIR = join('tests', 'gold');

/** Reads and parses every gold file of a set, in name order. */
export function readGold(name: GoldSetName, root = process.cwd()): GoldArticle[] {
  const dir = join(root, GOLD_DIR, name);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => parseGold(join(GOLD_DIR, name, f), readFileSync(join(dir, f), 'utf8')));
}

/**
 * Loads a set. The seeds are scored on `content/articles` itself, so the gold
 * must annotate exactly those files; the unseen sets are their own articles
 * (the gold files with the marks removed), validated like content.
 */
export function loadGoldSet(name: GoldSetName, root = process.cwd()): GoldSet {
  const gold = readGold(name, root);
  const encoder = new TextEncoder();
  const files =
    name === 'seeds' ? readArticleFiles(root) : gold.map((g) => ({ file: g.file, bytes: encoder.encode(g.source) }));
  return { name, articles: loadArticles(files), gold };
}
