import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../src/core/analyze/analyze-corpus.ts';
import { RULES } from '../../src/core/extract/rules/index.ts';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';
import { plainArticle } from '../fixtures/plain-article.ts';

/**
 * Fixtures per rule: `tests/extract/fixtures/<rule>/<case>.txt` is the input
 * (articles separated by a line `===`, paragraphs by a blank line) and
 * `<case>.marks` the expected marks, one `surface → id : type` a line, with a
 * `=== article N` line before each article after the first. `UPDATE=1 npx
 * vitest run tests/extract/rule-fixtures.test.ts` rewrites the marks files;
 * review them as a diff.
 */
const ROOT = join(import.meta.dirname, 'fixtures');
const UPDATE = process.env.UPDATE === '1';
const knowledge = loadKnowledge();

/** The marks the whole extraction gives the articles of one input, in the fixture format. */
function marksOf(input: string): string {
  const texts = input.split(/\n===\n/).map((t) => t.trim());
  const articles = texts.map((text, i) =>
    plainArticle(`case-${i + 1}`, { title: 'Fixture', outlet: 'Fixture Wire', published: '2024-01-01' }, text),
  );
  const analysis = analyzeCorpus(articles, knowledge);
  const lines: string[] = [];
  analysis.articles.forEach((article, i) => {
    if (i > 0) lines.push(`=== article ${i + 1}`);
    for (const m of article.mentions) lines.push(`${m.surface} → ${m.entity} : ${m.type}`);
  });
  return `${lines.join('\n')}\n`;
}

const folders = existsSync(ROOT) ? readdirSync(ROOT).sort() : [];

describe('rule fixtures', () => {
  it('every rule has a fixture folder with at least one case, and every folder is a rule', () => {
    const names = RULES.map((r) => r.name);
    const missing = names.filter((n) => !folders.includes(n) || cases(n).length === 0);
    expect(missing, 'rules without fixtures').toEqual([]);
    expect(
      folders.filter((f) => !names.includes(f)),
      'folders that name no rule',
    ).toEqual([]);
  });

  for (const folder of folders) {
    describe(folder, () => {
      for (const name of cases(folder)) {
        it(name, () => {
          const input = readFileSync(join(ROOT, folder, `${name}.txt`), 'utf8');
          const expectedFile = join(ROOT, folder, `${name}.marks`);
          const actual = marksOf(input);
          if (UPDATE) {
            mkdirSync(join(ROOT, folder), { recursive: true });
            writeFileSync(expectedFile, actual);
            return;
          }
          expect(existsSync(expectedFile), `${expectedFile} missing: run with UPDATE=1 and review`).toBe(true);
          expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
        });
      }
    });
  }
});

function cases(folder: string): string[] {
  const dir = join(ROOT, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -'.txt'.length))
    .sort();
}
