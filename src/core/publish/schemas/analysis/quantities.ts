import { z } from 'zod';
import { located } from './located.ts';

export const RELATIONS = ['exactly', 'about', 'at-least', 'more-than', 'at-most', 'less-than'] as const;

/** One number in an article and what it counts. */
export const quantity = z.strictObject({
  id: z
    .string()
    .regex(/^n-[a-z0-9-]+$/)
    .describe('stable across builds of the same content'),
  ...located,
  surface: z.string().min(1).describe('the words as written: text.slice(start, end)'),
  value: z.number().describe('the number ("a dozen" is 12)'),
  relation: z.enum(RELATIONS).describe(RELATIONS.join(' | ')),
  unit: z.string().nullable().describe('ISO 4217 code for money, "%" for percentages, otherwise null'),
  counts: z.string().nullable().describe('the noun it counts ("allies", "companies"), or null'),
});

/** Quantities about the same thing that differ between outlets. */
export const discrepancy = z.strictObject({
  about: z.string().min(1).describe('what the quantities count, in words'),
  quantities: z.array(z.string()).min(2).describe('ids of the quantities that disagree'),
});

export type Quantity = z.output<typeof quantity>;
export type Discrepancy = z.output<typeof discrepancy>;
