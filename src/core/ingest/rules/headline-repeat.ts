import { comparable } from '../paragraphs.ts';
import { drop, type ResidueRule } from './rule.ts';

/** Lines that repeat the headline (page titles, share widgets) once the headline is known. */
export function headlineRepeat(headline: string): ResidueRule {
  const target = comparable(headline);
  return {
    name: 'headline repeat',
    apply: (block) => (comparable(block.text) === target ? drop(block) : null),
  };
}
