import type { AnalyzedArticle } from '../../types.ts';

/** Two articles are on one story from this share of shared entities up (measured: one story 0.36 and more, two stories 0). */
export const SAME_STORY_OVERLAP = 0.2;

/**
 * Whether two articles report one story: the entities they share, over the
 * entities of the one that names fewer (the overlap coefficient), reach
 * `SAME_STORY_OVERLAP`. Quantities of two stories are never compared. Each side is an article's
 * `storyEntities`, worked out once per article: the articles are compared pairwise.
 */
export function sameStory(x: StoryEntities, y: StoryEntities): boolean {
  const fewer = Math.min(x.size, y.size);
  if (fewer === 0) return false;
  let shared = 0;
  for (const id of x) if (y.has(id)) shared++;
  return shared / fewer >= SAME_STORY_OVERLAP;
}

/** The distinct entities an article names, which `sameStory` compares. */
export type StoryEntities = ReadonlySet<string>;

export function storyEntities(article: AnalyzedArticle): StoryEntities {
  return new Set(article.mentions.map((m) => m.entity));
}
