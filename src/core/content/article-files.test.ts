import { describe, expect, it } from 'vitest';
import { isArticlePath, sortContentFiles } from './article-files.ts';

describe('sortContentFiles', () => {
  it('reads markdown directly in content/articles and knowledge YAML; names every other file with a reason', () => {
    const { articles, ignored } = sortContentFiles([
      'content/articles/b-story.md',
      'content/articles/a-story.md',
      'content/articles/notes.txt',
      'content/articles/draft.markdown',
      'content/articles/2024/old.md',
      'content/stray.md',
      'content/knowledge/entities.yaml',
      'content/knowledge/extra.json',
      'content/articles/.gitkeep',
    ]);
    expect(articles).toEqual(['content/articles/a-story.md', 'content/articles/b-story.md']);
    expect(ignored.map((i) => i.file)).toEqual([
      'content/articles/2024/old.md',
      'content/articles/draft.markdown',
      'content/articles/notes.txt',
      'content/knowledge/extra.json',
      'content/stray.md',
    ]);
    expect(ignored.find((i) => i.file.endsWith('old.md'))?.reason).toMatch(/directly in content\/articles\/, not in a sub-folder/);
    expect(ignored.find((i) => i.file.endsWith('.markdown'))?.reason).toMatch(/rename it to end in \.md/);
    expect(ignored.find((i) => i.file.endsWith('stray.md'))?.reason).toMatch(/move it there/);
  });

  it('tells article paths by folder and extension, either separator', () => {
    expect(isArticlePath('content/articles/x.md')).toBe(true);
    expect(isArticlePath('content\\articles\\x.md')).toBe(true);
    expect(isArticlePath('content/articles/sub/x.md')).toBe(false);
    expect(isArticlePath('content/articles/x.MD')).toBe(false);
    expect(isArticlePath('src/pages/about.md')).toBe(false);
  });
});
