import { z } from 'zod';
import { entityId } from '../common.ts';
import { located } from './located.ts';

/** One outlet's copy of a quotation. */
export const quoteOccurrence = z.strictObject({
  ...located,
  exact: z.boolean().describe("false where this outlet's wording differs from the quote's text"),
});

/** One quotation, with every outlet that carries it. */
export const quote = z
  .strictObject({
    id: z
      .string()
      .regex(/^q-[a-z0-9-]+$/)
      .describe('stable across builds of the same content'),
    text: z
      .string()
      .min(1)
      .describe(
        'the words inside the quotation marks; pieces broken by an attribution are joined by " … ", pieces over two paragraphs by a space',
      ),
    speaker: entityId
      .nullable()
      .describe('id of the person, agency or organisation who said it; null when unnamed or unattributed'),
    speakerName: z
      .string()
      .nullable()
      .describe('how the text names the speaker ("Bonnie Glaser", "a senior official"); null when unattributed'),
    speakers: z
      .array(entityId)
      .min(2)
      .optional()
      .describe(
        'only for a statement by two or more speakers (a joint statement): every speaker id, in the order the text names them; `speaker` is the first',
      ),
    occurrences: z.array(quoteOccurrence).min(1).describe('every article that carries the quote'),
  })
  .refine((q) => q.speakers === undefined || q.speakers[0] === q.speaker, {
    error: 'speaker must be the first of speakers',
  });

export type Quote = z.output<typeof quote>;
export type QuoteOccurrence = z.output<typeof quoteOccurrence>;
