import { keyRule } from '../word.ts';

const ASCII = /^\p{ASCII}*$/u;

/**
 * Capitals and accents do not make a different word ("Tema" in a headline
 * set in capitals, "Bogotá" and "Bogota"): compatibility forms are
 * decomposed and combining marks dropped before lower-casing.
 */
export const letterCase = keyRule(
  'case and accents',
  (key) => key !== key.toLowerCase() || !ASCII.test(key),
  (key) => (ASCII.test(key) ? key : key.normalize('NFKD').replace(/\p{M}/gu, '')).toLowerCase(),
);
