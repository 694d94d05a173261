import type { Block } from '../block.ts';
import { isCallToAction } from './call-to-action.ts';
import { drop, endsWithFullStop, isWholeLine, wordCount, type ResidueRule } from './rule.ts';

const SPONSOR_LABEL =
  /^(?:sponsored|sponsor|sponsors|sponsored content|sponsored post|sponsored story|sponsored links?|sponsored by .{1,60}|presented by .{1,60}|brought to you by .{1,60}|in partnership with .{1,60}|in association with .{1,60}|supported by .{1,60}|from our sponsors?|a message from our sponsors?|partner content|paid content|paid post|paid partnership|promoted|promoted content|promoted stories|promoted links|advertiser content|advertorial|branded content)$/;

/** Blocks after the label that may belong to a sponsor box, at the most. */
const MAX_MEMBERS = 6;

/**
 * Sponsor boxes: a label ("Sponsored", "Sponsored content", "Presented by
 * Acme", "Partner content") and the short lines under it, up to and with a
 * call to action ("Learn more"). Without a call to action only the lines of
 * a few words that follow the label (the sponsor's name and slogan) go,
 * never a sentence. A paragraph saying "The event was sponsored by Acme."
 * is not a label.
 */
export const sponsorBlock: ResidueRule = {
  name: 'sponsor block',
  apply(block, index, blocks) {
    for (let j = index; j >= 0 && index - j <= MAX_MEMBERS; j--) {
      const candidate = blocks[j];
      if (!candidate) return null;
      if (isSponsorLabel(candidate)) return index <= boxEnd(blocks, j) ? drop(block) : null;
      if (j < index && wordCount(candidate.text) > 30) return null;
    }
    return null;
  },
};

function isSponsorLabel(block: Block): boolean {
  return wordCount(block.text) <= 10 && !endsWithFullStop(block.text) && isWholeLine(block.text, SPONSOR_LABEL);
}

/** The last block of the box that starts with the label at `label`. */
function boxEnd(blocks: readonly Block[], label: number): number {
  for (let k = label + 1; k < blocks.length && k - label <= MAX_MEMBERS; k++) {
    const text = blocks[k]?.text ?? '';
    if (wordCount(text) > 30) break;
    if (isCallToAction(text)) return k;
  }
  let end = label;
  while (end + 1 < blocks.length) {
    const text = blocks[end + 1]?.text ?? '';
    if (wordCount(text) > 8 || endsWithFullStop(text) || end + 1 - label > MAX_MEMBERS) break;
    end++;
  }
  return end;
}
