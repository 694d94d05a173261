/**
 * Nothing of an article is lost between `content/` and the reader: every sentence of every
 * article's markdown (split independently of the site's text layer, `scripts/checks/source-sentences.ts`)
 * appears in its built page and in its published JSON, which keeps the data contract (the one
 * schema of `src/core/publish/schemas/`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { elementsOf, readBuiltSite } from '../../scripts/checks/built-site.ts';
import { sourceSentences, squash } from '../../scripts/checks/source-sentences.ts';
import { publishedArticle } from '../../src/core/publish/schemas/article.ts';
import { DIST, ROOT } from './site.ts';

const ARTICLES = path.join(ROOT, 'content', 'articles');

const slugs = readdirSync(ARTICLES)
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -'.md'.length))
  .sort();
const site = readBuiltSite(DIST);

it('finds articles in content/ and sentences in each', () => {
  expect(slugs.length).toBeGreaterThan(0);
  for (const slug of slugs) {
    expect(sourceSentences(readFileSync(path.join(ARTICLES, `${slug}.md`), 'utf8')).length).toBeGreaterThan(1);
  }
});

describe.each(slugs)('%s', (slug) => {
  const sentences = sourceSentences(readFileSync(path.join(ARTICLES, `${slug}.md`), 'utf8'));

  it('shows every sentence of the source in the <main> of its page', () => {
    const page = site.pages.find((candidate) => candidate.file === `articles/${slug}/index.html`);
    if (page === undefined) throw new Error(`articles/${slug}/index.html is not built`);
    const main: Element | undefined = elementsOf(page.tree).find((element) => element.tagName === 'main');
    if (main === undefined) throw new Error(`no <main> in articles/${slug}/index.html`);
    const text = squash(toText(main));
    const missing = sentences.filter((sentence) => !text.includes(sentence));
    expect(missing, `${missing.length} of ${sentences.length} sentences missing from the page`).toEqual([]);
  });

  it('publishes every sentence, in a file that keeps the data contract', () => {
    const file = path.join(DIST, 'data', 'articles', `${slug}.json`);
    const parsed = publishedArticle.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
    const article = parsed.data;
    expect(article.slug).toBe(slug);
    const text = squash(article.text);
    const problems = sentences.filter((sentence) => !text.includes(sentence)).map((sentence) => `missing: ${sentence}`);
    expect(article.mentions.length).toBeGreaterThan(0);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('anchors every published sentence on its page as #s-<n>, holding that sentence', () => {
    const page = site.pages.find((candidate) => candidate.file === `articles/${slug}/index.html`);
    const article = publishedArticle.parse(
      JSON.parse(readFileSync(path.join(DIST, 'data', 'articles', `${slug}.json`), 'utf8')),
    );
    const anchors = new Map(
      elementsOf(page?.tree ?? { type: 'root', children: [] })
        .filter((element) => /^s-\d+$/.test(String(element.properties.id)))
        .map((element) => [String(element.properties.id), squash(toText(element))]),
    );
    expect(anchors.size).toBe(article.sentences.length);
    article.sentences.forEach((sentence, index) => {
      const shown = anchors.get(`s-${index + 1}`) ?? '';
      // A sentence cut by an inline element is anchored on its first piece.
      expect(shown.length, `s-${index + 1}`).toBeGreaterThan(0);
      expect(squash(article.text.slice(sentence.start, sentence.end)).startsWith(shown), `s-${index + 1}`).toBe(true);
    });
  });
});
