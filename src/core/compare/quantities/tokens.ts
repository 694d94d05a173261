import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One token of an article, as wink-nlp reads it, with its place in the text. */
export interface Token {
  /** Exactly `text.slice(start, end)`. */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Universal Dependencies part of speech (NOUN, NUM, PROPN, ADJ, …). */
  pos: string;
  /** wink-nlp's token type: word, number, punctuation, currency, symbol, ordinal, … */
  kind: string;
  /** The dictionary form ("countries" → "country"). */
  lemma: string;
  /** The Porter stem, for comparing the words around two numbers ("condemning", "condemnation" → "condemn"). */
  stem: string;
  /** A function word (the, of, were…), by wink-nlp's list. */
  stop: boolean;
  /** Whether any space separates this token from the one before ("S$" is two tokens with none between). */
  spaced: boolean;
}

let reader: WinkMethods | undefined;

/** wink-nlp with only the stages used here: sentence breaks (which the tagger needs) and parts of speech. */
function nlp(): WinkMethods {
  reader ??= winkNLP(model, ['sbd', 'pos']);
  return reader;
}

/**
 * The tokens of a text with their offsets. wink-nlp keeps the characters but
 * gives no offsets, so each token is found right after the one before it.
 */
export function tokenizeText(text: string): Token[] {
  const { its } = nlp();
  const tokens = nlp().readDoc(text).tokens();
  const words = (column: readonly unknown[]): string[] => column.map((v) => (typeof v === 'string' ? v : ''));
  const values = tokens.out();
  /* eslint-disable @typescript-eslint/unbound-method -- wink-nlp's `its` readers are handed to `out`, which calls them. */
  const pos = words(tokens.out(its.pos));
  const kinds = words(tokens.out(its.type));
  // wink-nlp's own types put the model's addons where `out` passes its cache; at run time they agree.
  const lemmas = words(tokens.out(its.lemma as ItsFunction<string>));
  const stems = words(tokens.out(its.stem as ItsFunction<string>));
  const stops: readonly unknown[] = tokens.out(its.stopWordFlag);
  /* eslint-enable @typescript-eslint/unbound-method */
  const out: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const start = text.indexOf(value, cursor);
    // A token wink-nlp wrote differently from the text is skipped rather than found further on.
    if (start < 0 || text.slice(cursor, start).trim() !== '') return;
    out.push({
      text: value,
      lower: value.toLowerCase(),
      start,
      end: start + value.length,
      pos: pos[i] || 'X',
      kind: kinds[i] || 'word',
      lemma: (lemmas[i] || value).toLowerCase(),
      stem: (stems[i] || value).toLowerCase(),
      stop: stops[i] === true,
      spaced: start > cursor || out.length === 0,
    });
    cursor = start + value.length;
  });
  return out;
}
