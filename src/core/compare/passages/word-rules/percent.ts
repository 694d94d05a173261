import type { Word, WordRule } from '../word.ts';

/**
 * "12 per cent", "12 percent" and "12%" are one spelling apart: each becomes
 * the word "percent" ("per" and "cent" merged into one word spanning both).
 * Last, as it merges words after every key is folded.
 */
export const percent: WordRule = {
  name: 'percent',
  apply(words) {
    const out: Word[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (!word) continue;
      const next = words[i + 1];
      if (word.key === 'per' && next?.key === 'cent') {
        out.push({ start: word.start, end: next.end, key: 'percent' });
        i++;
      } else out.push(word.key === '%' ? { ...word, key: 'percent' } : word);
    }
    return out;
  },
};
