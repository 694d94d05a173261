import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadArticles } from '../../src/core/content/load-articles.ts';
import { parseAnalysisGold, type AnalysisGold } from '../../src/core/eval/analysis-gold.ts';
import { parseGold, type GoldArticle } from '../../src/core/eval/parse-gold.ts';
import type { SourceArticle } from '../../src/core/types.ts';

/**
 * The gold sets, in the order they are reported: the seed articles; `tune`, original articles the
 * rules are developed against; `heldout` and `heldout-2`, original articles never read while changing
 * the rules; `stories-tune` and `stories-heldout`, multi-outlet stories that also carry analysis gold
 * (`analysis.yaml`), the second never read while changing the analysers; `quotes-tune`, original
 * articles in other house styles (wire, court, diplomatic, tech, feature, a statement-led story) written
 * to develop the quote attribution against, with full analysis gold.
 */
export const GOLD_SETS = [
  'seeds',
  'tune',
  'heldout',
  'heldout-2',
  'stories-tune',
  'quotes-tune',
  'stories-heldout',
] as const;
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
  return (
    readdirSync(dir)
      // Notes beside the articles (NOTES.md) are not articles: only slug-named files are.
      .filter((f) => /^[a-z0-9][a-z0-9_-]*\.md$/.test(f))
      .sort()
      .map((f) => parseGold(join(GOLD_DIR, name, f), readFileSync(join(dir, f), 'utf8')))
  );
}

/** The committed copies of the seed articles, which the seed gold annotates. */
export const SEED_ARTICLES_DIR = join('tests', 'fixtures', 'seed-articles');

/**
 * Loads a set. The seeds are scored on the committed seed articles
 * (`tests/fixtures/seed-articles/`, what ingest makes of the raw seeds), so
 * the gold must annotate exactly those files; the other sets are their own
 * articles (the gold files with the marks removed), validated like content.
 */
export function loadGoldSet(name: GoldSetName, root = process.cwd()): GoldSet {
  const gold = readGold(name, root);
  const encoder = new TextEncoder();
  const files =
    name === 'seeds'
      ? readdirSync(join(root, SEED_ARTICLES_DIR))
          .filter((f) => f.endsWith('.md'))
          .sort()
          .map((f) => ({ file: join(SEED_ARTICLES_DIR, f), bytes: readFileSync(join(root, SEED_ARTICLES_DIR, f)) }))
      : gold.map((g) => ({ file: g.file, bytes: encoder.encode(g.source) }));
  return { name, articles: loadArticles(files), gold };
}

/** The sets that carry analysis gold (`analysis.yaml` beside their articles). */
export const ANALYSIS_SETS = [
  'seeds',
  'stories-tune',
  'quotes-tune',
  'stories-heldout',
] as const satisfies readonly GoldSetName[];
export type AnalysisSetName = (typeof ANALYSIS_SETS)[number];

/** A set's analysis gold, every string found in its articles. */
export function readAnalysisGold(name: AnalysisSetName, set: GoldSet, root = process.cwd()): AnalysisGold {
  const file = join(GOLD_DIR, name, 'analysis.yaml');
  return parseAnalysisGold(
    file,
    readFileSync(join(root, file), 'utf8'),
    new Map<string, string>(set.articles.map((a) => [a.slug, a.text])),
  );
}

/** What `npm run eval` says of the user's own articles: which have a gold annotation and which do not. */
export interface ContentGold {
  /** Slugs of `content/articles/*.md` with a gold file (any set) whose text is the article byte for byte, and that set. */
  annotated: { slug: string; set: GoldSetName }[];
  /** Slugs of the content articles no gold file annotates: reported, not an error (content may hold any story). */
  missing: string[];
}

/** Matches each article of `content/articles/` to a gold file of the same name and the same text. */
export function contentGold(root = process.cwd()): ContentGold {
  const dir = join(root, 'content', 'articles');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .sort()
    : [];
  const sources = new Map<string, { set: GoldSetName; source: string }>();
  for (const set of GOLD_SETS)
    for (const g of readGold(set, root)) sources.set(`${set}/${basename(g.file)}`, { set, source: g.source });
  const result: ContentGold = { annotated: [], missing: [] };
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');
    const slug = file.replace(/\.md$/, '');
    const match = GOLD_SETS.map((set) => sources.get(`${set}/${file}`)).find((g) => g?.source === text);
    if (match === undefined) result.missing.push(slug);
    else result.annotated.push({ slug, set: match.set });
  }
  return result;
}
