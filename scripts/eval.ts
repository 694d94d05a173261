/**
 * `npm run eval [-- --set NAME] [--errors] [--json]`: runs the extraction on
 * each gold set and prints precision, recall and F1 per type, then, for the
 * sets with analysis gold, each analysis's figures (quotes, quantities,
 * events, passages). Held-out errors are shown only for `--set <held-out set>
 * --errors`, so nobody tunes on them by accident.
 */
import { parseArgs } from 'node:util';
import { formatEntityErrors, formatMentionErrors, formatScoreTable } from './lib/format-score.ts';
import { shortfalls } from '../src/core/eval/quality-bar.ts';
import { runAnalysisEvals, type AnalysisEvalResult } from './lib/analysis-evals.ts';
import { ANALYSIS_SETS, contentGold, GOLD_SETS, type AnalysisSetName, type GoldSetName } from './lib/gold-sets.ts';
import { runEval, type SetResult } from './lib/run-eval.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string' },
    errors: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const chosen = values.set;
if (chosen !== undefined && !(GOLD_SETS as readonly string[]).includes(chosen)) {
  console.error(`unknown set "${chosen}"; expected one of ${GOLD_SETS.join(', ')}`);
  process.exit(2);
}
const sets: GoldSetName[] = chosen === undefined ? [...GOLD_SETS] : [chosen as GoldSetName];
// Held-out errors only when that one set is asked for by name, so nobody tunes on them by accident.
const HELD_OUT: readonly GoldSetName[] = ['heldout', 'heldout-2', 'stories-heldout'];
const mayShowErrors = (name: GoldSetName): boolean => values.errors && (!HELD_OUT.includes(name) || chosen === name);

const results = sets.map((name) => runEval(name));
const isAnalysisSet = (name: GoldSetName): name is AnalysisSetName =>
  (ANALYSIS_SETS as readonly GoldSetName[]).includes(name);
const analyses = sets.filter(isAnalysisSet).map((name) => ({ name, results: runAnalysisEvals(name) }));
// The user's own articles need no gold: those without are listed, never a failure.
const content = contentGold();

if (values.json) {
  const out = results.map(({ score, ...rest }) => {
    const { errors, entityErrors, ...metrics } = score;
    return { ...rest, ...metrics, ...(mayShowErrors(rest.name) ? { errors, entityErrors } : {}) };
  });
  const analysisOut = analyses.map(({ name, results: list }) => ({
    set: name,
    analyses: list.map(({ eval: e, score, shortfalls: missed }) => ({
      analysis: e,
      metrics: score.metrics,
      shortfalls: missed,
      ...(mayShowErrors(name) ? { errors: score.errors } : {}),
    })),
  }));
  console.log(JSON.stringify({ entities: out, analyses: analysisOut, content }, null, 2));
} else {
  for (const result of results) print(result);
  for (const { name, results: list } of analyses) printAnalyses(name, list);
  printContentGold();
}

function printContentGold(): void {
  const total = content.annotated.length + content.missing.length;
  console.log(`\n== content/articles: ${total} articles, ${content.annotated.length} with gold ==`);
  for (const { slug, set } of content.annotated) console.log(`  ${slug}: tests/gold/${set}/${slug}.md`);
  if (content.missing.length > 0)
    console.log(
      `without gold (not scored; to score one, add a copy with every mention marked, see tests/gold/CONVENTIONS.md):\n${content.missing.map((s) => `  ${s}`).join('\n')}`,
    );
}

function printAnalyses(name: AnalysisSetName, list: readonly AnalysisEvalResult[]): void {
  console.log(`\n== ${name}: analyses ==`);
  const width = Math.max(8, ...list.flatMap((r) => r.score.metrics.map((m) => m.name.length)));
  for (const { eval: e, score, shortfalls: missed } of list) {
    console.log(`-- ${e}`);
    for (const m of score.metrics) console.log(`  ${m.name.padEnd(width)}  ${m.value.toFixed(3)}  ${m.detail}`);
    console.log(missed.length === 0 ? '  bar: met' : `  bar: not met (${missed.join('; ')})`);
    if (values.errors && mayShowErrors(name) && score.errors.length > 0)
      console.log(score.errors.map((l) => `  ${l}`).join('\n'));
  }
}

function print({ name, articles, goldMentions, score }: SetResult): void {
  console.log(`\n== ${name}: ${articles} articles, ${goldMentions} gold mentions ==`);
  console.log(formatScoreTable(score));
  const missed = shortfalls(name, score);
  console.log(missed.length === 0 ? 'quality bar: met' : `quality bar: not met (${missed.join('; ')})`);
  if (!values.errors) return;
  if (!mayShowErrors(name)) {
    console.log('(held-out errors are not shown; ask for them with --set heldout --errors)');
    return;
  }
  console.log(`\n-- ${name}: mention errors (${score.errors.length}) --`);
  console.log(formatMentionErrors(score.errors));
  console.log(`\n-- ${name}: entity errors (${score.entityErrors.length}) --`);
  console.log(formatEntityErrors(score.entityErrors));
}
