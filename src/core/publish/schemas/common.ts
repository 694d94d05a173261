import { z } from 'zod';
import { ENTITY_TYPES } from '../../types.ts';

/** A character offset into an article's `text`. */
export const offset = z.int().nonnegative();

/** One of the design's six entity types. */
export const entityType = z.enum(ENTITY_TYPES).describe('country | place | agency | organization | group | person');

/** An article's slug: its file name without `.md`. */
export const articleSlug = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, { error: 'expected an article slug' });

/** An entity id: a slug of its canonical name. */
export const entityId = z.string().min(1);

/** `YYYY-MM-DD` */
export const isoDay = z.iso.date();

/** A half-open range `[start, end)` into an article's text. */
export const span = z.strictObject({
  start: offset.describe('offset of the first character'),
  end: offset.describe('offset after the last character'),
});

/** Each way `spans` break "sorted, non-empty, disjoint, inside a text of `length` characters"; `what` names them in messages. */
export function spanProblems(spans: readonly { start: number; end: number }[], length: number, what: string): string[] {
  const problems: string[] = [];
  spans.forEach(({ start, end }, index) => {
    const label = `${what}[${index}] [${start}, ${end})`;
    if (end <= start) problems.push(`${label}: not a non-empty range`);
    else if (end > length) problems.push(`${label}: ends after the text (${length})`);
    const previous = spans[index - 1];
    if (previous !== undefined && start < previous.end)
      problems.push(`${label}: starts before ${what}[${index - 1}] ends (${previous.end})`);
  });
  return problems;
}

/** Adds each problem as an issue of a zod refinement. */
export function report(ctx: z.RefinementCtx, problems: readonly string[]): void {
  for (const message of problems) ctx.addIssue({ code: 'custom', message });
}
