import type { AnalyzedArticle, EntityId, Span } from '../types.ts';

/** A run of a sentence: plain text, or a mention of the entity in question (`n` is its 1-based number in the article). */
export type Segment = { text: string; mention?: undefined } | { text: string; mention: number };

/** One sentence that mentions the entity, cut into segments around those mentions. */
export interface SentenceContext {
  sentence: Span;
  segments: Segment[];
}

/** The sentences of one article that mention the entity, in text order. */
export interface ArticleContexts {
  article: AnalyzedArticle;
  sentences: SentenceContext[];
}

/**
 * One sentence of one article that names the entity, by reference: the
 * indexes (0-based, into `article.mentions`) of the entity's mentions in it.
 * Cheap to hold for every mention of the corpus; the text is cut only for
 * the sentences a page shows.
 */
export interface SentenceRef {
  article: AnalyzedArticle;
  sentence: Span;
  indexes: number[];
}

/**
 * Every mention of `entity` in its sentence, grouped by article (corpus
 * order) and by sentence, so a sentence naming the entity twice is shown
 * once with both mentions highlighted.
 */
export function mentionContexts(articles: readonly AnalyzedArticle[], entity: EntityId): ArticleContexts[] {
  return contextsOf(articles.flatMap((article) => articleSentenceRefs(article).get(entity) ?? []));
}

/** Sentence references grouped by article in the order given, each cut into segments. */
export function contextsOf(refs: readonly SentenceRef[]): ArticleContexts[] {
  const result: ArticleContexts[] = [];
  for (const ref of refs) {
    const context = { sentence: ref.sentence, segments: segmentsOf(ref.article, ref.sentence, ref.indexes) };
    const last = result.at(-1);
    if (last?.article === ref.article) last.sentences.push(context);
    else result.push({ article: ref.article, sentences: [context] });
  }
  return result;
}

const sentenceIndexes = new WeakMap<readonly AnalyzedArticle[], Map<EntityId, SentenceRef[]>>();

/**
 * For every entity, its sentences across the corpus (corpus order, then
 * text order), built in one pass over all mentions and kept per corpus: every
 * entity page and each of its mention pages reads its own list from it.
 */
export function entitySentences(articles: readonly AnalyzedArticle[]): ReadonlyMap<EntityId, readonly SentenceRef[]> {
  let index = sentenceIndexes.get(articles);
  if (index) return index;
  index = new Map();
  for (const article of articles) {
    for (const [entity, refs] of articleSentenceRefs(article)) {
      const list = index.get(entity);
      if (list) list.push(...refs);
      else index.set(entity, refs);
    }
  }
  sentenceIndexes.set(articles, index);
  return index;
}

/** One article's sentences that name each entity, in text order. */
function articleSentenceRefs(article: AnalyzedArticle): Map<EntityId, SentenceRef[]> {
  const byEntity = new Map<EntityId, Map<Span, number[]>>();
  article.mentions.forEach((m, index) => {
    const sentence = sentenceAt(article.sentences, m.start) ?? blockAt(article, m.start);
    let bySentence = byEntity.get(m.entity);
    if (!bySentence) byEntity.set(m.entity, (bySentence = new Map<Span, number[]>()));
    const indexes = bySentence.get(sentence);
    if (indexes) indexes.push(index);
    else bySentence.set(sentence, [index]);
  });
  const result = new Map<EntityId, SentenceRef[]>();
  for (const [entity, bySentence] of byEntity) {
    const refs = [...bySentence].map(([sentence, indexes]) => ({ article, sentence, indexes }));
    refs.sort((a, b) => a.sentence.start - b.sentence.start);
    result.set(entity, refs);
  }
  return result;
}

/** The sentence that holds `offset` (sentences sorted and disjoint), by binary search. */
export function sentenceAt(sentences: readonly Span[], offset: number): Span | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const s = sentences[middle];
    if (!s) break;
    if (offset < s.start) high = middle - 1;
    else if (offset >= s.end) low = middle + 1;
    else return s;
  }
  return undefined;
}

// A mention the sentence splitter left out still needs a context: its paragraph.
function blockAt(article: AnalyzedArticle, offset: number): Span {
  return sentenceAt(article.paragraphs, offset) ?? { start: offset, end: offset };
}

function segmentsOf(article: AnalyzedArticle, sentence: Span, indexes: readonly number[]): Segment[] {
  const segments: Segment[] = [];
  let at = sentence.start;
  for (const index of indexes) {
    const m = article.mentions[index];
    if (!m) continue;
    if (m.start > at) segments.push({ text: article.text.slice(at, m.start) });
    segments.push({ text: m.surface, mention: index + 1 });
    at = m.end;
  }
  const end = Math.max(at, sentence.end);
  if (end > at) segments.push({ text: article.text.slice(at, end) });
  return segments;
}
