import { scaleQuantize } from 'd3-scale';

/** The shades of the map, lightest first; global.css gives each a colour that keeps 3:1 against the page in both schemes. */
export const SHADE_STEPS = [1, 2, 3, 4] as const;
export type ShadeStep = (typeof SHADE_STEPS)[number];

/** One step of the legend: the mention counts of the countries shaded with it. */
export interface ShadeRange {
  step: ShadeStep;
  min: number;
  max: number;
}

export interface Shading {
  stepOf(mentions: number): ShadeStep;
  /** The steps in use, lightest first. */
  legend: ShadeRange[];
}

/**
 * Shades by the logarithm of the mention count, in equal steps from one
 * mention to the most: a corpus where one country dominates still tells
 * the others apart. The legend gives each step's range as the data has it.
 */
export function shadeByMentions(counts: readonly number[]): Shading {
  const max = Math.max(1, ...counts);
  const quantize = scaleQuantize<ShadeStep>()
    .domain([0, Math.log(max)])
    .range(SHADE_STEPS);
  // With one count there is no range to divide: every country takes the darkest step.
  const stepOf = (mentions: number): ShadeStep =>
    max === 1 ? (SHADE_STEPS[SHADE_STEPS.length - 1] ?? 4) : quantize(Math.log(Math.max(1, mentions)));
  const legend: ShadeRange[] = [];
  for (const step of SHADE_STEPS) {
    const inStep = counts.filter((c) => stepOf(c) === step);
    if (inStep.length > 0) legend.push({ step, min: Math.min(...inStep), max: Math.max(...inStep) });
  }
  return { stepOf, legend };
}
