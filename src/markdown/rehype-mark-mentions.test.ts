import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../core/compare/compare-outlets.ts';
import { sitePaths } from '../core/publish/site-paths.ts';
import { annotationDigest } from '../core/views/annotation-digest.ts';
import { articleMarks } from '../core/views/sentence-marks.ts';
import { plainParagraphs } from '../../tests/fixtures/plain-article.ts';
import type { AnalyzedArticle, CorpusAnalysis, EntitySummary, EntityType, Mention, Span } from '../core/types.ts';
import rehypeMarkMentions, { ANNOTATION_KEY } from './rehype-mark-mentions.ts';
import { asEntityId, asArticleSlug } from '../core/ids.ts';

const p = (...children: ElementContent[]): Element => ({ type: 'element', tagName: 'p', properties: {}, children });
const el = (tagName: string, ...children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});
const t = (value: string): ElementContent => ({ type: 'text', value });

function mention(text: string, surface: string, entity: string, type: EntityType, from = 0): Mention {
  const start = text.indexOf(surface, from);
  return { start, end: start + surface.length, surface, entity: asEntityId(entity), type };
}

function entity(id: string, name: string, type: EntityType): EntitySummary {
  return { id: asEntityId(id), name, type, aliases: [], articles: [asArticleSlug('story')], mentions: 1 };
}

/** One article with `mentions`; its sentences are its paragraphs unless given. */
function corpusFor(text: string, mentions: Mention[], sentences: Span[] = plainParagraphs(text)): CorpusAnalysis {
  const article: AnalyzedArticle = {
    slug: asArticleSlug('story'),
    meta: { title: 'Story', outlet: 'Outlet', published: '2018-12-20' },
    text,
    mentions,
    paragraphs: plainParagraphs(text),
    sentences,
  };
  return {
    articles: [article],
    entities: [
      entity('zhu-hua', 'Zhu Hua', 'person'),
      entity('united-states', 'United States', 'country'),
      entity('apt10', 'APT10', 'group'),
    ],
  };
}

function run(tree: Root, corpus: CorpusAnalysis, path = 'content/articles/story.md'): VFile {
  const file = new VFile({ path, cwd: process.cwd() });
  unified()
    .use(rehypeMarkMentions, { base: '/news/', corpus: () => corpus })
    .runSync(tree, file);
  return file;
}

const mentionsOf = (tree: Root | Element): Element[] => {
  const found: Element[] = [];
  const walk = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (String(child.properties.className ?? '').includes('mention')) found.push(child);
      walk(child);
    }
  };
  walk(tree);
  return found;
};

