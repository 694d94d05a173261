import nlp from 'compromise';

/**
 * The value of a number written in words ("three", "twenty-one", "one
 * hundred and twenty-five"), read by compromise's number parser; null when
 * the words are not exactly one number.
 */
export function valueOfWords(words: string): number | null {
  const values = nlp(words).numbers().get() as unknown[];
  const [value] = values;
  return values.length === 1 && typeof value === 'number' && Number.isFinite(value) ? value : null;
}
