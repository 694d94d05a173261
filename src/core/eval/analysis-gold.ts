import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { RELATIONS } from '../publish/schemas/analysis/quantities.ts';
import { PRECISIONS } from '../publish/schemas/analysis/events.ts';
import type { Span } from '../types.ts';

/**
 * The analysis gold of a set (`tests/gold/<set>/analysis.yaml`, conventions
 * in `tests/gold/ANALYSIS-CONVENTIONS.md`): strings copied from the article
 * bodies, found again with `indexOf` (`nth` picks a later match).
 */
const nth = z.int().positive().optional();
const speaker = z.union([z.string().min(1), z.array(z.string().min(1)).min(2)]).nullable();

const goldFile = z.strictObject({
  quotes: z
    .array(
      z.strictObject({
        speaker,
        unnamed: z.string().min(1).optional(),
        occurrences: z
          .array(z.strictObject({ article: z.string(), pieces: z.array(z.string().min(1)).min(1), nth }))
          .min(1),
      }),
    )
    .default([]),
  quantities: z
    .array(
      z.strictObject({
        article: z.string(),
        surface: z.string().min(1),
        nth,
        value: z.number(),
        relation: z.enum(RELATIONS),
        unit: z.string().nullable(),
        counts: z.string().nullable(),
      }),
    )
    .default([]),
  discrepancies: z
    .array(
      z.strictObject({
        about: z.string(),
        quantities: z.array(z.strictObject({ article: z.string(), surface: z.string(), nth })).min(2),
      }),
    )
    .default([]),
  events: z
    .array(
      z.strictObject({
        article: z.string(),
        surface: z.string().min(1),
        nth,
        date: z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)),
        precision: z.enum(PRECISIONS),
        relative: z.boolean(),
      }),
    )
    .default([]),
  passages: z
    .array(
      z.strictObject({
        kind: z.enum(['shared', 'reworded']),
        sentences: z.array(z.strictObject({ article: z.string(), text: z.string().min(1), nth })).min(2),
      }),
    )
    .default([]),
});

/** A gold string found in its article: the article's slug and the range. */
export interface GoldSpan extends Span {
  article: string;
}

export interface GoldQuote {
  /** Gold entity ids of the speaker (two or more for a joint statement); empty when unnamed or unattributed. */
  speakers: string[];
  unnamed: string | null;
  occurrences: { article: string; pieces: GoldSpan[] }[];
}
export interface GoldQuantity extends GoldSpan {
  surface: string;
  value: number;
  relation: (typeof RELATIONS)[number];
  unit: string | null;
  counts: string | null;
}
export interface GoldEvent extends GoldSpan {
  surface: string;
  date: string;
  precision: (typeof PRECISIONS)[number];
  relative: boolean;
}
export interface AnalysisGold {
  quotes: GoldQuote[];
  quantities: GoldQuantity[];
  discrepancies: { about: string; quantities: GoldSpan[] }[];
  events: GoldEvent[];
  passages: { kind: 'shared' | 'reworded'; sentences: GoldSpan[] }[];
}

/**
 * Parses a set's analysis gold and finds every string in its article's text.
 * Throws, naming the file and the item, for a string that is not there or an
 * unknown article, so a gold typo never scores as a system error.
 */
export function parseAnalysisGold(file: string, yaml: string, texts: ReadonlyMap<string, string>): AnalysisGold {
  const parsed = goldFile.safeParse(parseYaml(yaml) ?? {});
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const find = (where: string, article: string, needle: string, n = 1, from = 0): GoldSpan => {
    const text = texts.get(article);
    if (text === undefined) throw new Error(`${file}: ${where}: unknown article ${article}`);
    let at = from - 1;
    for (let k = 0; k < n; k++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`${file}: ${where}: ${JSON.stringify(needle)} is not in ${article} (match ${n})`);
    }
    return { article, start: at, end: at + needle.length };
  };
  const g = parsed.data;
  return {
    quotes: g.quotes.map((q, i) => ({
      speakers: q.speaker === null ? [] : Array.isArray(q.speaker) ? q.speaker : [q.speaker],
      unnamed: q.unnamed ?? null,
      occurrences: q.occurrences.map((o, j) => {
        // Pieces follow each other: each is looked for after the one before.
        let from = 0;
        const pieces = o.pieces.map((piece, k) => {
          const span = find(
            `quotes[${i}].occurrences[${j}].pieces[${k}]`,
            o.article,
            piece,
            k === 0 ? (o.nth ?? 1) : 1,
            from,
          );
          from = span.end;
          return span;
        });
        return { article: o.article, pieces };
      }),
    })),
    quantities: g.quantities.map((q, i) => ({
      ...find(`quantities[${i}]`, q.article, q.surface, q.nth),
      surface: q.surface,
      value: q.value,
      relation: q.relation,
      unit: q.unit,
      counts: q.counts,
    })),
    discrepancies: g.discrepancies.map((d, i) => ({
      about: d.about,
      quantities: d.quantities.map((q, j) => find(`discrepancies[${i}].quantities[${j}]`, q.article, q.surface, q.nth)),
    })),
    events: g.events.map((e, i) => ({
      ...find(`events[${i}]`, e.article, e.surface, e.nth),
      surface: e.surface,
      date: e.date,
      precision: e.precision,
      relative: e.relative,
    })),
    passages: g.passages.map((p, i) => ({
      kind: p.kind,
      sentences: p.sentences.map((s, j) => find(`passages[${i}].sentences[${j}]`, s.article, s.text, s.nth)),
    })),
  };
}
