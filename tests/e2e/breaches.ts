/**
 * Watches a page for what the Content-Security-Policy and the "no request outside the site" rule forbid:
 * `securitypolicyviolation` events (listened for by an init script, so violations while parsing count too)
 * and requests to any origin but the site's.
 */
import type { Page } from 'playwright-core';

/** Records every breach seen on `page` into `breaches`; call before the page's first navigation. */
export async function watchForBreaches(page: Page, origin: string, breaches: string[]): Promise<void> {
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) breaches.push(`request to ${request.url()} from ${page.url()}`);
  });
  await page.exposeBinding('__reportCspViolation', (_source, report: string) => {
    breaches.push(`securitypolicyviolation on ${page.url()}: ${report}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (report: string) => void }).__reportCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
}

/** Loads a URL and lets its scripts finish (the search page fetches its index after `load`). */
export async function loadAndSettle(page: Page, href: string): Promise<number> {
  const response = await page.goto(href, { waitUntil: 'load' });
  if ((await page.locator('script:not([type="application/ld+json"])').count()) > 0) {
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  }
  return response?.status() ?? 0;
}
