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
}, 600_000);
