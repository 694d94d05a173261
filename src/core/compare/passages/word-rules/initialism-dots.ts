import { keyRule } from '../word.ts';

/** "U.S." and "US" differ only by punctuation: dots between letters go, a decimal point ("1.5") stays. */
export const initialismDots = keyRule(
  'initialism dots',
  (key) => key.includes('.'),
  (key) => key.replace(/(?<=\p{L})\.(?=\p{L})/gu, ''),
);
