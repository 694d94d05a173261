import { occurrenceWording } from '../compare/quotes/quote-text.ts';
import type { Quote } from '../publish/schemas/analysis/quotes.ts';
import type { AnalyzedArticle, CorpusAnalysis, EntityId, EntitySummary } from '../types.ts';
import { compareText } from '../compare-text.ts';
import type { DiffPiece } from '../compare/diff-pieces.ts';
import { wordingDiff } from './quote-diff.ts';

/** One outlet's copy of a quotation, as the pages show it. */
export interface OccurrenceView {
  article: AnalyzedArticle;
  /** 1-based sentence: the link target `#s-<n>`. */
  sentence: number;
  exact: boolean;
  /** The outlet's wording against the quote's text; null when the wording is the same. */
  diff: DiffPiece[] | null;
}

/** How the text names a quotation's source. */
export type SourceKind = 'entity' | 'unnamed' | 'named-only' | 'unattributed';

export interface QuoteView {
  quote: Quote;
  /** The speakers as entities (two or more for a joint statement). */
  speakers: EntitySummary[];
  source: SourceKind;
  occurrences: OccurrenceView[];
  /** The distinct outlets carrying it. */
  outlets: string[];
}

/** Words that open the description of an unnamed source ("a senior official", "two people familiar…"). */
const DESCRIPTION = /^(?:\p{Ll}|(?:A|An|One|Two|Three|Several|Some|Many|The|Other)\s)/u;

function sourceKind(quote: Quote, speakers: readonly EntitySummary[]): SourceKind {
  if (speakers.length > 0) return 'entity';
  if (quote.speakerName === null) return 'unattributed';
  return DESCRIPTION.test(quote.speakerName) ? 'unnamed' : 'named-only';
}

const computed = new WeakMap<readonly Quote[], QuoteView[]>();

/**
 * Every quote with its speakers, outlets and each outlet's wording
 * differences, in the comparison's order; computed once per list of quotes,
 * as every entity page asks for it.
 */
export function quoteViews(quotes: readonly Quote[], corpus: CorpusAnalysis): QuoteView[] {
  const known = computed.get(quotes);
  if (known) return known;
  const views = buildViews(quotes, corpus);
  computed.set(quotes, views);
  return views;
}

function buildViews(quotes: readonly Quote[], corpus: CorpusAnalysis): QuoteView[] {
  const articles = new Map(corpus.articles.map((a) => [a.slug as string, a]));
  const entities = new Map(corpus.entities.map((e) => [e.id as string, e]));
  return quotes.map((quote) => {
    const ids = quote.speakers ?? (quote.speaker === null ? [] : [quote.speaker]);
    const speakers = ids.flatMap((id) => entities.get(id) ?? []);
    const occurrences = quote.occurrences.flatMap((o): OccurrenceView[] => {
      const article = articles.get(o.article);
      if (!article) return [];
      const diff = o.exact
        ? null
        : wordingDiff(quote.text, occurrenceWording(article.text, article.paragraphs, o.start, o.end));
      return [{ article, sentence: o.sentence, exact: o.exact, diff }];
    });
    const outlets = [...new Set(occurrences.map((o) => o.article.meta.outlet))];
    return { quote, speakers, source: sourceKind(quote, speakers), occurrences, outlets };
  });
}

/** A heading of the quotes page and the quotes under it. */
export interface SpeakerGroup {
  /** The anchor of the group's heading. */
  id: string;
  kind: SourceKind | 'joint';
  speakers: EntitySummary[];
  quotes: QuoteView[];
}

const byReach = (a: QuoteView, b: QuoteView): number => b.outlets.length - a.outlets.length;

/**
 * The quotes grouped by speaker: people, agencies and organisations with the
 * most quotes first (then by name), then joint statements, unnamed sources,
 * sources named only in the text and unattributed quotes; in each group the
 * most widely carried quotes first.
 */
export function quotesBySpeaker(views: readonly QuoteView[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const view of views) {
    const joint = view.speakers.length > 1;
    const key = view.source === 'entity' ? view.speakers.map((s) => s.id).join('+') : view.source;
    const group = groups.get(key) ?? {
      // An id holds letters, digits, dashes and underscores only; entity ids never hold an underscore.
      id: `by-${view.source === 'entity' ? view.speakers.map((s) => s.id).join('_') : view.source}`,
      kind: joint ? 'joint' : view.source,
      speakers: view.speakers,
      quotes: [],
    };
    group.quotes.push(view);
    groups.set(key, group);
  }
  const order: Record<SpeakerGroup['kind'], number> = {
    entity: 0,
    joint: 1,
    unnamed: 2,
    'named-only': 3,
    unattributed: 4,
  };
  const name = (g: SpeakerGroup): string => g.speakers.map((s) => s.name).join(' ');
  return [...groups.values()]
    .map((g) => ({ ...g, quotes: [...g.quotes].sort(byReach) }))
    .sort(
      (a, b) => order[a.kind] - order[b.kind] || b.quotes.length - a.quotes.length || compareText(name(a), name(b)),
    );
}

/** The quotes carried by two or more outlets, the most widely carried first. */
export function widelyCarried(views: readonly QuoteView[]): QuoteView[] {
  return views.filter((v) => v.outlets.length > 1).sort(byReach);
}

/** The quotes an entity said, alone or in a joint statement, the most widely carried first. */
export function quotesOf(views: readonly QuoteView[], id: EntityId): QuoteView[] {
  return views.filter((v) => v.speakers.some((s) => s.id === id)).sort(byReach);
}
