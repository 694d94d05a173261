/**
 * What a user sees when their content is wrong: the build stops with the list of problems, each
 * naming the file and the field, and nothing else — no "Unable to load your Astro config", no
 * stack trace — and files it skips are named in the build report.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchProject, type ScratchProject } from '../../scripts/lib/scratch-project.ts';

describe('a build on bad content', () => {
  let project: ScratchProject;
  beforeAll(() => {
    project = scratchProject();
  });
  afterAll(() => project.remove());

  it('prints only the problems of an article without a date, and fails', () => {
    const file = path.join(project.dir, 'content/articles/no-date.md');
    writeFileSync(file, '---\ntitle: No date\noutlet: Wire\n---\n\nA body.\n');
    const result = project.run('astro', ['build']);
    rmSync(file);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('content/articles/no-date.md: published: missing: expected a date as YYYY-MM-DD');
    expect(output).not.toMatch(/Unable to load your Astro config/);
    expect(output).not.toMatch(/Stack trace|^\s+at /m);
  });

  it('prints only the problems of a bad knowledge entry, and fails', () => {
    const file = path.join(project.dir, 'content/knowledge/zz-extra.yaml');
    writeFileSync(file, 'entities:\n  - name: Example Body\n    type: committee\n');
    const result = project.run('astro', ['build']);
    rmSync(file);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('content/knowledge/zz-extra.yaml');
    expect(output).not.toMatch(/Unable to load your Astro config/);
    expect(output).not.toMatch(/Stack trace|^\s+at /m);
  });

  it('names the ignored files and the unmarked frequent names, with entries to copy, in the report of a good build', () => {
    const article = path.join(project.dir, 'content/articles/zz-harbour-leaks.md');
    const notes = path.join(project.dir, 'content/articles/notes.txt');
    writeFileSync(
      article,
      '---\ntitle: Harbour leaks\noutlet: Wire\npublished: 2024-03-01\n---\n\n' +
        'Officials blamed the Ghostwriter leaks on Monday. They said the Ghostwriter posts were fake.\n\n' +
        'Analysts said the Ghostwriter material was back.\n',
    );
    writeFileSync(notes, 'not an article\n');
    const result = project.run('astro', ['build']);
    rmSync(article);
    rmSync(notes);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).toBe(0);
    expect(output).toContain('ignored files (1):');
    expect(output).toContain('content/articles/notes.txt');
    expect(output).toMatch(/unmarked frequent names \(\d+\)/);
    expect(output).toContain('  Ghostwriter: 3 times in 1 article');
    expect(output).toMatch(/^ {2}- name: Ghostwriter\n {4}type: organization/m);
  });
}, 600_000);
