import { dropWhen, wordCount } from './rule.ts';

const COPYRIGHT =
  /^(?:©|\([cC]\))\s*(?:\d{4}|\p{Lu})|^(?:[Cc]opyright|COPYRIGHT)\s*(?:©|\([cC]\))|\b(?:[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED)\b|^[Tt]his (?:material|article|content) may not be (?:published|reproduced|republished)/u;
/** "Copyright 2021 The Coastal Wire.": the year and an owner's capitalised name, and nothing else. */
const YEAR_AND_OWNER =
  /^(?:[Cc]opyright|COPYRIGHT)\s+\d{4}(?:\s*[-–]\s*\d{4})?,?\s+(?:\p{Lu}[\p{L}&'’.-]*\s*){1,6}\.?$/u;

/**
 * Copyright footers: "© 2021 Acme Media. All rights reserved.", "Copyright
 * 2021 The Associated Press.", "This material may not be published,
 * broadcast, rewritten or redistributed." A sentence about copyright
 * ("Copyright lawsuits rose in 2021") neither opens with the sign or the
 * year-and-owner form nor reserves rights.
 */
export const copyrightNotice = dropWhen(
  'copyright notice',
  (block) =>
    wordCount(block.text) <= 60 && (COPYRIGHT.test(block.text.trim()) || YEAR_AND_OWNER.test(block.text.trim())),
);
