import { z } from 'zod';
import { report } from '../common.ts';
import { coverageRow } from './coverage.ts';
import { event, eventGroup } from './events.ts';
import { passage } from './passages.ts';
import { discrepancy, quantity } from './quantities.ts';
import { quote } from './quotes.ts';

/**
 * `/data/analysis.json`: the cross-outlet analysis (the design's data
 * contract). Every `start`/`end` indexes the `text` of
 * `/data/articles/<article>.json`; every `sentence` is the 1-based index of
 * the sentence holding `start`. Cross-file checks are in `analysisProblems`.
 */
export const publishedAnalysis = z
  .strictObject({
    outlets: z.array(z.string().min(1)).describe('every outlet of the corpus, sorted by name'),
    coverage: z.array(coverageRow).describe('the entities × outlets matrix, one row per entity'),
    passages: z.array(passage).describe('sentences shared or reworded between articles'),
    quotes: z.array(quote).describe('every direct quotation, one item per quotation however many outlets carry it'),
    quantities: z.array(quantity).describe('every number and what it counts'),
    discrepancies: z.array(discrepancy).describe('quantities about the same thing that differ between outlets'),
    events: z.array(event).describe('dated events, from explicit and relative dates'),
    timeline: z
      .array(eventGroup)
      .optional()
      .describe(
        'the events grouped into happenings across outlets, in date order; every event is in exactly one group (an addition to the contract)',
      ),
  })
  .superRefine((analysis, ctx) => report(ctx, internalProblems(analysis)));

export type PublishedAnalysis = z.output<typeof publishedAnalysis>;

/** Checks that need only the file itself: unique ids, discrepancies naming quantities that exist. */
function internalProblems(analysis: PublishedAnalysis): string[] {
  const problems: string[] = [];
  for (const [what, ids] of [
    ['quote', analysis.quotes.map((q) => q.id)],
    ['quantity', analysis.quantities.map((q) => q.id)],
    ['event', analysis.events.map((e) => e.id)],
  ] as const) {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${what} id ${id} appears twice`);
      seen.add(id);
    }
  }
  const quantities = new Set(analysis.quantities.map((q) => q.id));
  analysis.discrepancies.forEach((d, i) => {
    for (const id of d.quantities) if (!quantities.has(id)) problems.push(`discrepancies[${i}]: no quantity ${id}`);
  });
  const outlets = new Set(analysis.outlets);
  problems.push(...timelineProblems(analysis, outlets));
  analysis.coverage.forEach((row, i) => {
    for (const outlet of Object.keys(row.outlets))
      if (!outlets.has(outlet)) problems.push(`coverage[${i}] (${row.entity}): unknown outlet ${outlet}`);
  });
  return problems;
}

/** The timeline holds every event once, by an id that exists, with known outlets. */
function timelineProblems(analysis: PublishedAnalysis, outlets: ReadonlySet<string>): string[] {
  if (analysis.timeline === undefined) return [];
  const problems: string[] = [];
  const events = new Set(analysis.events.map((e) => e.id));
  const grouped = new Set<string>();
  analysis.timeline.forEach((group, i) => {
    for (const id of group.events) {
      if (!events.has(id)) problems.push(`timeline[${i}]: no event ${id}`);
      if (grouped.has(id)) problems.push(`timeline[${i}]: event ${id} is in two groups`);
      grouped.add(id);
    }
    for (const outlet of group.outlets)
      if (!outlets.has(outlet)) problems.push(`timeline[${i}]: unknown outlet ${outlet}`);
  });
  for (const id of events) if (!grouped.has(id)) problems.push(`timeline: event ${id} is in no group`);
  return problems;
}

/** What the cross-file checks read of each article. */
export interface ArticleText {
  text: string;
  sentences: readonly { start: number; end: number }[];
}

/**
 * Each way the analysis disagrees with the articles and entities it was
 * published beside: unknown articles or entities, ranges outside the text,
 * a `sentence` that does not hold `start`, a surface that is not the text.
 */
export function analysisProblems(
  analysis: PublishedAnalysis,
  articles: ReadonlyMap<string, ArticleText>,
  entities: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const at = (where: string, loc: { article: string; sentence: number; start: number; end: number }): void => {
    const article = articles.get(loc.article);
    if (!article) {
      problems.push(`${where}: unknown article ${loc.article}`);
      return;
    }
    if (!(loc.start < loc.end && loc.end <= article.text.length))
      problems.push(`${where}: [${loc.start}, ${loc.end}) is not a range of ${loc.article}`);
    const sentence = article.sentences[loc.sentence - 1];
    if (!sentence || loc.start < sentence.start || loc.start >= sentence.end)
      problems.push(`${where}: sentence ${loc.sentence} of ${loc.article} does not hold offset ${loc.start}`);
  };
  const surface = (where: string, loc: { article: string; start: number; end: number; surface: string }): void => {
    const slice = articles.get(loc.article)?.text.slice(loc.start, loc.end);
    if (slice !== undefined && slice !== loc.surface)
      problems.push(`${where}: surface ${JSON.stringify(loc.surface)} but the text there is ${JSON.stringify(slice)}`);
  };
  const entity = (where: string, id: string | null): void => {
    if (id !== null && !entities.has(id)) problems.push(`${where}: unknown entity ${id}`);
  };

  analysis.coverage.forEach((row, i) => entity(`coverage[${i}]`, row.entity));
  analysis.passages.forEach((p, i) => {
    p.sentences.forEach((s, j) => {
      at(`passages[${i}].sentences[${j}]`, s);
      const sentence = articles.get(s.article)?.sentences[s.sentence - 1];
      if (sentence && (sentence.start !== s.start || sentence.end !== s.end))
        problems.push(`passages[${i}].sentences[${j}]: not the whole sentence ${s.sentence}`);
    });
    if (new Set(p.sentences.map((s) => s.article)).size < 2) problems.push(`passages[${i}]: fewer than two articles`);
  });
  analysis.quotes.forEach((q, i) => {
    entity(`quotes[${i}] (${q.id})`, q.speaker);
    q.speakers?.forEach((id) => entity(`quotes[${i}] (${q.id}).speakers`, id));
    q.occurrences.forEach((o, j) => at(`quotes[${i}].occurrences[${j}]`, o));
  });
  analysis.quantities.forEach((q, i) => {
    at(`quantities[${i}] (${q.id})`, q);
    surface(`quantities[${i}] (${q.id})`, q);
  });
  analysis.events.forEach((e, i) => {
    at(`events[${i}] (${e.id})`, e);
    surface(`events[${i}] (${e.id})`, e);
    e.entities.forEach((id) => entity(`events[${i}] (${e.id})`, id));
  });
  return problems;
}
