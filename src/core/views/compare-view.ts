import { compareText } from '../compare-text.ts';
import type { Comparison } from '../compare/compare-outlets.ts';
import { coverageCells } from '../compare/outlet-coverage/coverage.ts';
import { coverageGaps } from '../compare/outlet-coverage/coverage-gaps.ts';
import { articleShares, type ArticleShares, type Share } from '../compare/passages/article-shares.ts';
import { sentenceLinks } from '../compare/passages/sentence-links.ts';
import { sentenceWords } from '../compare/passages/sentence-words.ts';
import type { DiffPiece } from '../compare/diff-pieces.ts';
import { wordDiff } from '../compare/passages/word-diff.ts';
import type { Passage } from '../publish/schemas/analysis/passages.ts';
import { passageAnchor, type SitePaths } from '../publish/site-paths.ts';
import type { AnalyzedArticle, CorpusAnalysis, EntitySummary } from '../types.ts';
import { COMPARE_LIMITS, type CompareLimits } from './compare-limits.ts';
import { listedPassages } from './listed-passages.ts';

/** A list cut to a limit, and how long it was. */
export interface Cut<T> {
  items: T[];
  total: number;
}

export interface OutletColumn {
  outlet: string;
  articles: number;
}

/** One cell of the coverage matrix; null in a row where the outlet never names the entity. */
export interface MatrixCell {
  mentions: number;
  lead: boolean;
  /** The entity page's section for the outlet's first article that mentions it, or that article when only its headline does. */
  href: string;
  /** "China in The Hill: 12 mentions, named in the lead". */
  label: string;
}

export interface MatrixRow {
  entity: EntitySummary;
  /** How many outlets name it (all outlets, not only the columns shown). */
  outlets: number;
  cells: (MatrixCell | null)[];
}

export interface GapRow {
  entity: EntitySummary;
  outlet: string;
}

export interface ShareRow {
  article: AnalyzedArticle;
  shares: ArticleShares;
}

export interface PassageSentence {
  article: AnalyzedArticle;
  sentence: number;
  href: string;
  text: string;
  /** The word diff from the passage's first sentence; null for the first and for copies with its words. */
  diff: DiffPiece[] | null;
}

export interface PassageView {
  /** 1-based, as in `/data/analysis.json` and the `#passage-<k>` anchor. */
  number: number;
  anchor: string;
  kind: Passage['kind'];
  similarity: number;
  articles: number;
  sentences: Cut<PassageSentence>;
}

export interface CompareView {
  outlets: Cut<OutletColumn>;
  matrix: Cut<MatrixRow>;
  onlyIn: Cut<GapRow>;
  leftOutBy: Cut<GapRow>;
  shares: Cut<ShareRow>;
  /** Every article's shares added up. */
  corpusShares: { shared: Share; reworded: Share; own: Share; total: Share };
  passages: Cut<PassageView>;
  repeats: number;
}

const cut = <T>(items: readonly T[], limit: number): Cut<T> => ({ items: items.slice(0, limit), total: items.length });

/**
 * What `/compare/` shows, every list cut to its limit (`COMPARE_LIMITS`), so
 * that rendering costs the same at four articles or ten thousand: the
 * entities named by the most outlets against the outlets with the most
 * articles, what one outlet alone names or leaves out, each article's own
 * and shared text, and the passages in the most articles, each rewording
 * shown as a word diff from the passage's first sentence.
 */
