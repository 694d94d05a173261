import { headingLevel, paragraph, type Block } from './block.ts';
import { splitParagraphs } from './paragraphs.ts';
import type { Removal } from './strip-residue.ts';

/** `## Heading` as a scraper that writes markdown prints it; an optional closing run of `#` is not text. */
const HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/;
/** A bullet and the item's text: `* item`, `- item`, `• item`. An en or em dash opens a sentence, not an item. */
const BULLET = /^[*•·▪●◦‣+-]\s+(\S.*)$/;
/** A numbered line: `1. item`, `2) item`. */
const NUMBERED = /^(\d{1,3})[.)]\s+(\S.*)$/;
/** A line of nothing but rule characters (`* * *`, `---`, `###`): a section break, not text. */
const SEPARATOR = /^(?:[-*_=~#•·]\s*){3,}$/;

/**
 * Reads scraped text (one paragraph a line, see `splitParagraphs`) as blocks.
 * `#` lines become headings and bulleted lines list items. Numbered lines
 * become an ordered list only when at least two follow each other with
 * consecutive numbers, since a lone "1. …" or "2018. …" is as likely a
 * sentence. Lines that only draw a rule are left out.
 */
export function textBlocks(raw: string): { blocks: Block[]; removed: Removal[] } {
  const lines = splitParagraphs(raw);
  const numbers = lines.map((line) => Number(NUMBERED.exec(line)?.[1] ?? NaN));
  const inNumberedRun = (i: number): boolean =>
    numbers[i - 1] === (numbers[i] ?? NaN) - 1 || numbers[i + 1] === (numbers[i] ?? NaN) + 1;

  const blocks: Block[] = [];
  const removed: Removal[] = [];
  let list = 0;
  let previousItem: { ordered: boolean } | null = null;
  const item = (text: string, ordered: boolean, number?: number): Block => {
    if (previousItem?.ordered !== ordered) list++;
    previousItem = { ordered };
    return number === undefined ? { kind: 'item', text, ordered, list } : { kind: 'item', text, ordered, list, number };
  };

  lines.forEach((line, i) => {
    if (SEPARATOR.test(line)) {
      removed.push({ rule: 'section separator', text: line });
      return;
    }
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    if (numbered?.[2] && inNumberedRun(i)) {
      blocks.push(item(numbered[2], true, Number(numbered[1])));
      return;
    }
    if (bullet?.[1]) {
      blocks.push(item(bullet[1], false));
      return;
    }
    previousItem = null;
    blocks.push(
      heading?.[2]
        ? { kind: 'heading', text: heading[2], level: headingLevel(heading[1]?.length ?? 2) }
        : paragraph(line),
    );
  });
  return { blocks, removed };
}
