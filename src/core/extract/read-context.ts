import type { Knowledge } from '../knowledge/knowledge.ts';
import type { Token } from './tokens.ts';
import { isOrdinaryWord, withoutAccents } from '../knowledge/word-classes.ts';

/** What every rule of the name finder reads: one article's text and tokens, and the knowledge data. */
export class ReadContext {
  // Not parameter properties: worker threads load this file with Node's type stripping.
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly knowledge: Knowledge;

  constructor(text: string, tokens: readonly Token[], knowledge: Knowledge) {
    this.text = text;
    this.tokens = tokens;
    this.knowledge = knowledge;
  }

  at(i: number): Token {
    const token = this.tokens[i];
    if (!token) throw new RangeError(`token ${i} out of range`);
    return token;
  }

  /** The token at `i`, or undefined past either end. */
  peek(i: number): Token | undefined {
    return this.tokens[i];
  }

  /** Text of tokens `i..j` inclusive, as written. */
  slice(i: number, j: number): string {
    return this.text.slice(this.at(i).start, this.at(j).end);
  }

  /** Text of tokens `i..j` in the form rules compare (composed, no format characters), spaces kept. */
  folded(i: number, j: number): string {
    const raw = this.slice(i, j);
    return /[^ -~]/.test(raw) ? raw.replace(/\p{Cf}/gu, '').normalize('NFC') : raw;
  }

  isCommon(t: Token): boolean {
    return isOrdinaryWord(this.knowledge, t.text);
  }

  /** Given names are listed without accents: "José" is "Jose". */
  isGivenName(t: Token): boolean {
    const lower = t.text.toLowerCase();
    return this.knowledge.givenNames.has(lower) || this.knowledge.givenNames.has(withoutAccents(lower));
  }

  sameSentence(i: number, j: number): boolean {
    return this.peek(i)?.sentence === this.peek(j)?.sentence;
  }
}
