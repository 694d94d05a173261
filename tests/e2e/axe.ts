/** axe-core in a page of the browser tests: the WCAG 2.0–2.2 A and AA rules. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The colour schemes every page type is checked in. */
export const SCHEMES = ['light', 'dark'] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** axe-core's violations of the WCAG A and AA rules on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(AXE_SOURCE);
  const { violations, passed } = await page.evaluate(async (tags) => {
    type Run = (context: Document, options: object) => Promise<{ violations: unknown[]; passes: unknown[] }>;
    const axe = (window as unknown as { axe: { run: Run } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return { violations: result.violations, passed: result.passes.length };
  }, WCAG_TAGS);
  // Guards against a run that checked nothing (tags that match no rule, a page still empty).
  expect(passed, 'axe rules that passed').toBeGreaterThan(10);
  return (violations as AxeViolation[]).flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact ?? '?'}): ${violation.help} at ${JSON.stringify(node.target)}`,
    ),
  );
}
