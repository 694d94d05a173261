import { readHeaderLine } from '../header-line.ts';
import { drop, type ResidueRule } from './rule.ts';

/**
 * The writer's byline anywhere in the body once the writer is known (from
 * `--author`, the page or the header): "Jane Doe", "By Jane Doe",
 * "JANE DOE | Reporter" as a whole line, such as an author box repeats it.
 * A sentence that names the writer has more than byline parts around the
 * name and stays.
 */
export function bylineRepeat(author: string): ResidueRule {
  return {
    name: 'byline',
    apply(block) {
      if (block.kind === 'item') return null;
      const line = readHeaderLine(block.text, author);
      return line.kind === 'meta' && line.author === author && !line.date ? drop(block) : null;
    },
  };
}
