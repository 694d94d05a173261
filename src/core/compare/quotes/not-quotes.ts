import { wordsOf } from './quote-words.ts';

/** A quotation as the filters see it: its words and what stands before its opening mark in the sentence. */
export interface QuoteCandidate {
  text: string;
  /** The sentence's text before the opening mark. */
  before: string;
}

/** A named way of telling that words in quotation marks are not a quotation of anyone. */
export interface NotAQuoteRule {
  name: string;
  applies(candidate: QuoteCandidate): boolean;
}

/** Fewer than four words: a term, a name or a fragment, never a quotation by the conventions. */
const underFourWords: NotAQuoteRule = {
  name: 'under four words',
  applies: ({ text }) => wordsOf(text).length < 4,
};

/** "so-called “managed service providers”", "the term “…”": the writer holds the words at arm's length. */
const scareQuote: NotAQuoteRule = {
  name: 'scare quote or term',
  applies: ({ before }) =>
    /\b(?:so-called|so called|the (?:terms?|words?|phrases?|labels?|hashtags?|expressions?))\s*$/i.test(before),
};

/** Function words a title keeps in lower case ("Ministry of State Security", "Lord of the Rings"). */
const TITLE_LOWER = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  'on',
  'a',
  'an',
  'to',
  'with',
  'at',
  'by',
  'de',
  'or',
  'vs',
]);

/**
 * Names and titles: words introduced as a title ("a report titled “…”"), or
 * every word capitalised with no sentence punctuation ("“Advanced Persistent
 * Threat 10”"). After "called" or "dubbed" only the capitals decide: "a
 * campaign dubbed “Cloud Hopper”" is a name, "what the minister called “a
 * fair offer”" a partial quotation.
 */
const nameOrTitle: NotAQuoteRule = {
  name: 'name or title',
  applies: ({ text, before }) => {
    if (/\b(?:titled|entitled|headlined|code-?named|nicknamed)\s*$/i.test(before)) return true;
    const words = wordsOf(text);
    const titleCase = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_LOWER.has(w.toLowerCase()));
    return titleCase && words.some((w) => /^\p{Lu}/u.test(w)) && !/[.!?,;:]\s*$/.test(text.trim());
  },
};

/** Placards, banners, signs, chants and slogans: words nobody in particular said. */
const slogan: NotAQuoteRule = {
  name: 'slogan',
  applies: ({ before }) =>
    /\b(?:placards?|banners?|signs?|posters?|slogans?|t-?shirts?|graffiti|chant(?:s|ed|ing)?|hashtags?|mottos?|billboards?|stickers?)\b[^.!?;]{0,40}$/i.test(
      before,
    ),
};

/**
 * The filters, in the order they run (the first that applies names the
 * reason). Length comes first as the cheapest and commonest reason.
 */
export const NOT_QUOTE_RULES: readonly NotAQuoteRule[] = [underFourWords, scareQuote, nameOrTitle, slogan];

/** The name of the first rule that says the candidate is not a quotation, or null when it is one. */
export function whyNotAQuote(candidate: QuoteCandidate): string | null {
  return NOT_QUOTE_RULES.find((rule) => rule.applies(candidate))?.name ?? null;
}
