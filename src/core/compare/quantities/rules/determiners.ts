import type { QuantityRule } from '../candidate.ts';

/**
 * Not quantities: "one" as a determiner or pronoun ("one campaign", "one of
 * the largest"). "a"/"an" never reach here: they count only inside a vague
 * count ("a dozen").
 */
export const determiners: QuantityRule = {
  name: 'determiners',
  apply: (candidates, sentence) =>
    candidates.filter((c) => !(c.core.end - c.core.first === 1 && sentence.tokens[c.core.first]?.lower === 'one')),
};
