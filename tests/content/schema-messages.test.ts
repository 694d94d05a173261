import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/core/content/content-error.ts';
import { loadArticles } from '../../src/core/content/load-articles.ts';

const file = (name: string, text: string) => ({ file: `content/articles/${name}.md`, bytes: new TextEncoder().encode(text) });

function messageOf(...files: ReturnType<typeof file>[]): string {
  try {
    loadArticles(files);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('front-matter messages', () => {
  it('say what is missing, what is wrong and what is expected, file by file', () => {
    const message = messageOf(
      file('no-date', '---\ntitle: T\noutlet: O\n---\n\nText.\n'),
      file('no-title', '---\noutlet: O\npublished: 2020-01-01\nextra: 1\n---\n\nText.\n'),
      file('wrong-type', '---\ntitle: 42\noutlet: O\npublished: 2020-01-01\n---\n\nText.\n'),
    );
    expect(message).toContain('content/articles/no-date.md: published: missing: expected a date as YYYY-MM-DD');
    expect(message).toContain('content/articles/no-title.md: title: missing: expected the headline');
    expect(message).toContain(
      'content/articles/no-title.md: extra: unknown field; expected only title, outlet, published, url, author',
    );
    expect(message).toContain('content/articles/wrong-type.md: title: expected the headline as text, got number');
    expect(message).toMatch(/^4 problem\(s\) in 3 content file\(s\):/);
  });
});
