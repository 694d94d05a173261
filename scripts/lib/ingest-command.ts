import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../../src/core/content/content-error.ts';
import { ingestArticle, type IngestedArticle, type IngestTarget } from '../../src/core/ingest/ingest-article.ts';
import { shorten } from '../../src/core/ingest/paragraphs.ts';
import { decodePage } from './decode-page.ts';

export const USAGE = `usage: npm run ingest -- <page.html|article.txt|folder>… [--outlet NAME] [--published YYYY-MM-DD]
         [--url URL] [--author NAME] [--slug SLUG] [--out DIR]
Writes DIR/<slug>.md (DIR defaults to the project's content/articles) for each saved page (HTML)
or scraped text, and reports what it kept and removed. A folder stands for its .html, .htm and .txt
files. --outlet, --published, --url and --author apply to every input; --slug only to a single one.`;

/** Files in a folder that are taken for input. */
const INPUT_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.txt', '.text']);

export interface CommandIO {
  /** Where relative paths on the command line are resolved. */
  cwd: string;
  /** Absolute directory written to when there is no --out. */
  defaultOut: string;
  /** The path of each file written. */
  stdout: (line: string) => void;
  /** The report: per input what was kept, where each field came from, what was removed; then a summary. */
  stderr: (line: string) => void;
}

/**
 * The `ingest` command: reads saved pages or scraped text files (or every
 * such file in a folder), writes one validated article file for each and
 * never overwrites one. A file that fails does not stop the others. Returns
 * the exit code: 0 all written, 1 any refused or invalid, 2 bad usage.
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
  if (args.positionals.length === 0) {
    io.stderr(`ingest: expected at least one input file or folder\n${USAGE}`);
    return 2;
  }
  const { out, help: _help, ...options } = args.values;
  const outDir = out === undefined ? io.defaultOut : resolve(io.cwd, out);
  const dir = relative(io.cwd, outDir) || '.';

  let inputs: string[];
  try {
    inputs = await expandInputs(args.positionals, io.cwd);
  } catch (error) {
    io.stderr(`ingest: ${(error as Error).message}`);
    return 1;
  }
  if (options.slug !== undefined && inputs.length > 1) {
    io.stderr(`ingest: --slug names one article, but there are ${inputs.length} inputs\n${USAGE}`);
    return 2;
  }

  let written = 0;
  for (const input of inputs) {
    io.stderr(`== ${input}`);
    const outcome = await ingestOne(input, { dir, source: input }, outDir, options, io);
    if (outcome) {
      written++;
      io.stdout(outcome);
    }
  }
  const failed = inputs.length - written;
  io.stderr(`ingest: ${count(inputs.length, 'input')}, ${written} written, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

/** Ingests one input and writes its article; the path written, or null after reporting why not. */
async function ingestOne(
  input: string,
  target: IngestTarget,
  outDir: string,
  options: Parameters<typeof ingestArticle>[1],
  io: CommandIO,
): Promise<string | null> {
  const fail = (message: string): null => {
    io.stderr(`  failed: ${message.replaceAll('\n', '\n    ')}`);
    return null;
  };
  let raw: string;
  try {
    raw = decodePage(await readFile(resolve(io.cwd, input)), extname(input));
  } catch (error) {
    return fail(`cannot read ${input}: ${(error as Error).message}`);
  }
  let article: IngestedArticle;
  try {
    article = ingestArticle(raw, options, { ...target, format: formatOf(input) });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return fail(`${input} does not make a valid article; nothing written.\n${error.message}`);
  }
  report(article, io);
  const path = join(target.dir, `${article.slug}.md`);
  try {
    await mkdir(outDir, { recursive: true });
    // 'wx' fails when the file exists, also when another run creates it meanwhile.
    await writeFile(join(outDir, `${article.slug}.md`), article.file, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return fail(`refusing to overwrite ${path}; delete it first or choose another --slug`);
    }
    throw error;
  }
  io.stderr(`  wrote ${path}`);
  return path;
}

/** What was kept, where each field came from, and every removal with its rule. */
function report(article: IngestedArticle, io: CommandIO): void {
  for (const [field, value] of Object.entries(article.meta)) {
    const source = article.sources[field as keyof typeof article.sources];
    io.stderr(`  ${field}: ${value}${source ? ` (from ${source})` : ''}`);
  }
  const kinds = { paragraph: 0, heading: 0, item: 0 };
  for (const block of article.blocks) kinds[block.kind]++;
  const first = article.blocks[0]?.text ?? '';
  const last = article.blocks.at(-1)?.text ?? '';
  io.stderr(
    `  kept: ${count(kinds.paragraph, 'paragraph')}, ${count(kinds.heading, 'heading')}, ${count(kinds.item, 'list item')}; ` +
      `first "${shorten(first, 60)}", last "${shorten(last, 60)}"`,
  );
  for (const { rule, text } of article.removed) io.stderr(`  removed (${rule}): ${shorten(text)}`);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Files as given, and a folder's input files in name order. */
async function expandInputs(positionals: readonly string[], cwd: string): Promise<string[]> {
  const inputs: string[] = [];
  for (const positional of positionals) {
    const info = await stat(resolve(cwd, positional)).catch(() => null);
    if (!info?.isDirectory()) {
      inputs.push(positional);
      continue;
    }
    const names = (await readdir(resolve(cwd, positional)))
      .filter((name) => INPUT_EXTENSIONS.has(extname(name).toLowerCase()))
      .sort();
    if (names.length === 0) throw new Error(`${positional} has no .html, .htm or .txt files`);
    inputs.push(...names.map((name) => join(positional, name)));
  }
  return inputs;
}

/** HTML by the file's extension, text for `.txt`; otherwise the content decides. */
function formatOf(input: string): 'html' | 'text' | undefined {
  const extension = extname(input).toLowerCase();
  if (extension === '.html' || extension === '.htm' || extension === '.xhtml') return 'html';
  return extension === '.txt' || extension === '.text' ? 'text' : undefined;
}
