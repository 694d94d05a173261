import type { EntityType } from '../../types.ts';
import { namingCue } from '../naming-cues.ts';
import type { ArticleReader } from '../article-reader.ts';
import { cueAfter, cueBefore, listTail } from '../cues.ts';
import { headType, type HeadType } from '../heads.ts';
import { isConnector } from '../name-words.ts';
import type { Token } from '../tokens.ts';

/**
 * The capitalised words `i..j` that the name rules type, with what several
 * rules ask about them worked out once, when first asked.
 */
export class NameSpan {
  readonly i: number;
  /** The last word, trailing connectors and punctuation dropped. */
  readonly j: number;
  /** The words, connectors left out. */
  readonly words: readonly Token[];
  /** An honorific or a title came just before. */
  readonly titled: boolean;
  // Fields assigned by hand, not as parameter properties: worker threads load this file with Node's
  // type stripping, which only erases types.
  private readonly reader: ArticleReader;
  private headMemo: HeadType | undefined | null = null;
  private cueMemo: EntityType | undefined | null = null;

  constructor(reader: ArticleReader, i: number, j: number, titled: boolean) {
    this.reader = reader;
    this.titled = titled;
    const { ctx } = reader;
    while (j > i && (isConnector(ctx.at(j)) || !ctx.at(j).word)) j--;
    this.i = i;
    this.j = j;
    this.words = ctx.tokens.slice(i, j + 1).filter((t) => t.word && !isConnector(t));
  }

  get first(): Token {
    return this.words[0] as Token;
  }

  get last(): Token {
    return this.words.at(-1) as Token;
  }

  /** What the head word says ("… Institute", "Bureau of …"). */
  get head(): HeadType | undefined {
    if (this.headMemo === null) this.headMemo = headType(this.reader.ctx, this.i, this.j);
    return this.headMemo;
  }

  /** What the words around the name say: a naming verb, a noun before, an apposition after, a list tail. */
  get cue(): EntityType | undefined {
    if (this.cueMemo === null) {
      const { ctx } = this.reader;
      this.cueMemo = namingCue(ctx, this.i) ?? cueBefore(ctx, this.i) ?? cueAfter(ctx, this.j) ?? listTail(ctx, this.j);
    }
    return this.cueMemo;
  }

  /** Short and not shouted: the shape of a personal name. */
  get looksLikeName(): boolean {
    return this.words.length <= 5 && this.words.every((t) => !t.caps || t.text.length <= 2);
  }
}
