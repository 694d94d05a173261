import type { Block } from '../block.ts';
import { drop, isHeadlineLike, isWholeLine, wordCount, type ResidueRule } from './rule.ts';
import { inLabelledRun } from './run.ts';

/** The heading of a box of links to other articles. */
const RELATED_LABEL =
  /^(?:related|related (?:articles?|stories|story|news|content|coverage|reading|posts?|links|topics|videos?|reports?)|(?:previous|earlier|more|further|our|full|latest)(?: and related)? coverage|previous and related coverage|more (?:on|about) (?:this|the) (?:story|topic|subject)|more stories|more news|more (?:from|in|on) [\p{L}\p{N}&' -]{1,40}|more to (?:read|explore)|read (?:more|next|also)|also read|also see|see also|further reading|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|we recommend|recommended|recommended (?:for you|stories|articles|reading|videos)|most (?:read|popular|viewed|shared|commented|emailed|watched)|popular (?:now|stories|articles|on [\p{L} ]{1,30})?|trending|trending (?:now|stories|articles|news|on [\p{L} ]{1,30})|top stories|latest (?:news|stories|articles|headlines)|editor(?:'|’)?s?(?:'|’)? (?:picks?|choice)|don(?:'|’)t miss|up next|next up|what to read next|keep reading|in other news|around the web|from around the web|from the archive|(?:previous|next) (?:article|story|post)|also on [\p{L}\p{N}&' -]{1,40}|in case you missed it)$/u;

/** Labels that only count with their colon: "Read more:" opens a list, "Read more" is a button. */
const COLON_LABEL = /^(?:read more|read next|read also|also read|see also|more|related)\s*:/i;

/** Headlines listed under a label, at the most. */
const MAX_LINKS = 12;

/**
 * Boxes of links to other articles: a label ("Related Articles:", "Most
 * read", "Recommended", "Previous and related coverage", "More from
 * Security") and the headlines under it (list items or short lines without
 * a closing full stop), up to the next sentence; and a single line that
 * carries its label ("Read more: Ports reopen after storm", "RELATED: …").
 * A sentence that starts "Related charges were filed…" has no label's shape.
 */
export const relatedLinks: ResidueRule = {
  name: 'related links',
  apply(block, index, blocks) {
    if (isInlineRelated(block.text)) return drop(block);
    return inLabelledRun(
      blocks,
      index,
      isRelatedLabel,
      (member, at) => isLinkedHeadline(member, blocks[at + 1]),
      MAX_LINKS,
    )
      ? drop(block)
      : null;
  },
};

function isRelatedLabel(block: Block): boolean {
  const text = block.text.trim();
  return wordCount(text) <= 8 && !/[.!?]$/.test(text) && isWholeLine(text, RELATED_LABEL);
}

function isInlineRelated(text: string): boolean {
  const match = COLON_LABEL.exec(text.trim());
  if (!match) return false;
  const rest = text.trim().slice(match[0].length).trim();
  return rest.length > 0 && isHeadlineLike(rest);
}

/** A headline of the box; a heading right before a sentence opens a section of the article instead. */
function isLinkedHeadline(block: Block, next: Block | undefined): boolean {
  if (block.kind === 'heading' && next && wordCount(next.text) >= 15) return false;
  if (block.kind === 'item') return wordCount(block.text) <= 30;
  return isHeadlineLike(block.text);
}
