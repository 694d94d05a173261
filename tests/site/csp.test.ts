/**
 * Every built page carries a strict Content-Security-Policy that covers all its inline code
 * (`scripts/checks/csp.ts`); the browser side is `tests/e2e/security.e2e.ts`.
 */
import { expect, it } from 'vitest';
import { readBuiltSite } from '../../scripts/checks/built-site.ts';
import { cspProblems } from '../../scripts/checks/csp.ts';
import { BUILDS } from './site.ts';

it.each(BUILDS)(
  'gives every page of $name a strict policy that allows exactly its own inline code',
  ({ dir, base }) => {
    const site = readBuiltSite(dir, base);
    expect(site.pages.length).toBeGreaterThan(0);
    const problems = site.pages.flatMap((page) => cspProblems(page).map((problem) => `${page.file}: ${problem}`));
    expect(problems, problems.join('\n')).toEqual([]);
  },
);
