import type { Block } from '../block.ts';
import { drop, endsSentence, wordCount, type ResidueRule } from './rule.ts';

/** A tag left alone at the end of a page: one to three capitalised words, no punctuation. */
function isTrailingTag(block: Block): boolean {
  const text = block.text.trim();
  return (
    block.kind !== 'item' &&
    wordCount(text) <= 3 &&
    text.length <= 40 &&
    /^[#\p{Lu}\p{N}]/u.test(text) &&
    !endsSentence(text) &&
    !/[,;:()"“”—–]/.test(text)
  );
}

/**
 * Tag lines at the end of the article: the last run of one-to-three-word
 * capitalised lines ("Government", "Hacks", "Data Breach") after the last
 * sentence. Runs after every other rule, so that what followed the tags
 * (related links, a comment form) is already gone. A closing line with
 * punctuation ("— Reuters", "(AP)") or a final list stays.
 */
export const trailingTags: ResidueRule = {
  name: 'trailing tags',
  apply(block, index, blocks) {
    if (!isTrailingTag(block)) return null;
    for (let j = index + 1; j < blocks.length; j++) {
      const after = blocks[j];
      if (after && !isTrailingTag(after)) return null;
    }
    // Something before the run must be the article.
    return blocks.slice(0, index).some((before) => !isTrailingTag(before)) ? drop(block) : null;
  },
};
