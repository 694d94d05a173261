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
 * Every mention of `entity` in its sentence, grouped by article (corpus
 * order) and by sentence, so a sentence naming the entity twice is shown
 * once with both mentions highlighted.
 */
export function mentionContexts(articles: readonly AnalyzedArticle[], entity: EntityId): ArticleContexts[] {
  const result: ArticleContexts[] = [];
  for (const article of articles) {
    const bySentence = new Map<Span, number[]>();
    article.mentions.forEach((m, index) => {
      if (m.entity !== entity) return;
      const sentence = sentenceAt(article.sentences, m.start) ?? blockAt(article, m.start);
      bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), index]);
    });
    if (bySentence.size === 0) continue;
    const sentences = [...bySentence].map(([sentence, indexes]) => ({
      sentence,
      segments: segmentsOf(article, sentence, indexes),
    }));
    sentences.sort((a, b) => a.sentence.start - b.sentence.start);
    result.push({ article, sentences });
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

function segmentsOf(article: AnalyzedArticle, sentence: Span, indexes: number[]): Segment[] {
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
