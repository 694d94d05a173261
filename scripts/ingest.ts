import { fileURLToPath } from 'node:url';
import { runIngestCommand } from './lib/ingest-command.ts';

// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
process.exitCode = await runIngestCommand(process.argv.slice(2), {
  cwd: process.env['INIT_CWD'] ?? process.cwd(),
  defaultOut: fileURLToPath(new URL('../content/articles/', import.meta.url)),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
});
