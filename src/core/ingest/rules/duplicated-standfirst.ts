import { comparable } from '../paragraphs.ts';
import { withoutTrailingCredit } from '../photo-credit.ts';
import { drop, type ResidueRule } from './rule.ts';

/**
 * A duplicated standfirst: the standfirst repeated next to it with a photo
 * credit glued on ("…networks." then "…networks.PHOTO: AFP"). The credited
 * copy is the lead photo's caption and goes; the standfirst is the article's
 * own words and stays.
 */
export const duplicatedStandfirst: ResidueRule = {
  name: 'duplicated standfirst',
  apply(block, index, blocks) {
    const neighbours = [blocks[index - 1], blocks[index + 1]].filter((b) => b !== undefined);
    return neighbours.some((other) => isCreditedCopy(block.text, other.text)) ? drop(block) : null;
  },
};

/** True when `credited` is `bare` with a photo credit after it. */
function isCreditedCopy(credited: string, bare: string): boolean {
  const stripped = withoutTrailingCredit(credited);
  return stripped !== null && stripped.length > 0 && comparable(stripped) === comparable(bare);
}
