import { describe, expect, it } from 'vitest';
import { contentWords } from './content-words.ts';

const stop = new Set(['of', 'the', 'a', 'and']);
const joins = (text: string) => contentWords(text, stop).map((w) => `${w.joined ? '+' : ''}${w.term}`);

describe('contentWords', () => {
  it('joins words across spaces, hyphens, apostrophes and stop words', () => {
    expect(joins('the Ministry of State Security')).toEqual(['ministry', '+state', '+security']);
    expect(joins('cyber-enabled theft')).toEqual(['cyber', '+enabled', '+theft']);
    expect(joins('China’s hackers, a group')).toEqual(['china', '+hackers', 'group']);
  });

  it('breaks at punctuation and quotes', () => {
    expect(joins('Beijing, Moscow. Paris (France) "Rome"')).toEqual(['beijing', 'moscow', 'paris', 'france', 'rome']);
  });

  it('keeps a one-letter word or a possessive from breaking a phrase', () => {
    expect(joins('Plan B funding')).toEqual(['plan', '+funding']);
  });
});
