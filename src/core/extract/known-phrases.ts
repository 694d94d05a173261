import type { Knowledge } from '../knowledge/knowledge.ts';
import { nameKey } from '../knowledge/name-key.ts';
import type { Token } from './tokens.ts';

/** First word → the keys of known names starting with it, and the most words any of them has. */
type PhraseIndex = Map<string, { keys: Set<string>; words: number; shortest: number; longest: number }>;
const cache = new WeakMap<Knowledge, PhraseIndex>();
const firstWord = (key: string): string => (key.split(' ')[0] ?? '').toLowerCase();

/** Known names the capitalised-run finder cannot see whole: with lower-case words or commas inside. */
function phraseIndex(knowledge: Knowledge): PhraseIndex {
  let index = cache.get(knowledge);
  if (index) return index;
  index = new Map();
  for (const key of knowledge.names.keys()) {
    // "SK hynix", "Organization for Security and Co operation in Europe", "Foreign, Commonwealth and …"
    if (!/\s\p{Ll}|,|\s&\s/u.test(key)) continue;
    const words = key.split(' ').length;
    if (words < 2) continue;
    const entry = index.get(firstWord(key)) ?? { keys: new Set<string>(), words: 0, shortest: Infinity, longest: 0 };
    entry.keys.add(key);
    entry.words = Math.max(entry.words, words);
    entry.shortest = Math.min(entry.shortest, key.length);
    entry.longest = Math.max(entry.longest, key.length);
    index.set(firstWord(key), entry);
  }
  cache.set(knowledge, index);
  return index;
}

/**
 * Where such names stand in an article: start token index → last token
 * index. The chunker keeps each of these spans whole. Spans are compared by
 * their name key, so "Co-operation" in the text matches the stored key.
 */
export function findKnownPhrases(text: string, tokens: readonly Token[], knowledge: Knowledge): Map<number, number> {
  const index = phraseIndex(knowledge);
  const found = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token?.cap) continue;
    const phrases = index.get(firstWord(nameKey(token.text)));
    if (!phrases) continue;
    // One key per possible end, checked against every phrase at once; the longest match wins.
    let matched = -1;
    for (let end = i + 1; end < Math.min(tokens.length, i + phrases.words * 2 + 2); end++) {
      const last = tokens[end];
      if (!last || last.sentence !== token.sentence) break;
      // A key is never longer than the text it comes from, and only dropped dots and a
      // leading "The" make it much shorter: spans of the wrong length need no key.
      const length = last.end - token.start;
      if (length > 2 * phrases.longest + 4) break;
      if (length < phrases.shortest) continue;
      if (phrases.keys.has(nameKey(text.slice(token.start, last.end)))) matched = end;
    }
    if (matched !== -1) {
      found.set(i, matched);
      i = matched;
    }
  }
  return found;
}
