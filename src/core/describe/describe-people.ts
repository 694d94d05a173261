import type { Knowledge } from '../knowledge/knowledge.ts';
import { isOrdinaryWord } from '../knowledge/word-classes.ts';
import { tokenize, type Token } from '../extract/tokens.ts';
import type { AnalyzedArticle, EntityId, Span } from '../types.ts';
import { appositionRole } from './apposition-role.ts';
import { isRoleNoun, roleKey } from './role-words.ts';
import { titleRole } from './title-role.ts';

/** Where a role was read; an apposition says more than a title, so it wins. */
type Source = 'apposition' | 'title';
const RANK: Readonly<Record<Source, number>> = { apposition: 0, title: 1 };

interface Reading {
  source: Source;
  text: string;
  /** Mentions, in corpus order, that read the same role (compared case-blind). */
  count: number;
  order: number;
}

/**
 * A one-line description of every person the articles give a role, read
 * from appositions ("X, senior adviser for Asia at …,") and from titles
 * before the name ("Deputy Attorney General X"). Per person, an apposition
 * beats a title; among readings of one kind the one written most often wins,
 * then the earliest in corpus order.
 */
export function describePeople(articles: readonly AnalyzedArticle[], knowledge: Knowledge): Map<EntityId, string> {
  const readings = new Map<EntityId, Map<string, Reading>>();
  let order = 0;
  const outside = (token: Token): boolean =>
    knowledge.calendarWords.has(token.text.toLowerCase()) ||
    (token.initial && !token.caps && isOrdinaryWord(knowledge, token.text));
  for (const article of articles) {
    const people = article.mentions.filter((m) => m.type === 'person');
    if (people.length === 0) continue;
    const tokens = tokenize(article.text, article.sentences);
    const byStart = new Map(tokens.map((t, i) => [t.start, i]));
    const byEnd = new Map(tokens.map((t, i) => [t.end, i]));
    for (const mention of people) {
      const first = byStart.get(mention.start);
      const last = byEnd.get(mention.end);
      const found: [Source, Span | undefined][] = [
        ['apposition', last === undefined ? undefined : appositionRole(tokens, last)],
        ['title', first === undefined ? undefined : titleRole(tokens, first, outside)],
      ];
      for (const [source, span] of found) {
        if (!span) continue;
        const text = singularRole(article.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim());
        const own = readings.get(mention.entity) ?? new Map<string, Reading>();
        const key = `${source}:${text.toLowerCase()}`;
        const reading = own.get(key) ?? { source, text, count: 0, order: order++ };
        reading.count++;
        own.set(key, reading);
        readings.set(mention.entity, own);
      }
    }
  }
  const descriptions = new Map<EntityId, string>();
  for (const [id, own] of readings) {
    const best = [...own.values()].sort(
      (a, b) => RANK[a.source] - RANK[b.source] || b.count - a.count || a.order - b.order,
    )[0];
    if (best) descriptions.set(id, best.text);
  }
  return descriptions;
}

/** "hackers Zhu Hua and Zhang Shilong": a role shared by several names is each one's in the singular. */
function singularRole(text: string): string {
  const last = /[\p{L}-]+$/u.exec(text)?.[0] ?? '';
  if (!isRoleNoun(last) || !/\p{Ll}s$/u.test(last)) return text;
  const head = last.split('-').at(-1) ?? last;
  return text.slice(0, text.length - head.length) + roleKey(head);
}
