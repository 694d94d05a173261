import { z } from 'zod';

/** `YYYY-MM-DD` that is also a real calendar date (no 2018-02-30). */
const isoDate = z
  .union([z.string(), z.date()], {
    error: (issue) =>
      issue.input === undefined
        ? 'missing: expected a date as YYYY-MM-DD'
        : `expected a date as YYYY-MM-DD, got ${typeof issue.input}`,
  })
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    if (!date || date.toISOString().slice(0, 10) !== text) {
      ctx.addIssue({ code: 'custom', message: `expected a real date as YYYY-MM-DD, got ${JSON.stringify(text)}` });
      return z.NEVER;
    }
    return text;
  });

/** A required text field whose messages say what was expected, also when it is missing or not text. */
const requiredText = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `missing: expected ${what}` : `expected ${what} as text, got ${typeof issue.input}`,
    })
    .trim()
    .min(1, { error: `expected ${what}, found an empty string` });

const FIELDS = ['title', 'outlet', 'published', 'url', 'author'];

/** Front matter of `content/articles/*.md`, as in the design's data contract. */
export const articleFrontMatter = z.strictObject(
  {
    /** The headline as published. */
    title: requiredText('the headline'),
    /** The publication's name, e.g. "The Hill". */
    outlet: requiredText('the publication name'),
    /** Publication date, `YYYY-MM-DD`. */
    published: isoDate,
    /** The original address. */
    url: z.url({ protocol: /^https?$/, error: 'expected an http(s) address' }).optional(),
    /** The byline, when the article has one. */
    author: z.string().trim().min(1).optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `unknown field; expected only ${FIELDS.join(', ')}` : undefined,
  },
);

export type ArticleFrontMatter = z.output<typeof articleFrontMatter>;
