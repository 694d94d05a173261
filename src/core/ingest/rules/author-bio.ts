import type { Block } from '../block.ts';
import { comparable } from '../paragraphs.ts';
import { drop, wordCount, type ResidueRule } from './rule.ts';

/** The heading of an author box. */
const BIO_LABEL =
  /^(?:about the (?:author|writer|reporter)s?|about (?:me|us)|author(?:'|’)?s? bio(?:graphy)?|the author|meet the author|more from (?:this|the) author|more by (?:this|the) author)$/i;
/** A profession a bio gives the writer. */
const PROFESSION =
  /\b(?:reporter|correspondent|writer|editor|contributor|columnist|journalist|analyst|producer|author|freelancer|researcher|blogger|critic)\b/i;
/** How far from the end an author box may stand, in blocks. */
const TAIL = 4;

/**
 * Author boxes: "About the author" and what follows it, and near the end of
 * the article a short paragraph that introduces the known writer ("Jane Doe
 * is a senior reporter covering cybersecurity. Follow her on X."). A
 * paragraph that mentions the writer in passing does not start with "<name>
 * is a … reporter".
 */
export function authorBio(author: string | undefined): ResidueRule {
  return {
    name: 'author bio',
    apply(block, index, blocks) {
      const label = blocks.findIndex((b, j) => j <= index && j >= blocks.length - TAIL - 1 && isBioLabel(b));
      if (label >= 0 && index - label <= 2) return drop(block);
      if (!author || index < blocks.length - TAIL || wordCount(block.text) > 60) return null;
      return introducesWriter(block.text, author) ? drop(block) : null;
    },
  };
}

function isBioLabel(block: Block): boolean {
  return BIO_LABEL.test(comparable(block.text));
}

function introducesWriter(text: string, author: string): boolean {
  const names = [author, author.split(/\s+/).at(-1) ?? author].map(comparable);
  const lower = comparable(text);
  return (
    names.some((name) => lower.startsWith(`${name} is `) || lower.startsWith(`${name} has `)) && PROFESSION.test(text)
  );
}
