import type { Knowledge } from './knowledge.ts';

/** Whether a word, in any case, is an ordinary English word or a function word rather than a name. */
export function isOrdinaryWord(knowledge: Knowledge, word: string): boolean {
  const lower = word.toLowerCase();
  return knowledge.commonWords.has(lower) || knowledge.stopWords.has(lower);
}

/** The text without accents and other combining marks: "Montréal" → "Montreal". */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}
