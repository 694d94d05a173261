import type { Block } from '../block.ts';
import { drop, endsSentence, wordCount, type ResidueRule } from './rule.ts';
import { inLabelledRun } from './run.ts';

const TAG_LABEL =
  /^(?:topics?|tags?|tagged(?:\s+(?:with|in|as))?|filed\s+(?:under|in)|categor(?:y|ies)|keywords?|subjects?|labels?|more\s+about|related\s+topics|posted\s+in|sections?|themes?)\s*:/i;

/** Tags under a label on lines of their own, at the most. */
const MAX_TAGS = 15;

/**
 * Topic lines: "Topics: Security, Government, Hacking", "Tags: ransomware |
 * schools", "Filed under: Europe" (every tag a few words, none a
 * sentence), and a label alone followed by one tag a line. "Topics
 * discussed included trade." has no label's colon.
 */
export const topicTags: ResidueRule = {
  name: 'topic tags',
  apply(block, index, blocks) {
    const text = block.text.trim();
    const label = TAG_LABEL.exec(text);
    if (label) {
      const rest = text.slice(label[0].length).trim();
      return rest === '' || isTagList(rest) ? drop(block) : null;
    }
    return inLabelledRun(blocks, index, isBareLabel, isTag, MAX_TAGS) ? drop(block) : null;
  },
};

function isBareLabel(block: Block): boolean {
  const label = TAG_LABEL.exec(block.text.trim());
  return label !== null && block.text.trim().length === label[0].length;
}

function isTagList(text: string): boolean {
  const tags = text.split(/\s*[,;|•·]\s*|\s{2,}/).filter(Boolean);
  return tags.every((tag) => wordCount(tag) <= 5 && !endsSentence(tag)) && !/[.!?]$/.test(text);
}

/** One tag on a line of its own: a few words, no sentence. */
export function isTag(block: Block): boolean {
  return wordCount(block.text) <= 4 && !endsSentence(block.text) && !/[,;:]$/.test(block.text.trim());
}
