import { keyRule } from '../word.ts';

/** "3,000" and "3000" are one number spelt two ways (the tokeniser joins digit groups only across a comma between digits). */
export const digitGrouping = keyRule(
  'digit grouping',
  (key) => key.includes(','),
  (key) => key.replace(/(?<=\d),(?=\d)/g, ''),
);
