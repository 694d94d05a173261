import type { Comparison } from '../compare/compare-outlets.ts';
import { sentenceLinks, type SentenceLinks } from '../compare/passages/sentence-links.ts';
import type { SitePaths } from '../publish/site-paths.ts';
import type { AnalyzedArticle, ArticleSlug, CorpusAnalysis } from '../types.ts';
import { COMPARE_LIMITS } from './compare-limits.ts';
import { listedPassages } from './listed-passages.ts';

/** One link beside a sentence: to a counterpart sentence, or to the sentence's passage on the comparison page. */
export interface SentenceMark {
  relation: 'shared' | 'reworded' | 'repeated' | 'passage';
  href: string;
  /** The accessible name: "shared with The Hill, sentence 4". */
  label: string;
  /** Drawn by CSS from an attribute, so the page text stays the analysed text. */
  glyph: string;
}

export const MARK_GLYPHS: Readonly<Record<SentenceMark['relation'], string>> = {
  shared: '⇄',
  reworded: '≈',
  repeated: '↺',
  passage: '§',
};

/** Counterparts linked beside one sentence; the passage link stands for the rest. */
const COUNTERPARTS = 3;

/** The marks of every grouped sentence of one article, by sentence number (1-based). */
export type ArticleMarks = ReadonlyMap<number, readonly SentenceMark[]>;

interface Linked {
  links: SentenceLinks;
  listed: Set<number>;
  position: Map<ArticleSlug, number>;
  bySlug: Map<ArticleSlug, AnalyzedArticle>;
  perOutlet: Map<string, number>;
}

const cache = new WeakMap<Comparison, Linked>();

/** What every article's marks need, worked out once per comparison. */
function linkedOf(corpus: CorpusAnalysis, comparison: Comparison): Linked {
  let linked = cache.get(comparison);
  if (!linked) {
    const perOutlet = new Map<string, number>();
    for (const a of corpus.articles) perOutlet.set(a.meta.outlet, (perOutlet.get(a.meta.outlet) ?? 0) + 1);
    linked = {
      links: sentenceLinks(corpus.articles, comparison, COUNTERPARTS),
      listed: new Set(listedPassages(comparison.passages, COMPARE_LIMITS.passages)),
      position: new Map(corpus.articles.map((a, i) => [a.slug, i])),
      bySlug: new Map(corpus.articles.map((a) => [a.slug, a])),
      perOutlet,
    };
    cache.set(comparison, linked);
  }
  return linked;
}

/**
 * The marks beside the sentences of `article`: one link per counterpart (at
 * most three) named by outlet and sentence, whether it has the same words,
 * rewords it ("reworded from" an earlier article, "reworded in" a later one)
 * or repeats it within the article; and a link to the passage on the
 * comparison page when that page lists it. An outlet with several articles
 * is named with the headline too.
 */
export function articleMarks(
  article: AnalyzedArticle,
  corpus: CorpusAnalysis,
  comparison: Comparison,
  paths: SitePaths,
): ArticleMarks {
  const linked = linkedOf(corpus, comparison);
  const own = linked.position.get(article.slug) ?? 0;
  const name = (slug: ArticleSlug): string => {
    const other = linked.bySlug.get(slug);
    if (!other) return slug;
    const { outlet, title } = other.meta;
    return (linked.perOutlet.get(outlet) ?? 0) > 1 ? `${outlet}, “${title}”` : outlet;
  };

  const marks = new Map<number, SentenceMark[]>();
  for (const [n, link] of linked.links.get(article.slug) ?? []) {
    const list: SentenceMark[] = link.counterparts.map((c) => {
      const href = paths.sentence(c.article, c.sentence);
      if (c.article === article.slug)
        return {
          relation: 'repeated',
          href,
          label: `repeats sentence ${c.sentence} of this article`,
          glyph: MARK_GLYPHS.repeated,
        };
      if (c.same)
        return {
          relation: 'shared',
          href,
          label: `shared with ${name(c.article)}, sentence ${c.sentence}`,
          glyph: MARK_GLYPHS.shared,
        };
      const way = (linked.position.get(c.article) ?? 0) < own ? 'from' : 'in';
      return {
        relation: 'reworded',
        href,
        label: `reworded ${way} ${name(c.article)}, sentence ${c.sentence}`,
        glyph: MARK_GLYPHS.reworded,
      };
    });
    if (link.group.list === 'passages' && linked.listed.has(link.group.index)) {
      const k = link.group.index + 1;
      const rest = link.more > 0 ? `${link.more} more ${link.more === 1 ? 'sentence' : 'sentences'} and the ` : 'the ';
      list.push({
        relation: 'passage',
        href: paths.passage(k),
        label: `${rest}whole passage ${k} on the comparison page`,
        glyph: MARK_GLYPHS.passage,
      });
    }
    marks.set(n, list);
  }
  return marks;
}
