import type { Knowledge } from '../knowledge/knowledge.ts';
import { tokenize, type Token } from './tokens.ts';

type PhraseIndex = Map<string, string[][]>;
const cache = new WeakMap<Knowledge, PhraseIndex>();
const norm = (word: string): string => word.replace(/\./g, '').replace(/’/g, "'");

/** Known names that the capitalised-run finder cannot see whole: with "and", commas or "in" inside. */
function phraseIndex(knowledge: Knowledge): PhraseIndex {
  let index = cache.get(knowledge);
  if (index) return index;
  index = new Map();
  for (const key of knowledge.names.keys()) {
    // Any known name with a lower-case word in it ("SK hynix", "Organization for Security and Co-operation in Europe").
    if (!/\s\p{Ll}|,|\s&\s/u.test(key)) continue;
    const words = tokenize(key, [{ start: 0, end: key.length }]).map((t) => norm(t.text));
    const first = words[0];
    if (!first || words.length < 2) continue;
    const list = index.get(first) ?? [];
    list.push(words);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  cache.set(knowledge, index);
  return index;
}

/**
 * Where such names stand in an article: start token index → last token
 * index. The chunker keeps each of these spans whole.
 */
export function findKnownPhrases(tokens: readonly Token[], knowledge: Knowledge): Map<number, number> {
  const index = phraseIndex(knowledge);
  const found = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token?.cap) continue;
    for (const words of index.get(norm(token.text)) ?? []) {
      const end = i + words.length - 1;
      const last = tokens[end];
      if (!last || last.sentence !== token.sentence) continue;
      if (words.every((w, k) => norm(tokens[i + k]?.text ?? '') === w)) {
        found.set(i, end);
        i = end;
        break;
      }
    }
  }
  return found;
}
