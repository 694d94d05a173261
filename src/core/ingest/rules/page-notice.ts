import { dropWhen, wordCount } from './rule.ts';

/** What a page says to a reader who cannot see it all: scripts off, paywall, loading. */
const PAGE_NOTICE =
  /^(?:please enable javascript|(?:you (?:need|must) to )?enable javascript|javascript is (?:disabled|required)|this (?:content|video|page) (?:is not available|requires javascript|cannot be displayed)|your browser does not support|loading(?:\.{3}|…)?$|subscribe to (?:continue|keep) reading|(?:sign|log) in to (?:continue|keep) reading|create a free account to (?:continue|keep) reading|this (?:article|story|content) is (?:for|available to|exclusive to) (?:paid )?(?:subscribers|members)|already (?:a subscriber|have an account)\??|you have (?:\d+|one|no) free (?:articles?|stories) (?:left|remaining)|you(?:'|’)ve reached your (?:free )?article limit|to continue reading,? (?:subscribe|sign in|log in)|get unlimited access)/i;

/**
 * Notices a page shows instead of or around the article: "Please enable
 * JavaScript", "Subscribe to continue reading", "Already a subscriber? Log
 * in", "You have 2 free articles left". Matched at the start of a short
 * line; an article that reports on paywalls says so in a sentence of its own.
 */
export const pageNotice = dropWhen(
  'page notice',
  (block) => wordCount(block.text) <= 30 && PAGE_NOTICE.test(block.text.trim()),
);
