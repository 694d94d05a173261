/**
 * The sentences of an article's markdown, found without the site's own text layer (remark's
 * parse tree and `Intl.Segmenter`), so that a bug there cannot hide itself from the checks.
 */
import { toString as mdastText } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Runs of white space (including line breaks between blocks) compare as one space. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The markdown body: the file without its `---` front matter. */
export function bodyOf(markdown: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(markdown);
  return match === null ? markdown : markdown.slice(match[0].length);
}

/** Every sentence of every block that holds text (paragraphs, headings, table cells), white space squashed. */
export function sourceSentences(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(bodyOf(markdown));
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const sentences: string[] = [];
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return undefined;
    // Raw HTML is not text the article published, and an image's alt text is not part of its prose.
    // A soft line break renders as a space; left as a line break, the segmenter would end a sentence there.
    const text = squash(mdastText(node, { includeHtml: false, includeImageAlt: false }));
    for (const { segment } of segmenter.segment(text)) {
      const sentence = squash(segment);
      if (sentence !== '') sentences.push(sentence);
    }
    return 'skip';
  });
  return sentences;
}
