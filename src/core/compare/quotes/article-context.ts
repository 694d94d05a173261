import type { AnalyzedArticle, Entity, EntityId, Mention, Span } from '../../types.ts';
import { findQuotedSpans, type QuotedSpan } from './quotation-marks.ts';

/** A word or a clause mark of the narration (outside quotation marks), with its place in the text. */
export interface Word extends Span {
  text: string;
}

/** What the attribution stages read of one article, computed once. */
export interface ArticleContext {
  article: AnalyzedArticle;
  text: string;
  /** Every span in quotation marks, in order (quotations and names alike). */
  spans: readonly QuotedSpan[];
  /** The article's mentions outside quotation marks, in order. */
  mentions: readonly Mention[];
  /** The narration's words and clause marks (, ; : ( ) —), in order. */
  words: readonly Word[];
  /** 0-based index of the sentence holding `offset` (the last one starting at or before it). */
  sentenceAt(offset: number): number;
  sentence(index: number): Span | undefined;
  paragraphAt(offset: number): number;
  /** The corpus entity with this id. */
  entity(id: EntityId): Entity | undefined;
  /** A corpus entity whose name or alias is exactly these words, for a name the extraction left unmarked here. */
  entityNamed(name: string): Entity | undefined;
  /** The latest agency or organisation of the corpus whose name holds `noun` and is written in the text before `offset`. */
  bodyNamedBefore(noun: string, offset: number): Entity | undefined;
}

const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[’'\-&.][\p{L}\p{M}\p{N}]+)*|[,;:()—–]/gu;
const POSSESSIVE = /^(.+)([’']s)$/u;

/** Index of the last span starting at or before `offset`, or -1. */
function lastStartingBefore(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Builds the context of one article; `entities` and `names` are the corpus's. */
export function articleContext(
  article: AnalyzedArticle,
  entities: ReadonlyMap<EntityId, Entity>,
  names: ReadonlyMap<string, Entity>,
): ArticleContext {
  const { text } = article;
  const spans = findQuotedSpans(text, article.paragraphs);
  const paragraphs = article.paragraphs;
  const quoted = spans.map((s) => ({
    start: s.open,
    end: (s.close ?? paragraphs[s.paragraph]?.end ?? s.end) + 1,
  }));
  const inQuote = (offset: number): boolean => {
    const k = lastStartingBefore(quoted, offset);
    const q = quoted[k];
    return q !== undefined && offset < q.end;
  };
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    if (inQuote(start)) continue;
    // "the union’s general secretary": the possessive is a word of its own, so "union" is one too.
    const possessive = POSSESSIVE.exec(match[0]);
    if (possessive?.[1] && possessive[2]) {
      const cut = start + possessive[1].length;
      words.push(
        { text: possessive[1], start, end: cut },
        { text: possessive[2], start: cut, end: start + match[0].length },
      );
    } else words.push({ text: match[0], start, end: start + match[0].length });
  }
  return {
    article,
    text,
    spans,
    mentions: article.mentions.filter((m) => !inQuote(m.start)),
    words,
    sentenceAt: (offset) => Math.max(0, lastStartingBefore(article.sentences, offset)),
    sentence: (index) => article.sentences[index],
    paragraphAt: (offset) => Math.max(0, lastStartingBefore(paragraphs, offset)),
    entity: (id) => entities.get(id),
    entityNamed: (name) => names.get(name.toLowerCase()),
    bodyNamedBefore: (noun, offset) => {
      const before = text.slice(0, offset);
      let best: { entity: Entity; at: number } | undefined;
      for (const entity of entities.values()) {
        if (entity.type !== 'agency' && entity.type !== 'organization') continue;
        if (
          !entity.name
            .toLowerCase()
            .split(/[^\p{L}]+/u)
            .includes(noun)
        )
          continue;
        const at = before.lastIndexOf(entity.name);
        if (at >= 0 && (!best || at > best.at)) best = { entity, at };
      }
      return best?.entity;
    },
  };
}

/** Where the narration run holding `offset` ends: the end of its sentence, or the next quotation's opening mark. */
export function runEnd(ctx: ArticleContext, offset: number): number {
  const end = ctx.sentence(ctx.sentenceAt(offset))?.end ?? ctx.text.length;
  const next = ctx.spans.find((s) => s.open >= offset);
  return next && next.open < end ? next.open : end;
}

/** Where the narration run before `offset` starts: the start of its sentence, or the last closing mark before it. */
export function runStart(ctx: ArticleContext, offset: number): number {
  const start = ctx.sentence(ctx.sentenceAt(offset))?.start ?? 0;
  let close: number | null = null;
  for (const s of ctx.spans) if (s.close !== null && s.close < offset) close = s.close;
  return close !== null && close >= start ? close + 1 : start;
}
