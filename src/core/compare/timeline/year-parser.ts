import type { Parser, ParsingContext } from 'chrono-node';

// Four digits from 1500 to 2099, not inside a longer number, code or amount
// ("2,015", "$2015", "APT2015"), not a decade ("1990s").
const YEAR = /(?<![\p{L}\p{N}$€£¥#.,])(1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}%]|[.,]\d)/u;
const PERCENT_AFTER = /^\s*(?:per\s?cent|percent|percentage)\b/i;
// "2000 workers": a count, unless a determiner or preposition makes it a year ("the 2015 elections").
const COUNTED_NOUN_AFTER = /^\s+([a-z]{3,}s)\b/;
const NOT_NOUNS = new Set(['was', 'has', 'does', 'is', 'its', 'this', 'thus', 'plus', 'as', 'his', 'less', 'unless']);
const YEAR_WORD_BEFORE =
  /(?:\b(?:the|a|an|in|since|by|of|from|until|till|through|during|before|after|around|circa|early|late|mid|and|to|or)|['’]s|-)\s*$/i;

/**
 * A year written alone ("in 2015", "since 2006", "the 2015 Cyber
 * Agreement"), which chrono's English parsers leave to the reader: they read
 * a year only beside a month. The year is known; month and day are implied,
 * so the precision is the year.
 */
export const yearParser: Parser = {
  pattern: () => YEAR,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    const year = match[1] ?? match[0];
    const after = context.text.slice(index + match[0].length);
    const before = context.text.slice(0, index);
    if (PERCENT_AFTER.test(after)) return null;
    const noun = COUNTED_NOUN_AFTER.exec(after)?.[1];
    if (noun !== undefined && !NOT_NOUNS.has(noun) && !noun.endsWith('ss') && !YEAR_WORD_BEFORE.test(before))
      return null;
    const result = context.createParsingResult(index, match[0]);
    result.start.assign('year', Number(year));
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    result.addTag('parser/yearParser');
    return result;
  },
};
