import type { ParsingContext, ParsingReference } from 'chrono-node';

/**
 * The reference chrono resolves relative dates against: noon UTC of the
 * publication day, read in UTC. Noon keeps the day the same whatever the
 * machine's time zone, so builds on any machine give the same dates.
 */
export function publicationReference(published: string): ParsingReference {
  const [year, month, day] = published.split('-').map(Number) as [number, number, number];
  return { instant: new Date(Date.UTC(year, month - 1, day, 12)), timezone: 0 };
}

/** The publication day of a parse, as a local calendar date for date-fns arithmetic. */
export function publicationDay(context: ParsingContext): Date {
  const instant = context.reference.instant;
  return new Date(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate());
}
