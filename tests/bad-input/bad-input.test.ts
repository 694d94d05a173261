import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/core/content/content-error.ts';
import { loadArticles, type ArticleFile } from '../../src/core/content/load-articles.ts';
import { parseArticle } from '../../src/core/content/parse-article.ts';
import { markdownToHast } from '../../src/core/text/markdown-to-hast.ts';
import type { SourceArticle } from '../../src/core/types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = 'tests/bad-input/fixtures';

const read = async (name: string): Promise<ArticleFile> => {
  const file = `${FIXTURES}/${name}`;
  return { file, bytes: new Uint8Array(await readFile(join(root, file))) };
};

/** The body of a fixture after its front matter, as the build would render it. */
const bodyOf = async (name: string): Promise<string> => {
  const { file, bytes } = await read(name);
  const parsed = parseArticle(file, bytes);
  if (!parsed.ok) throw new Error(`${name} should parse`);
  return parsed.body;
};

/** One fixture set and what loading it must give. */
interface Case {
  name: string;
  files: string[];
  /** [file, field] of every problem, in the order reported; absent when the set must load. */
  problems?: [string, string][];
  /** Checks on the loaded articles when the set must load. */
  check?: (articles: SourceArticle[]) => void | Promise<void>;
}

const CASES: Case[] = [
  { name: 'missing title', files: ['missing-title.md'], problems: [['missing-title.md', 'title']] },
  {
    name: 'title of the wrong type (42)',
    files: ['title-not-a-string.md'],
    problems: [['title-not-a-string.md', 'title']],
  },
  {
    name: 'impossible date (2018-02-30)',
    files: ['impossible-date.md'],
    problems: [['impossible-date.md', 'published']],
  },
  { name: 'date not YYYY-MM-DD', files: ['bad-date-format.md'], problems: [['bad-date-format.md', 'published']] },
  { name: 'unknown front-matter field', files: ['unknown-field.md'], problems: [['unknown-field.md', 'tags']] },
  {
    name: 'duplicate slug differing in case',
    files: ['duplicate-slug/first/ferries-return.md', 'duplicate-slug/second/Ferries-Return.md'],
    problems: [
      ['duplicate-slug/second/Ferries-Return.md', 'file name'],
      ['duplicate-slug/second/Ferries-Return.md', 'slug'],
    ],
  },
  { name: 'file not UTF-8', files: ['not-utf-8.md'], problems: [['not-utf-8.md', 'encoding']] },
  { name: 'empty body', files: ['empty-body.md'], problems: [['empty-body.md', 'body']] },
  {
    name: 'HTML in the title',
    files: ['html-in-title.md'],
    check: ([article]) => expect(article?.meta.title).toBe('<b>Ferries</b> return <script>alert(1)</script>'),
  },
  {
    name: 'non-Latin scripts and emoji',
    files: ['non-latin-scripts.md'],
    check: ([article]) => {
      expect(article?.meta).toMatchObject({
        title: '渡轮恢复运营 — Паромы вернулись 🚢',
        outlet: 'Ελληνικά Νέα',
        author: 'José Ñúñez',
      });
      expect(article?.text).toBe(
        [
          '北京——周一，前往岛屿的渡轮在停航三周后恢复运营。',
          'Москва: паромное сообщение возобновлено в понедельник.',
          'عادت العبّارات إلى الجزر يوم الاثنين.',
          'फ़ेरी सेवाएँ सोमवार को फिर से शुरू हुईं।',
          'Passengers cheered 🎉👩‍👩‍👧 as the ferry 🚢 docked; café owners (Zoë, Søren) said “finally”.',
        ].join('\n\n'),
      );
    },
  },
  {
    name: 'markdown table and lists',
    files: ['table-and-list.md'],
    check: ([article]) =>
      expect(article?.text.split('\n\n')).toEqual([
        'Sailings resume as follows:',
        'Route',
        'First sailing',
        'Mainland to North Isle',
        '06:00',
        'North Isle to South Isle',
        '07:30',
        'Tickets go on sale on Friday.',
        'Season passes remain valid.',
        'Board on foot.',
        'Drive on after foot passengers.',
      ]),
  },
  {
    name: 'hostile raw HTML in the body',
    files: ['hostile-html.md'],
    check: async ([article]) => {
      expect(article?.text.split('\n\n')).toEqual([
        'Ferry services resumed on Monday.',
        'Tickets go on sale on Friday.',
        'timetable and fares and map.',
        'Season passes remain valid.',
      ]);
      expect(article?.text).not.toMatch(/pwned|alert|evil|script|javascript|data:|display/i);
      expect(unsafeParts(markdownToHast(await bodyOf('hostile-html.md')))).toEqual([]);
    },
  },
];

