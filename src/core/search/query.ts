import { contentWords } from './content-words.ts';

/** Words of a query that are searched; the rest are ignored. */
export const MAX_QUERY_WORDS = 8;

/** A query as the ranking reads it. Word indices point into `words`. */
export interface ParsedQuery {
  /** The distinct normalised words to find, stop words dropped, in the order typed. */
  words: string[];
  /** Per word: it stands inside quotes, so only the word itself counts (no typo, no longer word). */
  exact: boolean[];
  /** Pairs of words typed next to each other, in order: the phrase signal (`state security`). */
  pairs: [number, number][];
  /** Quoted phrases: the pairs each requires, every pair adjacent and in order in a result. */
  phrases: [number, number][][];
  /** Normalised words that no result may contain (`-word`). */
  excluded: string[];
}

const QUOTES = new Set(['"', '“', '”', '„']);

/**
 * Reads the operators a reader expects: several words mean all of them
 * (ranked, see rank.ts), `"a phrase"` must occur as written (up to stop words
 * and case), `-word` excludes. An unclosed quote runs to the end. Anything
 * else is text: `well-known` is two words, not an exclusion.
 */
export function parseQuery(query: string, stop: ReadonlySet<string>): ParsedQuery {
  const parsed: ParsedQuery = { words: [], exact: [], pairs: [], phrases: [], excluded: [] };
  const index = new Map<string, number>();
  const pairKeys = new Set<string>();

  const addText = (text: string, quoted: boolean): void => {
    const required: [number, number][] = [];
    let previous: number | undefined;
    for (const word of contentWords(text, stop)) {
      let id = index.get(word.term);
      if (id === undefined) {
        if (parsed.words.length >= MAX_QUERY_WORDS) break;
        id = parsed.words.push(word.term) - 1;
        parsed.exact.push(false);
        index.set(word.term, id);
      }
      if (quoted) parsed.exact[id] = true;
      if (word.joined && previous !== undefined && previous !== id) {
        const pair: [number, number] = [previous, id];
        if (!pairKeys.has(`${previous} ${id}`)) parsed.pairs.push(pair);
        pairKeys.add(`${previous} ${id}`);
        if (quoted) required.push(pair);
      }
      previous = id;
    }
    if (quoted && required.length > 0) parsed.phrases.push(required);
  };

  let plain = '';
  let i = 0;
  while (i < query.length) {
    const char = query[i] ?? '';
    const atWordStart = i === 0 || /\s/u.test(query[i - 1] ?? ' ');
    if (QUOTES.has(char)) {
      addText(plain, false);
      plain = '';
      let end = i + 1;
      while (end < query.length && !QUOTES.has(query[end] ?? '')) end++;
      addText(query.slice(i + 1, end), true);
      i = end + 1;
    } else if (char === '-' && atWordStart && /[^\s"“”„-]/u.test(query[i + 1] ?? ' ')) {
      addText(plain, false);
      plain = '';
      let end = i + 1;
      while (end < query.length && !/\s/u.test(query[end] ?? ' ')) end++;
      for (const word of contentWords(query.slice(i + 1, end), stop)) {
        if (!parsed.excluded.includes(word.term)) parsed.excluded.push(word.term);
      }
      i = end;
    } else {
      plain += char;
      i++;
    }
  }
  addText(plain, false);
  return parsed;
}
