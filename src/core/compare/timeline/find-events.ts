import { createHash } from 'node:crypto';
import type { DatedEvent } from '../../publish/schemas/analysis/events.ts';
import type { AnalyzedArticle, Mention } from '../../types.ts';
import { dateValue } from './date-value.ts';
import { parseDates } from './parse-dates.ts';

/**
 * Every dated event of an article, in text order: each date expression of
 * its body, sentence by sentence (the headline is not read), with the
 * entities named in the same sentence.
 */
export function findEvents(article: AnalyzedArticle): DatedEvent[] {
  const events: DatedEvent[] = [];
  article.sentences.forEach((sentence, index) => {
    const text = article.text.slice(sentence.start, sentence.end);
    const inSentence = article.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    for (const result of parseDates(text, article.meta.published)) {
      const start = sentence.start + result.index;
      const end = start + result.text.length;
      // "Unit 2015", "April Smith": a date-like word inside a name is part of the name.
      if (inSentence.some((m) => m.start < end && start < m.end)) continue;
      const value = dateValue(result);
      if (value === null) continue;
      events.push({
        id: eventId(article.slug, start, end),
        ...value,
        surface: result.text,
        article: article.slug,
        sentence: index + 1,
        start,
        end,
        entities: entitiesOf(inSentence),
      });
    }
  });
  return events;
}

/** Each entity once, in the order the sentence first names it. */
function entitiesOf(mentions: readonly Mention[]): DatedEvent['entities'] {
  return [...new Set(mentions.map((m) => m.entity))];
}

/** Stable across builds of the same content: it depends only on where the expression stands. */
function eventId(slug: string, start: number, end: number): string {
  return `e-${createHash('sha256').update(`${slug}:${start}:${end}`).digest('hex').slice(0, 12)}`;
}