describe('article validation over bad input', () => {
  it.each(CASES)('$name', async ({ files, problems, check }) => {
    const set = await Promise.all(files.map(read));
    if (problems) {
      const error = catchContentError(() => loadArticles(set));
      expect(error.problems.map((p) => [p.file, p.field])).toEqual(
        problems.map(([file, field]) => [`${FIXTURES}/${file}`, field]),
      );
      // The message a build prints names each file and field.
      for (const [file, field] of problems) expect(error.message).toContain(`${FIXTURES}/${file}: ${field}: `);
      return;
    }
    const articles = loadArticles(set);
    expect(articles).toHaveLength(files.length);
    await check?.(articles);
  });

  it('accepts a 1 MB article with its text intact', async () => {
    const { bytes } = await read('large-article.md');
    const source = new TextDecoder().decode(bytes);
    const paragraph = source.slice(source.lastIndexOf('\n\n') + 2).trim();
    const count = Math.ceil(1_048_576 / (paragraph.length + 2));
    const large = `${source.trimEnd()}\n\n${Array.from({ length: count }, () => paragraph).join('\n\n')}\n`;
    expect(large.length).toBeGreaterThan(1_048_576);
    const [article] = loadArticles([{ file: `${FIXTURES}/large-article.md`, bytes: new TextEncoder().encode(large) }]);
    expect(article?.text).toBe(Array.from({ length: count + 1 }, () => paragraph).join('\n\n'));
  }, 30_000);

  it('the safety check itself flags what it must', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'script', properties: {}, children: [] },
        { type: 'element', tagName: 'a', properties: { href: 'javascript:alert(1)' }, children: [] },
        { type: 'element', tagName: 'p', properties: { onClick: 'x()' }, children: [] },
        { type: 'element', tagName: 'a', properties: { href: 'https://example.com/' }, children: [] },
      ],
    };
    expect(unsafeParts(tree)).toEqual(['<script>', 'a.href=javascript:alert(1)', 'p.onClick']);
  });

  it('lists every bad file in one error', async () => {
    const bad = CASES.filter((c) => c.problems).flatMap((c) => c.files);
    const set = await Promise.all([...bad, 'valid.md', 'html-in-title.md'].map(read));
    const all = catchContentError(() => loadArticles(set));
    const named = new Set(all.problems.map((p) => p.file));
    expect([...named].sort()).toEqual(
      [...new Set(CASES.flatMap((c) => c.problems ?? []).map(([file]) => `${FIXTURES}/${file}`))].sort(),
    );
    expect(all.message).toMatch(
      new RegExp(`^${all.problems.length} problem\\(s\\) in ${named.size} content file\\(s\\)`),
    );
  });
});

function catchContentError(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

const FORBIDDEN_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'form',
  'input',
  'button',
  'object',
  'embed',
  'img',
  'svg',
  'meta',
  'base',
  'link',
]);

/** Every element, attribute or address in the tree that could run, load or submit something. */
function unsafeParts(tree: Root): string[] {
  const found: string[] = [];
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'element') {
      found.push(...unsafeInElement(node));
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return found;
}

function unsafeInElement(element: Element): string[] {
  const found: string[] = [];
  if (FORBIDDEN_TAGS.has(element.tagName)) found.push(`<${element.tagName}>`);
  for (const [name, value] of Object.entries(element.properties)) {
    if (/^on/i.test(name)) found.push(`${element.tagName}.${name}`);
    if (/^(?:href|src|action|data|formAction)$/i.test(name) && !/^(?:https?:|mailto:|#)/i.test(String(value))) {
      found.push(`${element.tagName}.${name}=${String(value)}`);
    }
  }
  return found;
}
