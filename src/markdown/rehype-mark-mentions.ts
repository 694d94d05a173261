import type {} from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { relative, resolve } from 'node:path';
import type { VFile } from 'vfile';
import { isArticlePath } from '../core/content/article-files.ts';
import { slugFromFileName } from '../core/content/parse-article.ts';
import type { Comparison } from '../core/compare/compare-outlets.ts';
import { annotationDigest } from '../core/views/annotation-digest.ts';
import { entityIndex } from '../core/views/article-entities.ts';
import { articleIndex } from '../core/views/article-index.ts';
import { articleMarks, type ArticleMarks, type SentenceMark } from '../core/views/sentence-marks.ts';
import { TYPE_LABELS } from '../core/views/type-labels.ts';
import { mentionAnchor, paragraphAnchor, sentenceAnchor, sitePaths } from '../core/publish/site-paths.ts';
import { blockText } from '../core/text/block-text.ts';
import type { CorpusAnalysis, EntitySummary, Mention } from '../core/types.ts';
import { wrapRanges, markBlocks, type WrapContext } from './wrap-ranges.ts';
import { asArticleSlug } from '../core/ids.ts';

export interface MarkMentionsOptions {
  /**
   * Astro's base path. Read each time a file is processed rather than when
   * the plugin is attached, because the config learns the final base (after
   * `--base`) only in its setup hook.
   */
  base: string;
  /**
   * The corpus analysis the marks come from. A function, called once per
   * article, so that the dev server sees edits; the plugin never reads the
   * content itself.
   */
  corpus: () => CorpusAnalysis;
  /**
   * The comparison of that corpus, for the marks beside shared and reworded
   * sentences; called like `corpus`. Without it the sentences get no marks.
   */
  comparison?: () => Comparison;
}

/** The key under which the plugin stamps `annotationDigest` on Astro's `remarkPluginFrontmatter`. */
export const ANNOTATION_KEY = 'annotationDigest';

/**
 * Marks every entity mention of an article with a link to the entity's page
 * (`#m-<n>` anchors, n from 1 in text order), wraps every sentence in a
 * `<span id="s-<n>">` and gives every paragraph an `id="p-<k>"`. The marks
 * come from the corpus analysis; the plugin only puts them back into the
 * rendered tree, and stops the build when the rendered text or its blocks are
 * not what was analysed.
 *
 * The type of a mark is shown without adding text to the page: the glyph
 * sits in `data-glyph` and is drawn by CSS `::before`, and the accessible
 * name ("Zhu (person: Zhu Hua)") is an `aria-label`. The page text therefore
 * stays equal to the source text. A sentence that other articles share or
 * reword ends with small links of the same kind, one per counterpart ("shared
 * with The Hill, sentence 4") and one to its passage on the comparison page.
 */
export default function rehypeMarkMentions(options: MarkMentionsOptions) {
  return (tree: Root, file: VFile): void => {
    const source = file.path ? relative(file.cwd, resolve(file.cwd, file.path)) : '';
    if (!isArticlePath(source)) return;
    const slug = asArticleSlug(slugFromFileName(source));
    const corpus = options.corpus();
    const article = articleIndex(corpus.articles).get(slug);
    if (!article) throw new Error(`rehype-mark-mentions: ${source} is not in the analysed corpus`);

    const layout = blockText(tree);
    if (layout.text !== article.text) throw new Error(mismatch(source, layout.text, article.text));
    if (JSON.stringify(layout.blocks) !== JSON.stringify(article.paragraphs))
      throw new Error(`rehype-mark-mentions: the rendered blocks of ${source} are not the analysed paragraphs`);

    const paths = sitePaths(options.base);
    const entities = entityIndex(corpus.entities);
    const marks: ArticleMarks = options.comparison
      ? articleMarks(article, corpus, options.comparison(), paths)
      : new Map<number, SentenceMark[]>();
    markBlocks(tree, layout.runs, article.paragraphs, paragraphAnchor);
    wrapRanges(
      tree,
      layout.runs,
      article.mentions.map((mention, index) => ({
        start: mention.start,
        end: mention.end,
        element: (context) =>
          mentionElement(mention, index + 1, entities.get(mention.entity), paths.entity(mention.entity), context),
      })),
    );
    // Sentences wrap the marked tree: reading it again gives text nodes that hold each mark whole.
    wrapRanges(
      tree,
      blockText(tree).runs,
      article.sentences.map((sentence, index) => ({
        ...sentence,
        element: (context) => sentenceElement(index + 1, context, marks.get(index + 1) ?? []),
      })),
    );

    const astro = (file.data.astro ??= {});
    (astro.frontmatter ??= {})[ANNOTATION_KEY] = annotationDigest(article, paths.home, marks);
  };
}

function mentionElement(
  mention: Mention,
  n: number,
  entity: EntitySummary | undefined,
  href: string,
  context: WrapContext,
): Element {
  const label = TYPE_LABELS[mention.type];
  const name = entity?.name ?? mention.surface;
  const described =
    name.toLowerCase() === mention.surface.toLowerCase() ? label.singular : `${label.singular}: ${name}`;
  return {
    type: 'element',
    // A link inside a link is invalid HTML; a mark inside a source link stays a plain anchor target.
    tagName: context.insideLink ? 'span' : 'a',
    properties: {
      className: ['mention', `mention--${mention.type}`],
      id: context.first ? mentionAnchor(n) : undefined,
      href: context.insideLink ? undefined : href,
      dataType: mention.type,
      dataEntity: mention.entity,
      // Only the first piece of a mark split over several elements shows the glyph.
      dataGlyph: context.first ? label.glyph : undefined,
      ariaLabel: context.insideLink ? undefined : `${mention.surface} (${described})`,
      title: `${name} (${label.singular})`,
    },
    children: [],
  };
}

/**
 * The `n`-th sentence; a sentence cut by an inline element gets one span per
 * piece, the first with the anchor, the last with the marks (unless the
 * sentence sits inside a link of the source, where a link may not go).
 */
function sentenceElement(n: number, context: WrapContext, marks: readonly SentenceMark[]): Element {
  const withMarks = context.last && !context.underLink && marks.length > 0;
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['sentence'], id: context.first ? sentenceAnchor(n) : undefined },
    children: withMarks
      ? [
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['sentence-marks'] },
            children: marks.map((mark) => ({
              type: 'element',
              tagName: 'a',
              properties: {
                className: ['sentence-mark', `sentence-mark--${mark.relation}`],
                href: mark.href,
                dataGlyph: mark.glyph,
                ariaLabel: mark.label,
                title: mark.label,
              },
              children: [],
            })),
          },
        ]
      : [],
  };
}

function mismatch(source: string, rendered: string, analysed: string): string {
  let at = 0;
  while (at < rendered.length && rendered[at] === analysed[at]) at++;
  const show = (text: string): string => JSON.stringify(text.slice(Math.max(0, at - 30), at + 30));
  return [
    `rehype-mark-mentions: the rendered text of ${source} differs from the analysed text at offset ${at}.`,
    `  rendered: ${show(rendered)}`,
    `  analysed: ${show(analysed)}`,
    '  The markdown processor must match src/core/text/markdown-to-hast.ts: unified() with smartypants off,',
    '  GFM on, and rehype-raw then rehype-sanitize (articleSanitizeSchema) before this plugin.',
  ].join('\n');
}
