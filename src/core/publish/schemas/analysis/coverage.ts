import { z } from 'zod';
import { entityId } from '../common.ts';

/** How one outlet covers one entity. */
export const outletCoverage = z.strictObject({
  mentions: z.int().nonnegative().describe("mentions of the entity in the outlet's articles"),
  lead: z
    .boolean()
    .describe("whether the entity is named in a headline or the first paragraph of the outlet's articles"),
});

/** One row of the entities × outlets matrix; outlets that never name the entity are left out. */
export const coverageRow = z.strictObject({
  entity: entityId.describe('id of the entity, as in /data/entities.json'),
  outlets: z.record(z.string(), outletCoverage).describe('by outlet name, for each outlet that names the entity'),
});

export type CoverageRow = z.output<typeof coverageRow>;
