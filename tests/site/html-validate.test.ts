/**
 * Every built page passes html-validate with the repository's `.html-validate.json`:
 * `html-validate:recommended`, warnings counted as errors, with these rules off (JSON has no
 * comments, so the reasons live here):
 * - `long-title`: a limit of 70 characters is a search-engine heuristic, not validity or
 *   accessibility; an article's `<title>` is the outlet's headline, which the site must not cut.
 * - `no-raw-characters` relaxed, not off: HTML allows a bare `&` that cannot start a character
 *   reference (`ATT&CK`), and Astro emits template text as written; an ambiguous `&amp;`-like
 *   `&name;` and every raw `<` or `>` are still errors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { expect, it } from 'vitest';
import { readBuiltSite } from '../../scripts/checks/built-site.ts';
import { BUILDS, ROOT } from './site.ts';

const config = JSON.parse(readFileSync(path.join(ROOT, '.html-validate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate({ ...config, root: true });

it.each(BUILDS)('validates every page of $name with no error or warning', async ({ dir, base }) => {
  const site = readBuiltSite(dir, base);
  expect(site.pages.length).toBeGreaterThan(0);
  const errors: string[] = [];
  for (const page of site.pages) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const message of result.messages) {
        errors.push(`${page.file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  expect(errors, errors.join('\n')).toEqual([]);
});
