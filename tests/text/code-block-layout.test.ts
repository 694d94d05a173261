/**
 * One paragraph layout from the file to the page: a fenced code block that holds a blank line is one
 * block for the parser, the analysis, the page's `#p-<k>` anchors and the search index alike, so a
 * search result for a paragraph after it opens that paragraph, not its neighbour.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../src/core/analyze/analyze-corpus.ts';
import { parseArticle } from '../../src/core/content/parse-article.ts';
import { buildSearchIndex } from '../../src/core/search/build-index.ts';
import { docPath, type DocFile } from '../../src/core/search/format.ts';
import { markdownToHast } from '../../src/core/text/markdown-to-hast.ts';
import rehypeMarkMentions from '../../src/markdown/rehype-mark-mentions.ts';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';

const body = [
  'Investigators published the script the intruders left behind.',
  '```\nconnect --host relay.example\n\nupload --all\n```',
  'After the code block, the Ministry of State Security denied any part in the intrusion.',
  'A last paragraph says the inquiry continues.',
].join('\n\n');
const file = `---\ntitle: Script found\noutlet: Test Wire\npublished: 2024-05-01\n---\n\n${body}\n`;

describe('a fenced code block with a blank line inside', () => {
  const parsed = parseArticle('content/articles/script-found.md', new TextEncoder().encode(file));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const { article } = parsed;
  const corpus = analyzeCorpus([article], loadKnowledge());
  const analyzed = corpus.articles[0]!;
  const blocks = analyzed.paragraphs.map((span) => analyzed.text.slice(span.start, span.end));

  it('is one block of the article, with the paragraphs after it in their own blocks', () => {
    expect(blocks).toHaveLength(4);
    expect(blocks[1]).toBe('connect --host relay.example\n\nupload --all');
    expect(blocks[2]).toMatch(/^After the code block/);
  });

  it('keeps every paragraph anchor of the page on the block the analysis and the search index name', () => {
    const tree: Root = markdownToHast(body);
    unified()
      .use(rehypeMarkMentions, { base: '/', corpus: () => corpus })
      .runSync(tree, new VFile({ path: 'content/articles/script-found.md', cwd: process.cwd() }));
    const anchored = new Map<string, string>();
    const walk = (node: Root | Element): void => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const id = child.properties.id;
        if (typeof id === 'string' && id.startsWith('p-')) anchored.set(id, toString(child).trim());
        walk(child);
      }
    };
    walk(tree);

    const index = buildSearchIndex({ articles: corpus.articles, entities: corpus.entities, stopWords: [] });
    const doc = JSON.parse(index.files.get(docPath(0)) ?? 'null') as DocFile;
    expect(doc.paragraphs).toEqual(blocks);
    doc.paragraphs.forEach((paragraph, i) => expect(anchored.get(`p-${i + 1}`)).toBe(paragraph));
  });
});
