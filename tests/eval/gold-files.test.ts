import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/core/text/markdown-to-text.ts';
import { splitFrontMatter } from '../../src/core/content/front-matter.ts';
import { GOLD_SETS, SEED_ARTICLES_DIR, loadGoldSet, readGold } from '../../scripts/lib/gold-sets.ts';

describe('seed gold', () => {
  const gold = readGold('seeds');
  const content = readdirSync(SEED_ARTICLES_DIR)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ file: join(SEED_ARTICLES_DIR, name), bytes: readFileSync(join(SEED_ARTICLES_DIR, name)) }));
  const decoder = new TextDecoder();

  it('annotates exactly the committed seed articles', () => {
    const name = (path: string): string => path.replace(/^.*[\\/]/, '');
    expect(gold.map((g) => name(g.file)).sort()).toEqual(content.map((f) => name(f.file)).sort());
  });

  it.each(content.map((f) => [f.file, f] as const))('%s: gold text is the article text', (file, f) => {
    const body = splitFrontMatter(decoder.decode(f.bytes)).body;
    const match = gold.find((g) => g.file.endsWith(file.replace(/^.*[\\/]/, '/')));
    expect(match, `no gold file for ${file}`).toBeDefined();
    expect(match?.text).toBe(markdownToText(body).text);
  });
});

describe.each(GOLD_SETS)('gold set %s', (name) => {
  it('parses, loads as valid articles and marks something in every article', () => {
    const set = loadGoldSet(name);
    expect(set.articles.length).toBe(set.gold.length);
    for (const g of set.gold) {
      expect(g.mentions.length, g.file).toBeGreaterThan(10);
      expect(set.articles.find((a) => a.slug === g.slug)?.text, g.file).toBe(g.text);
    }
  });

  it('uses one type per entity id across the set', () => {
    const types = new Map<string, Set<string>>();
    for (const g of readGold(name))
      for (const m of g.mentions) types.set(m.entity, (types.get(m.entity) ?? new Set()).add(m.type));
    const mixed = [...types].filter(([, t]) => t.size > 1).map(([id, t]) => `${id}: ${[...t].join('/')}`);
    expect(mixed).toEqual([]);
  });
});
