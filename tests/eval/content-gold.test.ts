import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentGold, readGold } from '../../scripts/lib/gold-sets.ts';

describe('contentGold (what npm run eval says of content/articles)', () => {
  const root = mkdtempSync(join(tmpdir(), 'content-gold-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'tests'), { recursive: true });
  symlinkSync(resolve('tests/gold'), join(root, 'tests', 'gold'), 'dir');
  const articles = join(root, 'content', 'articles');
  mkdirSync(articles, { recursive: true });
  const [gold] = readGold('stories-tune');
  if (gold === undefined) throw new Error('stories-tune has articles');
  const name = basename(gold.file);

  it('finds the gold of an article whose text it annotates, and lists the others without failing', () => {
    writeFileSync(join(articles, name), gold.source);
    writeFileSync(
      join(articles, 'a-story-of-my-own.md'),
      '---\ntitle: T\noutlet: O\npublished: 2024-01-01\n---\n\nText.\n',
    );
    expect(contentGold(root)).toEqual({
      annotated: [{ slug: name.replace(/\.md$/, ''), set: 'stories-tune' }],
      missing: ['a-story-of-my-own'],
    });
  });

  it('does not count a gold file of the same name whose text differs', () => {
    writeFileSync(join(articles, name), `${gold.source}\nA paragraph the gold does not have.\n`);
    expect(contentGold(root).missing).toContain(name.replace(/\.md$/, ''));
  });
});
