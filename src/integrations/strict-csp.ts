import { createHash } from 'node:crypto';
import type { AstroIntegration } from 'astro';
import { THEME_BOOTSTRAP } from '../client/theme/bootstrap.ts';

/**
 * Every resource the site loads comes from the site itself. `script-src` and `style-src` are not
 * listed: Astro writes them, with the sha256 hash of every script and style it emits inline.
 *
 * Only directives that work in a `<meta>` element: browsers ignore `frame-ancestors`, `sandbox`
 * and `report-uri` there, and Chromium reports each ignored one as a console error.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  // The site has no <base>; a <base> injected into a page could re-point every relative URL.
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/**
 * Turns on Astro's own Content-Security-Policy support (`security.csp`), which works for static
 * output: each page gets a `<meta http-equiv="content-security-policy">` whose `script-src` and
 * `style-src` allow `'self'` plus the hashes of the page's inline scripts and styles, and never
 * `'unsafe-inline'` or `'unsafe-eval'`. A script written `is:inline` is not hashed and so will
 * not run: `tests/site/csp.test.ts` and `tests/e2e/security.e2e.ts` fail when that happens.
 * The one inline script, the theme bootstrap of every page (`components/ThemeBootstrap.astro`), is
 * allowed here by its hash: a page's head is written before the body's components run, too late for
 * them to add a hash of their own.
 */
export function strictCsp(): AstroIntegration {
  return {
    name: 'newsroom:strict-csp',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        const bootstrap = createHash('sha256').update(THEME_BOOTSTRAP, 'utf8').digest('base64');
        updateConfig({
          security: {
            csp: {
              algorithm: 'SHA-256',
              directives: [...CSP_DIRECTIVES],
              scriptDirective: { hashes: [`sha256-${bootstrap}`] },
            },
          },
        });
      },
    },
  };
}
