/**
 * `npx tsx scripts/test-other-corpus.ts [--keep] [-- command args…]`: proves that the tests do
 * not depend on the four seed articles. Copies the project into a temp folder (node_modules
 * linked), replaces `content/articles/` with the eight articles of the `stories-tune` gold set
 * (their marks removed: two stories the seeds know nothing of), and runs `bash scripts/test.sh`
 * there, or the command given after `--` (e.g. `-- npx vitest run`). Exits with the command's code.
 * The copy is removed afterwards unless `--keep` is given.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readGold } from './lib/gold-sets.ts';
import { PROJECT, scratchProject } from './lib/scratch-project.ts';

const CORPUS = 'stories-tune';

const { values, positionals } = parseArgs({
  options: { keep: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const [command = 'bash', ...args] = positionals.length > 0 ? positionals : ['bash', 'scripts/test.sh'];

const scratch = scratchProject('newsroom-other-corpus-');
const articles = path.join(scratch.dir, 'content', 'articles');
rmSync(articles, { recursive: true, force: true });
mkdirSync(articles, { recursive: true });
const gold = readGold(CORPUS, PROJECT);
for (const g of gold) writeFileSync(path.join(articles, path.basename(g.file)), g.source);
// Tests that make their own scratch copy list the project's files with git: make the copy a repository
// (the linked node_modules is a symlink, which the `node_modules/` ignore rule does not cover).
for (const step of [
  ['init', '-q'],
  ['add', '-A', '--', '.', ':(exclude)node_modules'],
]) {
  const git = spawnSync('git', step, { cwd: scratch.dir, encoding: 'utf8' });
  if (git.status !== 0) throw new Error(`git ${step.join(' ')} in ${scratch.dir} failed: ${git.stderr}`);
}
console.log(`${scratch.dir}: content/articles/ holds the ${gold.length} articles of tests/gold/${CORPUS}/`);
console.log(`running: ${[command, ...args].join(' ')}`);

// Inherited output, so a long run shows its progress as it goes.
const result = spawnSync(command, args, {
  cwd: scratch.dir,
  stdio: 'inherit',
  env: {
    ...process.env,
    PATH: `${path.join(scratch.dir, 'node_modules', '.bin')}${path.delimiter}${process.env['PATH'] ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
  },
});
if (values.keep) console.log(`kept ${scratch.dir}`);
else scratch.remove();
process.exit(result.status ?? 1);
