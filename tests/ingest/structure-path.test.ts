/**
 * An ingested article with a heading, a bulleted list and an ordered list,
 * followed through the rest of the pipeline: the file loads, the page's tree
 * has the heading and both lists, each heading and item is one block of the
 * plain text, no sentence crosses one, the `#p-<k>` anchors and the search
 * index's paragraphs name the same blocks, and the published text is the
 * blocks' text.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../src/core/analyze/analyze-corpus.ts';
import { parseArticle } from '../../src/core/content/parse-article.ts';
import { ingestArticle } from '../../src/core/ingest/ingest-article.ts';
import { publishedArticle } from '../../src/core/publish/published-article.ts';
import { buildSearchIndex } from '../../src/core/search/build-index.ts';
import { docPath, type DocFile } from '../../src/core/search/format.ts';
import { SearchEngine } from '../../src/core/search/search-engine.ts';
import { markdownToHast } from '../../src/core/text/markdown-to-hast.ts';
import rehypeMarkMentions from '../../src/markdown/rehype-mark-mentions.ts';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';

const RAW = [
  'Island ferries add winter sailings',
  'By Jane Doe',
  'March 3, 2021',
  'The ferry company said on Monday that it would add sailings to the outer islands this winter. Officials in Lisbon welcomed the plan.',
  '## What changes',
  'The timetable has three changes',
  '* an early boat from the mainland at 6 a.m. The first one leaves on Monday',
  '* a late boat back from Porto Santo',
  '1. Book online before noon. Tickets open a week ahead',
  '2. Arrive at the quay 30 minutes early',
  'The harbour master said the new timetable would be reviewed in April.',
].join('\n');

const knowledge = loadKnowledge();
const ingested = ingestArticle(RAW, { outlet: 'Island Times' }, { dir: 'content/articles', source: 'raw.txt' });
const parsed = parseArticle(`content/articles/${ingested.slug}.md`, new TextEncoder().encode(ingested.file));
if (!parsed.ok) throw new Error('the ingested article does not load');
const corpus = analyzeCorpus([parsed.article], knowledge);
const article = corpus.articles[0];
if (!article) throw new Error('no analysed article');
const blockTexts = article.paragraphs.map((span) => article.text.slice(span.start, span.end));

describe('a heading and lists through the pipeline', () => {
  it('ingests the heading and both lists as blocks', () => {
    expect(ingested.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'item',
      'item',
      'item',
      'item',
      'paragraph',
    ]);
  });

  it('renders an h2, a ul and an ol, each item its own li', () => {
    const tree = markdownToHast(parsed.body);
    const tags = tree.children.flatMap((node) => (node.type === 'element' ? [node.tagName] : []));
    expect(tags).toEqual(['p', 'h2', 'p', 'ul', 'ol', 'p']);
  });

  it('gives each heading and list item a block of the plain text', () => {
    expect(blockTexts).toEqual(ingested.blocks.map((b) => b.text));
  });

  it('never lets a sentence cross a heading or a list item', () => {
    expect(article.sentences.length).toBeGreaterThan(article.paragraphs.length);
    for (const sentence of article.sentences) {
      const inside = article.paragraphs.some((p) => p.start <= sentence.start && sentence.end <= p.end);
      expect(inside, article.text.slice(sentence.start, sentence.end)).toBe(true);
    }
  });

  it('puts #p-<k> on the element that shows block k', () => {
    const tree = markdownToHast(parsed.body);
    const file = new VFile({ path: `content/articles/${article.slug}.md`, cwd: process.cwd() });
    unified()
      .use(rehypeMarkMentions, { base: '/', corpus: () => corpus })
      .runSync(tree, file);
    const anchored = elementsWithId(tree);
    expect(anchored.map((el) => [el.properties['id'], el.tagName, toString(el)])).toEqual(
      blockTexts.map((text, k) => [`p-${k + 1}`, ['p', 'h2', 'p', 'li', 'li', 'li', 'li', 'p'][k], text]),
    );
  });

  it('indexes the same paragraphs for search, and a hit in a list item links to that item', async () => {
    const index = buildSearchIndex({
      articles: corpus.articles,
      entities: corpus.entities,
      stopWords: knowledge.stopWords,
    });
    const doc = JSON.parse(index.files.get(docPath(0)) ?? '{}') as DocFile;
    expect(doc.paragraphs).toEqual(blockTexts);
    const engine = await SearchEngine.open((path) => {
      const body = index.files.get(path);
      return body === undefined
        ? Promise.reject(new Error(`404 ${path}`))
        : Promise.resolve(JSON.parse(body) as unknown);
    }, '/');
    const [hit] = await engine.paragraphs(await engine.search('quay'), 0, 10);
    expect(hit?.href).toBe(`/articles/${article.slug}/?hl=quay#p-7`);
    expect(blockTexts[6]).toBe('Arrive at the quay 30 minutes early');
  });

  it('publishes the blocks as the article text', () => {
    expect(publishedArticle(article).text).toBe(blockTexts.join('\n\n'));
  });
});

function elementsWithId(tree: Root | Element): Element[] {
  const found: Element[] = [];
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    if (typeof child.properties['id'] === 'string' && child.properties['id'].startsWith('p-')) found.push(child);
    found.push(...elementsWithId(child));
  }
  return found;
}
