import { ENTITY_TYPES } from '../../src/core/types.ts';
import type { MentionError } from '../../src/core/eval/mention-errors.ts';
import type { Prf, Recall } from '../../src/core/eval/metrics.ts';
import type { EntityError, Score, TypeScore } from '../../src/core/eval/score.ts';
import { compareText } from '../../src/core/compare-text.ts';

const pct = (value: number): string => (value * 100).toFixed(1).padStart(5);
const prfCells = (p: Prf): string[] => [
  pct(p.precision),
  pct(p.recall),
  pct(p.f1),
  `${p.tp}/${p.tp + p.fp}/${p.tp + p.fn}`,
];
const recallCells = (r: Recall): string[] => [pct(r.recall), `${r.found}/${r.gold}`];

const HEADER = [
  'type',
  'ent P',
  'ent R',
  'ent F1',
  'tp/sys/gold',
  'men P',
  'men R',
  'men F1',
  'tp/sys/gold',
  'men rec',
  'found/gold',
];

/** The per-type table of one set: entity level, mention level, mention recall, with counts. */
export function formatScoreTable(score: Score): string {
  const row = (label: string, s: TypeScore): string[] => [
    label,
    ...prfCells(s.entity),
    ...prfCells(s.mention),
    ...recallCells(s.mentionRecall),
  ];
  const rows = ENTITY_TYPES.flatMap((type) => {
    const s = score.byType[type];
    return s ? [row(type, s)] : [];
  });
  rows.push(row('overall', score.overall));
  const table = [HEADER, ...rows];
  const widths = HEADER.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(HEADER), ...rows.slice(0, -1).map(line), '-'.repeat(line(HEADER).length), line(rows.at(-1) ?? [])].join(
    '\n',
  );
}

/** One line per mention error, grouped by article in text order. */
export function formatMentionErrors(errors: readonly MentionError[]): string {
  return [...errors]
    .sort((a, b) => compareText(a.article, b.article) || a.start - b.start || compareText(a.kind, b.kind))
    .map(
      (e) =>
        `${e.kind}  ${e.article} ${e.start}-${e.end}  ${e.type} ${e.entity}  "${e.surface}"  (${e.reason})  ${e.context}`,
    )
    .join('\n');
}

/** One line per (article, entity, type) that one side lacks. */
export function formatEntityErrors(errors: readonly EntityError[]): string {
  return [...errors]
    .sort((a, b) => compareText(a.article, b.article) || compareText(a.kind, b.kind) || compareText(a.entity, b.entity))
    .map((e) => `${e.kind}  ${e.article}  ${e.type} ${e.entity}${e.aligned ? '' : ' (aligns to no gold entity)'}`)
    .join('\n');
}
