import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontMatter } from '../../src/core/content/front-matter.ts';
import { runIngestCommand } from '../../scripts/lib/ingest-command.ts';
import { markdownToText } from '../../src/core/text/markdown-to-text.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seeds = join(root, 'tests/fixtures/seeds');
// The committed copies of what ingest made of the seeds; content/articles is the user's and may hold anything.
const articles = join(root, 'tests/fixtures/seed-articles');
const manifest = parse(await readFile(join(seeds, 'manifest.yaml'), 'utf8')) as { file: string; args: string[] }[];
const out = await mkdtemp(join(tmpdir(), 'ingest-seeds-'));
afterAll(() => rm(out, { recursive: true, force: true }));

/** Runs the ingest command as `npm run ingest` would, writing into the temp dir. */
async function ingest(args: string[]): Promise<{ code: number; path: string; log: string[] }> {
  const stdout: string[] = [];
  const log: string[] = [];
  const code = await runIngestCommand([...args, '--out', out], {
    cwd: root,
    defaultOut: articles,
    stdout: (line) => stdout.push(line),
    stderr: (line) => log.push(line),
  });
  return { code, path: join(root, stdout[0] ?? ''), log };
}

describe('seed articles', () => {
  const written: string[] = [];

  it.each(manifest)('$file ingests to the committed seed article', async ({ file, args }) => {
    const result = await ingest([join('tests/fixtures/seeds', file), ...args]);
    expect(result.code, result.log.join('\n')).toBe(0);
    const name = result.path.slice(result.path.lastIndexOf('/') + 1);
    written.push(name);
    const [fresh, committed] = await Promise.all([readFile(result.path), readFile(join(articles, name))]);
    expect(fresh.equals(committed), `${name} differs from tests/fixtures/seed-articles; re-run the manifest`).toBe(
      true,
    );
  });

  it('writes one distinct content article per seed in the manifest', () => {
    expect(new Set(written).size).toBe(manifest.length);
  });

  it('keeps every body paragraph exactly as the raw text has it', async () => {
    for (const { file } of manifest) {
      const raw = await readFile(join(seeds, file), 'utf8');
      // A paragraph is a raw line as it stands, or with its ad markers taken out.
      const lines = new Set(raw.split('\n').flatMap((line) => [line.trim(), line.replace(/\{\w+\}/g, '').trim()]));
      const { code, path } = await ingest([
        join('tests/fixtures/seeds', file),
        '--outlet',
        'X',
        '--published',
        '2000-01-01',
        '--slug',
        `check-${file.slice(0, 3)}`,
      ]);
      expect(code).toBe(0);
      const { text } = markdownToText(splitFrontMatter(await readFile(path, 'utf8')).body);
      for (const paragraph of text.split('\n\n')) expect(lines.has(paragraph), paragraph).toBe(true);
    }
  });
});
