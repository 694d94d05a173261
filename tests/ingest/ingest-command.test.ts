import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngestCommand } from '../../scripts/lib/ingest-command.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ingest-command-'));
  await writeFile(
    join(dir, 'story.txt'),
    'World\n\nFerries return to the islands\nMarch 3, 2021\n\n{ad}Services resumed on Monday.\n',
  );
  await writeFile(join(dir, 'latin1.txt'), Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
  await mkdir(join(dir, 'pages'));
  await writeFile(
    join(dir, 'pages/a-harbour.html'),
    '<!doctype html><html><head><meta charset="windows-1252"><title>Harbour</title>' +
      '<meta property="og:site_name" content="Island Times"></head><body><article><h1>The harbour caf\xe9 reopens</h1>' +
      '<p>By Jane Doe</p><p>March 3, 2021</p><p>The caf\xe9 on the quay opened its doors again on Monday.</p>' +
      '<p>Share this article:</p></article></body></html>',
    'latin1',
  );
  await writeFile(join(dir, 'pages/b-undated.txt'), 'Ferries wait for the storm to pass\n\nNo sailings today.\n');
  await writeFile(join(dir, 'pages/notes.md'), 'not an input\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runIngestCommand(argv, {
    cwd: dir,
    defaultOut: join(dir, 'default-out'),
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('ingest command', () => {
  it('writes the article, prints its path and reports what it removed', async () => {
    const result = await run('story.txt', '--outlet', 'Island Times', '--out', 'first');
    expect(result).toMatchObject({ code: 0, stdout: 'first/ferries-return-to-the-islands.md' });
    expect(result.stderr).toContain('removed (ad marker): {ad}');
    expect(result.stderr).toContain('removed (section kicker): World');
    expect(result.stderr).toContain('removed (date line): March 3, 2021');
    const file = await readFile(join(dir, 'first/ferries-return-to-the-islands.md'), 'utf8');
    expect(file).toBe(
      '---\ntitle: Ferries return to the islands\noutlet: Island Times\npublished: 2021-03-03\n---\n\nServices resumed on Monday.\n',
    );
  });

  it('writes to the project content folder without --out', async () => {
    const result = await run('story.txt', '--outlet', 'Island Times', '--slug', 'ferries');
    expect(result).toMatchObject({ code: 0, stdout: 'default-out/ferries.md' });
  });

  it('refuses to overwrite an existing article', async () => {
    await run('story.txt', '--outlet', 'Island Times', '--out', 'twice');
    const path = join(dir, 'twice/ferries-return-to-the-islands.md');
    const before = await readFile(path, 'utf8');
    const again = await run('story.txt', '--outlet', 'Other Outlet', '--out', 'twice');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('refusing to overwrite twice/ferries-return-to-the-islands.md');
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  it('exits 1 with the file and field when the front matter would be invalid, writing nothing', async () => {
    const result = await run('story.txt', '--out', 'invalid');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('invalid/ferries-return-to-the-islands.md: outlet:');
    await expect(readFile(join(dir, 'invalid/ferries-return-to-the-islands.md'))).rejects.toThrow();
  });

  it('refuses text that is not UTF-8', async () => {
    const result = await run('latin1.txt', '--outlet', 'X', '--published', '2021-03-03');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('latin1.txt: expected UTF-8 text');
  });

  it('ingests a folder: writes the good files, reports each, and exits 1 for the one that failed', async () => {
    const result = await run('pages', '--out', 'folder');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('folder/the-harbour-cafe-reopens.md');
    expect(result.stderr).toContain('== pages/a-harbour.html');
    expect(result.stderr).toContain("  title: The harbour café reopens (from the page's <h1>)");
    expect(result.stderr).toContain('  outlet: Island Times (from page metadata');
    expect(result.stderr).toContain('  published: 2021-03-03 (from date line "March 3, 2021")');
    expect(result.stderr).toContain('  author: Jane Doe (from byline)');
    expect(result.stderr).toContain('  kept: 1 paragraph, 0 headings, 0 list items; first "The café on the quay');
    expect(result.stderr).toContain('  removed (share widget): Share this article:');
    expect(result.stderr).toContain(
      '== pages/b-undated.txt\n  failed: pages/b-undated.txt does not make a valid article',
    );
    expect(result.stderr).not.toContain('notes.md');
    expect(result.stderr.split('\n').at(-1)).toBe('ingest: 2 inputs, 1 written, 1 failed');
    const file = await readFile(join(dir, 'folder/the-harbour-cafe-reopens.md'), 'utf8');
    expect(file).toContain('The café on the quay opened its doors again on Monday.');
  });

  it('applies --published and --outlet to every input', async () => {
    const result = await run(
      'story.txt',
      'pages/b-undated.txt',
      '--outlet',
      'X',
      '--published',
      '2021-03-04',
      '--out',
      'both',
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      'both/ferries-return-to-the-islands.md',
      'both/ferries-wait-for-the-storm-to-pass.md',
    ]);
    expect(result.stderr).toContain('ingest: 2 inputs, 2 written, 0 failed');
  });

  it('exits 1 for a missing input and still writes the others', async () => {
    const result = await run('missing.txt', 'story.txt', '--outlet', 'X', '--out', 'missing');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('failed: cannot read missing.txt');
    expect(result.stdout).toBe('missing/ferries-return-to-the-islands.md');
  });

  it.each([[[]], [['a.txt', 'b.txt', '--slug', 'one']], [['story.txt', '--colour', 'red']]])(
    'exits 2 on bad usage %j',
    async (argv) => {
      const result = await run(...argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('usage: npm run ingest');
    },
  );

  it('runs as `npm run ingest`: writes the first input, refuses to overwrite it with the second', async () => {
    const story = join(dir, 'story.txt');
    // One process for both: starting tsx dominates the time on a loaded machine.
    const result = await promisify(execFile)(
      'npm',
      ['run', '--silent', 'ingest', '--', story, story, '--outlet', 'Island Times', '--out', join(dir, 'npm')],
      { cwd: root },
    ).then(
      (done) => ({ code: 0, ...done }),
      (failed: { code: number; stdout: string; stderr: string }) => failed,
    );
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout.trim()).toMatch(/npm\/ferries-return-to-the-islands\.md$/);
    expect(result.stderr).toContain('refusing to overwrite');
    expect(result.stderr).toContain('ingest: 2 inputs, 1 written, 1 failed');
  }, 60_000);
});
