import { z } from 'zod';
import { entityId } from '../common.ts';
import { located } from './located.ts';

export const PRECISIONS = ['day', 'month', 'year'] as const;

/** A dated event: a date expression of an article, resolved to the calendar. */
export const event = z.strictObject({
  id: z
    .string()
    .regex(/^e-[a-z0-9-]+$/)
    .describe('stable across builds of the same content'),
  date: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
    .describe('YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text'),
  precision: z.enum(PRECISIONS).describe(PRECISIONS.join(' | ')),
  surface: z.string().min(1).describe('the date expression as written: text.slice(start, end)'),
  relative: z.boolean().describe("true when resolved against the article's published date"),
  ...located,
  entities: z.array(entityId).describe('ids of the entities named in the same sentence'),
});

export type DatedEvent = z.output<typeof event>;

/**
 * One happening on the timeline: the events (date expressions) of every
 * outlet that report it. An addition to the design's contract, which lists
 * events one per occurrence; `/data/analysis.json` carries it as `timeline`.
 */
export const eventGroup = z.strictObject({
  date: event.shape.date.describe('the date most of its events give; on a tie the most precise, then the earliest'),
  precision: event.shape.precision,
  events: z.array(z.string()).min(1).describe('ids of its events, in corpus order'),
  outlets: z.array(z.string().min(1)).min(1).describe('the outlets whose articles report it, sorted'),
  conflict: z
    .boolean()
    .describe('true when two outlets give it dates that cannot both be right (neither date holds the other)'),
});

export type EventGroup = z.output<typeof eventGroup>;
