/**
 * `npm run eval [-- --set NAME] [--errors] [--json]`: runs the extraction on
 * each gold set and prints precision, recall and F1 per type. Held-out errors
 * are shown only for `--set heldout --errors`, so nobody tunes on them by accident.
 */
import { parseArgs } from 'node:util';
import { formatEntityErrors, formatMentionErrors, formatScoreTable } from './lib/format-score.ts';
import { shortfalls } from '../src/core/eval/quality-bar.ts';
import { GOLD_SETS, type GoldSetName } from './lib/gold-sets.ts';
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
const mayShowErrors = (name: GoldSetName): boolean => values.errors && (name !== 'heldout' || chosen === 'heldout');

const results = sets.map((name) => runEval(name));

if (values.json) {
  const out = results.map(({ score, ...rest }) => {
    const { errors, entityErrors, ...metrics } = score;
    return { ...rest, ...metrics, ...(mayShowErrors(rest.name) ? { errors, entityErrors } : {}) };
  });
  console.log(JSON.stringify(out, null, 2));
} else {
  for (const result of results) print(result);
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
