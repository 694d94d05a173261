import type { Passage, Repeat } from '../../publish/schemas/analysis/passages.ts';
import type { AnalyzedArticle, ArticleSlug } from '../../types.ts';
import { sentenceWords } from './sentence-words.ts';

/** How one sentence of a group stands to the others. */
export type SentenceKind = 'shared' | 'reworded' | 'repeated';

/** Another sentence of the group. */
export interface Counterpart {
  article: ArticleSlug;
  sentence: number;
  /** The same words as this sentence (the shared rule), not a rewording. */
  same: boolean;
}

export interface SentenceLink {
  /** Which list holds the group and where: `passages` (two or more articles) or `repeats` (one article). */
  group: { list: 'passages' | 'repeats'; index: number };
  /**
   * `shared` when another article has the same words, `reworded` when other
   * articles carry it only reworded, `repeated` when only its own article repeats it.
   */
  kind: SentenceKind;
  /** The other sentences of the group in reading order (corpus order, then sentence), at most `limit` of them. */
  counterparts: Counterpart[];
  /** How many more the group holds. */
  more: number;
}

/** Per article, per sentence number, the group it is in. */
export type SentenceLinks = Map<ArticleSlug, Map<number, SentenceLink>>;

/**
 * Every grouped sentence with its counterparts, for the marks beside the
 * sentences and the per-article shares. A sentence is in at most one group,
 * so each has at most one link. Cost: linear in the grouped sentences.
 */
export function sentenceLinks(
  articles: readonly AnalyzedArticle[],
  groups: { passages: readonly Passage[]; repeats?: readonly Repeat[] | undefined },
  limit = 3,
): SentenceLinks {
  const bySlug = new Map(articles.map((a) => [a.slug as string, a]));
  const links: SentenceLinks = new Map();
  const lists = [
    ['passages', groups.passages],
    ['repeats', groups.repeats ?? []],
  ] as const;
  for (const [list, items] of lists) {
    items.forEach((group, index) => {
      const keys = group.sentences.map((s) => {
        const text = bySlug.get(s.article)?.text ?? '';
        return sentenceWords(text, s)
          .map((w) => w.key)
          .join(' ');
      });
      // The articles each wording appears in, to tell a shared sentence from a reworded one.
      const articlesOf = new Map<string, Set<string>>();
      group.sentences.forEach((s, i) => {
        const key = keys[i] ?? '';
        articlesOf.set(key, (articlesOf.get(key) ?? new Set()).add(s.article));
      });
      group.sentences.forEach((s, i) => {
        const key = keys[i] ?? '';
        const sameElsewhere = [...(articlesOf.get(key) ?? [])].some((a) => a !== s.article);
        const kind: SentenceKind = list === 'repeats' ? 'repeated' : sameElsewhere ? 'shared' : 'reworded';
        const counterparts: Counterpart[] = [];
        for (let j = 0; j < group.sentences.length && counterparts.length < limit; j++) {
          const other = group.sentences[j];
          if (j === i || !other) continue;
          counterparts.push({ article: other.article as ArticleSlug, sentence: other.sentence, same: keys[j] === key });
        }
        const slug = s.article as ArticleSlug;
        let perArticle = links.get(slug);
        if (!perArticle) links.set(slug, (perArticle = new Map<number, SentenceLink>()));
        perArticle.set(s.sentence, {
          group: { list, index },
          kind,
          counterparts,
          more: group.sentences.length - 1 - counterparts.length,
        });
      });
    });
  }
  return links;
}