describe('rehypeMarkMentions', () => {
  const text = 'Zhu Hua met U.S. officials.\n\nAPT10 and Zhu denied it.';
  const mentions = [
    mention(text, 'Zhu Hua', 'zhu-hua', 'person'),
    mention(text, 'U.S.', 'united-states', 'country'),
    mention(text, 'APT10', 'apt10', 'group'),
    mention(text, 'Zhu', 'zhu-hua', 'person', 20),
  ];

  it('wraps each mention in a link with its anchor, type and accessible name, and numbers paragraphs', () => {
    const tree: Root = {
      type: 'root',
      children: [p(t('Zhu Hua met U.S. officials.')), t('\n'), p(t('APT10 and Zhu denied it.'))],
    };
    const file = run(tree, corpusFor(text, mentions));
    expect(toHtml(tree)).toBe(
      '<p id="p-1"><span class="sentence" id="s-1"><a class="mention mention--person" id="m-1" href="/news/entities/zhu-hua/" data-type="person" data-entity="zhu-hua" data-glyph="♟" aria-label="Zhu Hua (person)" title="Zhu Hua (person)">Zhu Hua</a>' +
        ' met <a class="mention mention--country" id="m-2" href="/news/entities/united-states/" data-type="country" data-entity="united-states" data-glyph="◆" aria-label="U.S. (country: United States)" title="United States (country)">U.S.</a> officials.</span></p>\n' +
        '<p id="p-2"><span class="sentence" id="s-2"><a class="mention mention--group" id="m-3" href="/news/entities/apt10/" data-type="group" data-entity="apt10" data-glyph="✱" aria-label="APT10 (group)" title="APT10 (group)">APT10</a>' +
        ' and <a class="mention mention--person" id="m-4" href="/news/entities/zhu-hua/" data-type="person" data-entity="zhu-hua" data-glyph="♟" aria-label="Zhu (person: Zhu Hua)" title="Zhu Hua (person)">Zhu</a> denied it.</span></p>',
    );
    expect(toString(tree)).toBe(text.replace('\n\n', '\n'));
    expect(file.data.astro?.frontmatter?.[ANNOTATION_KEY]).toBe(
      annotationDigest(corpusFor(text, mentions).articles[0]!, '/news/'),
    );
  });

  it('wraps a mention split across text nodes, whole inline elements included, in one link', () => {
    const tree: Root = {
      type: 'root',
      children: [
        p(el('em', t('Zhu')), t(' Hua met '), el('strong', t('U.')), t('S. officials.')),
        p(t('APT10 and '), t('Z'), t('hu denied it.')),
      ],
    };
    run(tree, corpusFor(text, mentions));
    const marks = mentionsOf(tree);
    expect(marks.map((m) => [m.properties.id, toString(m)])).toEqual([
      ['m-1', 'Zhu Hua'],
      ['m-2', 'U.S.'],
      ['m-3', 'APT10'],
      ['m-4', 'Zhu'],
    ]);
    expect(toHtml(marks[0]!)).toContain('><em>Zhu</em> Hua</a>');
  });

  it('wraps each piece separately when a mention cuts through an inline element, anchoring the first', () => {
    const text2 = 'They said Zhu Hua did.';
    const tree: Root = { type: 'root', children: [p(t('They '), el('em', t('said Zhu')), t(' Hua did.'))] };
    run(tree, corpusFor(text2, [mention(text2, 'Zhu Hua', 'zhu-hua', 'person')]));
    const marks = mentionsOf(tree);
    expect(marks.map((m) => [m.properties.id, m.properties.dataGlyph, m.properties.href, toString(m)])).toEqual([
      ['m-1', '♟', '/news/entities/zhu-hua/', 'Zhu'],
      [undefined, undefined, '/news/entities/zhu-hua/', ' Hua'],
    ]);
    expect(toString(tree)).toBe(text2);
  });

  it('never nests a link: a mention inside a source link becomes a span', () => {
    const text3 = 'Read APT10 news.';
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href: 'https://example.org/' },
      children: [t('APT10 news')],
    };
    const tree: Root = { type: 'root', children: [p(t('Read '), link, t('.'))] };
    run(tree, corpusFor(text3, [mention(text3, 'APT10', 'apt10', 'group')]));
    expect(toHtml(link)).toMatch(
      /^<a href="https:\/\/example.org\/"><span class="mention mention--group" id="m-1" data-type="group"/,
    );
  });

  it('wraps every sentence in a span with its anchor, marks inside, and loses no text', () => {
    const text4 = 'Zhu Hua spoke. APT10 did not. It ended.';
    const at = (s4: string): Span => ({ start: text4.indexOf(s4), end: text4.indexOf(s4) + s4.length });
    const sentences = [at('Zhu Hua spoke.'), at('APT10 did not.'), at('It ended.')];
    const tree: Root = { type: 'root', children: [p(t(text4))] };
    run(
      tree,
      corpusFor(
        text4,
        [mention(text4, 'Zhu Hua', 'zhu-hua', 'person'), mention(text4, 'APT10', 'apt10', 'group')],
        sentences,
      ),
    );
    const spans = (tree.children[0] as Element).children as Element[];
    expect(spans.map((s4) => [s4.type === 'element' ? s4.properties.id : undefined, toString(s4)])).toEqual([
      ['s-1', 'Zhu Hua spoke.'],
      [undefined, ' '],
      ['s-2', 'APT10 did not.'],
      [undefined, ' '],
      ['s-3', 'It ended.'],
    ]);
    expect(mentionsOf(spans[0]!).map((m) => m.properties.id)).toEqual(['m-1']);
    expect(toString(tree)).toBe(text4);
  });

  it('splits a sentence that an inline element cuts, anchoring only its first piece', () => {
    const text5 = 'One went. Two came back.';
    const at = (s5: string): Span => ({ start: text5.indexOf(s5), end: text5.indexOf(s5) + s5.length });
    const tree: Root = { type: 'root', children: [p(t('One '), el('em', t('went. Two')), t(' came back.'))] };
    run(tree, corpusFor(text5, [], [at('One went.'), at('Two came back.')]));
    const html = toHtml(tree);
    expect(html.match(/id="s-\d"/g)).toEqual(['id="s-1"', 'id="s-2"']);
    expect(toString(tree)).toBe(text5);
  });

  describe('marks beside shared sentences', () => {
    const own = 'The port will reopen on Friday. Nobody else wrote this line.';
    const copy = 'The port will reopen on Friday.';
    const story: AnalyzedArticle = {
      slug: asArticleSlug('story'),
      meta: { title: 'Story', outlet: 'Outlet', published: '2018-12-20' },
      text: own,
      mentions: [],
      paragraphs: plainParagraphs(own),
      sentences: [
        { start: 0, end: 31 },
        { start: 32, end: own.length },
      ],
    };
    const other: AnalyzedArticle = {
      ...story,
      slug: asArticleSlug('other'),
      meta: { title: 'Other', outlet: 'The Hill', published: '2018-12-21' },
      text: copy,
      paragraphs: plainParagraphs(copy),
      sentences: [{ start: 0, end: copy.length }],
    };
    const corpus: CorpusAnalysis = { articles: [story, other], entities: [] };
    const comparison: Comparison = {
      outlets: ['Outlet', 'The Hill'],
      coverage: [],
      passages: [
        {
          kind: 'shared',
          similarity: 1,
          sentences: [
            { article: 'story', sentence: 1, start: 0, end: 31 },
            { article: 'other', sentence: 1, start: 0, end: 31 },
          ],
        },
      ],
      quotes: [],
      quantities: [],
      discrepancies: [],
      events: [],
    };
    const marked = (tree: Root): VFile => {
      const file = new VFile({ path: 'content/articles/story.md', cwd: process.cwd() });
      unified()
        .use(rehypeMarkMentions, { base: '/news/', corpus: () => corpus, comparison: () => comparison })
        .runSync(tree, file);
      return file;
    };

    it('ends a shared sentence with links named for their counterparts, adding no text', () => {
      const tree: Root = { type: 'root', children: [p(t(own))] };
      const file = marked(tree);
      expect(toHtml(tree)).toBe(
        '<p id="p-1"><span class="sentence" id="s-1">The port will reopen on Friday.<span class="sentence-marks">' +
          '<a class="sentence-mark sentence-mark--shared" href="/news/articles/other/#s-1" data-glyph="⇄" aria-label="shared with The Hill, sentence 1" title="shared with The Hill, sentence 1"></a>' +
          '<a class="sentence-mark sentence-mark--passage" href="/news/compare/#passage-1" data-glyph="§" aria-label="the whole passage 1 on the comparison page" title="the whole passage 1 on the comparison page"></a>' +
          '</span></span> <span class="sentence" id="s-2">Nobody else wrote this line.</span></p>',
      );
      expect(toString(tree)).toBe(own);
      expect(file.data.astro?.frontmatter?.[ANNOTATION_KEY]).toBe(
        annotationDigest(story, '/news/', articleMarks(story, corpus, comparison, sitePaths('/news/'))),
      );
      expect(file.data.astro?.frontmatter?.[ANNOTATION_KEY]).not.toBe(annotationDigest(story, '/news/'));
    });

    it('puts the marks after the last piece of a sentence an inline element cuts', () => {
      const tree: Root = {
        type: 'root',
        children: [p(t('The port '), el('em', t('will')), t(' reopen on Friday. Nobody else wrote this line.'))],
      };
      marked(tree);
      const html = toHtml(tree);
      expect(html.indexOf('sentence-marks')).toBeGreaterThan(html.indexOf('Friday.'));
      expect(html.indexOf('sentence-marks')).toBeLessThan(html.indexOf('Nobody'));
      expect(toString(tree)).toBe(own);
    });

    it('gives no mark to a sentence inside a link of the source, where a link may not go', () => {
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: 'https://example.org/' },
        children: [t(copy)],
      };
      const tree: Root = { type: 'root', children: [p(link, t(' Nobody else wrote this line.'))] };
      marked(tree);
      expect(toHtml(tree)).not.toContain('sentence-mark');
      expect(toString(tree)).toBe(own);
    });
  });

  it('fails, naming the file and the offset, when the rendered text is not the analysed text', () => {
    const tree: Root = { type: 'root', children: [p(t('Zhu Hua met “U.S.” officials.'))] };
    expect(() => run(tree, corpusFor('Zhu Hua met "U.S." officials.', []))).toThrow(
      /content\/articles\/story\.md differs from the analysed text at offset 12/,
    );
  });

  it('fails for an article the analysis does not know, and leaves other markdown alone', () => {
    const tree = (): Root => ({ type: 'root', children: [p(t('Zhu Hua'))] });
    expect(() => run(tree(), corpusFor('Zhu Hua', []), 'content/articles/other.md')).toThrow(
      /other\.md is not in the analysed corpus/,
    );
    const page = tree();
    run(page, corpusFor('x', []), 'src/pages/about.md');
    expect(toHtml(page)).toBe('<p>Zhu Hua</p>');
  });
});
