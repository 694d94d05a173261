import type { ArticleSlug, EntityId, Span } from '../../types.ts';
import { runEnd, type ArticleContext } from './article-context.ts';
import {
  PIECE_RULES,
  QUOTE_RULES,
  type Attribution,
  type AttributionRule,
  type RuleInput,
} from './attribution-rules.ts';
import { Discourse, UNATTRIBUTED, type Speaker } from './discourse.ts';
import { findCues } from './find-cues.ts';
import type { Gender } from './gender.ts';
import { whyNotAQuote } from './not-quotes.ts';
import type { QuotedSpan } from './quotation-marks.ts';
import { joinPieces } from './quote-text.ts';

/** One quotation in one article: its pieces (the words inside the marks) and who said it. */
export interface ArticleQuote extends Span {
  article: ArticleSlug;
  /** 1-based sentence holding `start`. */
  sentence: number;
  pieces: Span[];
  /** The pieces' words, joined by " … " where an attribution broke them and by a space where a paragraph did. */
  text: string;
  speaker: Speaker;
  /** The attribution rule that found the speaker; null when unattributed. */
  rule: string | null;
}

interface Piece {
  span: QuotedSpan;
  own: Attribution | null;
}

function firstOf(rules: readonly AttributionRule[], input: RuleInput): Attribution | null {
  for (const rule of rules) {
    const found = rule.attribute(input);
    if (found) return found;
  }
  return null;
}

/**
 * Pieces that are one quotation: a paragraph that ends inside the marks and
 * the next that opens with one; or, in one paragraph, a piece broken off only
 * by the attribution of the piece before ("“A,” said X. “B.”") or sharing its
 * reporting verb ("“A,” he said, “B.”"). A piece with an attribution of its
 * own ("…,” he added.) starts a new quotation.
 */
function continues(ctx: ArticleContext, a: Piece, b: Piece): boolean {
  if (a.span.close === null) return b.span.paragraph === a.span.paragraph + 1 && b.span.opensParagraph;
  if (b.span.paragraph !== a.span.paragraph) return false;
  // "“A,” he said, “B.”": one reporting verb between the pieces; two partial quotes after one verb are two quotes.
  if (b.own) return b.own.cue !== null && b.own.cue === a.own?.cue && b.own.cue.start > a.span.close;
  const between = ctx.text.slice(a.span.close + 1, b.span.open);
  if (between.trim() === '') return true;
  if (!a.own?.cue || a.own.rule !== PIECE_RULES[0]?.name) return false;
  return ctx.text.slice(runEnd(ctx, a.span.close), b.span.open).trim() === '';
}

/**
 * The quotations of one article with their speakers: the content stage
 * (quotation marks), the cue stage (reporting verbs), the source and
 * coreference stages (the discourse), the attribution rules, joining pieces,
 * then the filters that drop names, terms and slogans.
 */
export function articleQuotes(ctx: ArticleContext, genderOf: (id: EntityId) => Gender | null): ArticleQuote[] {
  const cues = findCues(ctx);
  const discourse = new Discourse(ctx, cues, genderOf);
  const input = (spans: QuotedSpan[]): RuleInput => ({ ctx, cues, discourse, spans });
  const pieces: Piece[] = ctx.spans.map((span) => ({ span, own: firstOf(PIECE_RULES, input([span])) }));

  const groups: Piece[][] = [];
  for (const piece of pieces) {
    const group = groups.at(-1);
    const previous = group?.at(-1);
    if (group && previous && continues(ctx, previous, piece)) group.push(piece);
    else groups.push([piece]);
  }

  const quotes: ArticleQuote[] = [];
  for (const group of groups) {
    const spans = group.map((p) => p.span);
    const first = spans[0];
    const last = spans.at(-1);
    if (!first || !last) continue;
    const attribution = group.find((p) => p.own)?.own ?? firstOf(QUOTE_RULES, input(spans));
    const text = joinPieces(ctx.text, spans);
    const sentence = ctx.sentence(ctx.sentenceAt(first.open));
    const before = ctx.text.slice(Math.min(sentence?.start ?? first.open, first.open), first.open);
    if (whyNotAQuote({ text, before }) !== null) continue;
    quotes.push({
      article: ctx.article.slug,
      start: first.start,
      end: last.end,
      sentence: ctx.sentenceAt(first.start) + 1,
      pieces: spans.map((s) => ({ start: s.start, end: s.end })),
      text,
      speaker: attribution?.speaker ?? UNATTRIBUTED,
      rule: attribution?.rule ?? null,
    });
  }
  return quotes;
}
