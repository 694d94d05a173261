import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../../src/core/content/content-error.ts';
import { ingestArticle } from '../../src/core/ingest/ingest-article.ts';
import { shorten } from '../../src/core/ingest/paragraphs.ts';

export const USAGE = `usage: npm run ingest -- <article.txt> [--outlet NAME] [--published YYYY-MM-DD]
         [--url URL] [--author NAME] [--slug SLUG] [--out DIR]
Writes DIR/<slug>.md (DIR defaults to the project's content/articles) from a scraped article.`;

export interface CommandIO {
  /** Where relative paths on the command line are resolved. */
  cwd: string;
  /** Absolute directory written to when there is no --out. */
  defaultOut: string;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/**
 * The `ingest` command: reads a scraped text file, writes one validated
 * article file and never overwrites one. Returns the exit code: 0 written,
 * 1 refused or invalid, 2 bad usage.
 */
export async function runIngestCommand(argv: string[], io: CommandIO): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        outlet: { type: 'string' },
        published: { type: 'string' },
        url: { type: 'string' },
        author: { type: 'string' },
        slug: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`ingest: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (args.positionals.length !== 1) {
    io.stderr(`ingest: expected exactly one input file, got ${args.positionals.length}\n${USAGE}`);
    return 2;
  }
  const input = args.positionals[0] ?? '';
  const { out, ...options } = args.values;

  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(resolve(io.cwd, input)));
  } catch (error) {
    const reason = error instanceof TypeError ? 'expected UTF-8 text' : (error as Error).message;
    io.stderr(`ingest: cannot read ${input}: ${reason}`);
    return 1;
  }

  const outDir = out === undefined ? io.defaultOut : resolve(io.cwd, out);
  const dir = relative(io.cwd, outDir) || '.';
  let article;
  try {
    article = ingestArticle(raw, options, { dir, source: input });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    io.stderr(`ingest: ${input} does not make a valid article; nothing written.\n${error.message}`);
    return 1;
  }

  for (const { rule, text } of article.removed) io.stderr(`removed (${rule}): ${shorten(text)}`);
  io.stderr(`headline: ${article.meta.title ?? ''}`);
  const target = join(dir, `${article.slug}.md`);
  try {
    await mkdir(outDir, { recursive: true });
    // 'wx' fails when the file exists, also when another run creates it meanwhile.
    await writeFile(join(outDir, `${article.slug}.md`), article.file, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      io.stderr(`ingest: refusing to overwrite ${target}; delete it first or choose another --slug`);
      return 1;
    }
    throw error;
  }
  io.stdout(target);
  return 0;
}
