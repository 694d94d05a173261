import type { Knowledge } from '../knowledge/knowledge.ts';
import { nameKey } from '../knowledge/name-key.ts';
import type { Token } from './tokens.ts';

type PhraseIndex = Map<string, { key: string; words: number }[]>;
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
    const list = index.get(firstWord(key)) ?? [];
    list.push({ key, words });
    index.set(firstWord(key), list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words - a.words);
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
    let matched = -1;
    for (const { key, words } of phrases) {
      for (let end = i + 1; end < Math.min(tokens.length, i + words * 2 + 2); end++) {
        const last = tokens[end];
        if (!last || last.sentence !== token.sentence) break;
        if (nameKey(text.slice(token.start, last.end)) === key) {
          matched = end;
          break;
        }
      }
      if (matched !== -1) break;
    }
    if (matched !== -1) {
      found.set(i, matched);
      i = matched;
    }
  }
  return found;
}
