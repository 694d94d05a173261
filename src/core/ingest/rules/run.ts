import type { Block } from '../block.ts';

/**
 * True when `blocks[index]` is a label (`isLabel`) or one of at most `max`
 * members (`isMember`) that follow a label without a break: the shape of a
 * "Related articles:" heading and its headlines, or "Tags:" and its tags.
 */
export function inLabelledRun(
  blocks: readonly Block[],
  index: number,
  isLabel: (block: Block) => boolean,
  isMember: (block: Block, index: number) => boolean,
  max: number,
): boolean {
  const block = blocks[index];
  if (!block) return false;
  if (isLabel(block)) return true;
  if (!isMember(block, index)) return false;
  for (let j = index - 1; j >= 0 && index - j <= max; j--) {
    const before = blocks[j];
    if (!before) return false;
    if (isLabel(before)) return true;
    if (!isMember(before, j)) return false;
  }
  return false;
}
