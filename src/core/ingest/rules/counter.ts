import { dropWhen, isWholeLine } from './rule.ts';

const COUNT = String.raw`\d[\d,.]*\s*[km]?`;

/** A number alone, or a count of shares, views, likes or reactions. */
const COUNTER = new RegExp(
  String.raw`^(?:${COUNT}|${COUNT}\s*(?:shares?|views?|likes?|reactions?|reads?|claps?|upvotes?|votes?|retweets?|reposts?)|(?:shares?|views?|likes?|reactions?|reads?)\s*:?\s*${COUNT})$`,
);

/**
 * Counters: a line that is only a number (a comment or share count whose
 * icon was lost: "0", "12", "1.2K") or a labelled count ("120 shares",
 * "Views: 1,024"). A sentence always has words around its numbers.
 */
export const counter = dropWhen('counter', (block) => isWholeLine(block.text, COUNTER));