export function compareView(
  corpus: CorpusAnalysis,
  comparison: Comparison,
  paths: SitePaths,
  limits: CompareLimits = COMPARE_LIMITS,
): CompareView {
  const entities = new Map(corpus.entities.map((e) => [e.id as string, e]));
  const articles = new Map(corpus.articles.map((a) => [a.slug as string, a]));

  const perOutlet = new Map<string, number>();
  for (const a of corpus.articles) perOutlet.set(a.meta.outlet, (perOutlet.get(a.meta.outlet) ?? 0) + 1);
  const outlets = cut(
    comparison.outlets
      .map((outlet) => ({ outlet, articles: perOutlet.get(outlet) ?? 0 }))
      .sort((a, b) => b.articles - a.articles || compareText(a.outlet, b.outlet)),
    limits.outlets,
  );

  const cells = coverageCells(corpus);
  const rows = comparison.coverage.flatMap((row) => {
    const entity = entities.get(row.entity);
    return entity ? [{ row, entity }] : [];
  });
  const matrix = cut(rows, limits.entities);
  const matrixRows: MatrixRow[] = matrix.items.map(({ row, entity }) => ({
    entity,
    outlets: Object.keys(row.outlets).length,
    cells: outlets.items.map(({ outlet }) => {
      const c = cells.get(entity.id)?.get(outlet);
      if (!c || !Object.hasOwn(row.outlets, outlet)) return null;
      const where = c.mentionedIn ? paths.entityInArticle(entity.id, c.mentionedIn) : paths.article(c.ledIn ?? '');
      const count = c.mentions === 1 ? '1 mention' : `${c.mentions} mentions`;
      return {
        mentions: c.mentions,
        lead: c.lead,
        href: where,
        label: `${entity.name} in ${outlet}: ${count}${c.lead ? ', named in the lead' : ''}`,
      };
    }),
  }));

  const gaps = coverageGaps(comparison.coverage, comparison.outlets);
  const gapRows = (list: typeof gaps.onlyIn): Cut<GapRow> =>
    cut(
      list.flatMap((g) => {
        const entity = entities.get(g.entity);
        return entity ? [{ entity, outlet: g.outlet }] : [];
      }),
      limits.gaps,
    );

  const links = sentenceLinks(corpus.articles, comparison, 0);
  const allShares = articleShares(corpus.articles, links);
  const corpusShares = allShares.reduce(
    (sum, s) => {
      for (const key of ['shared', 'reworded', 'own', 'total'] as const) {
        sum[key].sentences += s[key].sentences;
        sum[key].characters += s[key].characters;
      }
      return sum;
    },
    {
      shared: { sentences: 0, characters: 0 },
      reworded: { sentences: 0, characters: 0 },
      own: { sentences: 0, characters: 0 },
      total: { sentences: 0, characters: 0 },
    },
  );
  const shares = cut(
    allShares.flatMap((s) => {
      const article = articles.get(s.article);
      return article ? [{ article, shares: s }] : [];
    }),
    limits.articles,
  );

  const order = listedPassages(comparison.passages, limits.passages);
  const passages: PassageView[] = order.flatMap((index) => {
    const p = comparison.passages[index];
    return p ? [passageView(p, index, articles, paths, limits.sentencesPerPassage)] : [];
  });

  return {
    outlets,
    matrix: { items: matrixRows, total: matrix.total },
    onlyIn: gapRows(gaps.onlyIn),
    leftOutBy: gapRows(gaps.leftOutBy),
    shares,
    corpusShares,
    passages: { items: passages, total: comparison.passages.length },
    repeats: comparison.repeats?.length ?? 0,
  };
}

function passageView(
  passage: Passage,
  index: number,
  articles: ReadonlyMap<string, AnalyzedArticle>,
  paths: SitePaths,
  limit: number,
): PassageView {
  const [first] = passage.sentences;
  const base = first && articles.get(first.article);
  const baseKeys = base && first ? keysOf(base, first) : '';
  const sentences = passage.sentences.slice(0, limit).flatMap((s, i) => {
    const article = articles.get(s.article);
    if (!article) return [];
    const differs = i > 0 && base && first && keysOf(article, s) !== baseKeys;
    return [
      {
        article,
        sentence: s.sentence,
        href: paths.sentence(s.article, s.sentence),
        text: article.text.slice(s.start, s.end),
        diff: differs ? wordDiff({ text: base.text, span: first }, { text: article.text, span: s }) : null,
      },
    ];
  });
  return {
    number: index + 1,
    anchor: passageAnchor(index + 1),
    kind: passage.kind,
    similarity: passage.similarity,
    articles: new Set(passage.sentences.map((s) => s.article)).size,
    sentences: { items: sentences, total: passage.sentences.length },
  };
}

function keysOf(article: AnalyzedArticle, span: { start: number; end: number }): string {
  return sentenceWords(article.text, span)
    .map((w) => w.key)
    .join(' ');
}
