/**
 * The files under `/data/` keep the design's data contract, read through the same schemas the
 * build validates with: entities, every article, and the analysis checked against both; and each
 * entity's preview card (`/data/previews/<id>.json`) against entities.json.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisProblems, publishedAnalysis } from '../../src/core/publish/schemas/analysis/analysis.ts';
import { publishedArticle } from '../../src/core/publish/schemas/article.ts';
import { publishedEntities } from '../../src/core/publish/schemas/entities.ts';
import { publishedPreview } from '../../src/core/publish/schemas/preview.ts';
import { BUILDS } from './site.ts';

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe.each(BUILDS)('$name /data/', ({ dir, base }) => {
  const data = path.join(dir, 'data');
  const entities = publishedEntities.parse(read(path.join(data, 'entities.json')));
  const articles = readdirSync(path.join(data, 'articles'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => publishedArticle.parse(read(path.join(data, 'articles', name))));

  it('publishes entities whose pages sit under the base and whose articles are published', () => {
    const slugs = new Set(articles.map((a) => a.slug));
    expect(entities.length).toBeGreaterThan(0);
    for (const entity of entities) {
      expect(entity.url).toBe(`${base}entities/${entity.id}/`);
      for (const slug of entity.articles) expect(slugs.has(slug), `${entity.id}: ${slug}`).toBe(true);
    }
  });

  it('publishes a preview for every entity that agrees with entities.json, its links under the base', () => {
    const ids = new Set(entities.map((e) => e.id));
    const files = readdirSync(path.join(data, 'previews')).filter((name) => name.endsWith('.json'));
    expect(files.length).toBe(entities.length);
    for (const entity of entities) {
      const preview = publishedPreview.parse(read(path.join(data, 'previews', `${entity.id}.json`)));
      expect(preview).toMatchObject({
        id: entity.id,
        name: entity.name,
        type: entity.type,
        url: entity.url,
        mentions: entity.mentions,
        articles: entity.articles.length,
      });
      expect(preview.description).toBe(entity.description);
      for (const other of preview.together) {
        expect(ids.has(other.id), `${entity.id} is named with ${other.id}`).toBe(true);
        expect(other.url).toBe(`${base}entities/${other.id}/`);
      }
    }
  });

  it('publishes an analysis whose every offset, sentence and id the other files back', () => {
    const analysis = publishedAnalysis.parse(read(path.join(data, 'analysis.json')));
    const problems = analysisProblems(
      analysis,
      new Map(articles.map((a) => [a.slug, a])),
      new Set(entities.map((e) => e.id)),
    );
    expect(problems).toEqual([]);
    expect(analysis.outlets).toEqual([...new Set(articles.map((a) => a.outlet))].sort());
  });
});
