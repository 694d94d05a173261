/**
 * Shared set-up for the browser tests: the built site (`dist/`) on a free port, Debian's Chromium
 * driven by playwright-core, and a page that fails the test on any console error, page error or
 * dialog.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { previewSite, type PreviewedSite } from '../../scripts/lib/preview-site.ts';

/** The built site: `dist/`, or the folder named by `E2E_DIST` (relative to the repository). */
export const DIST_DIR =
  path.resolve(fileURLToPath(new URL('../..', import.meta.url)), process.env['E2E_DIST'] ?? 'dist') + path.sep;

/** The path the site is built for; must match Astro's `base` when the site was built with one. */
export const BASE_PATH = process.env['E2E_BASE'] ?? '/';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// Playwright adds a fresh temporary --user-data-dir of its own to every launch (and refuses one in `args`).
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** What a test gets from {@link useSite}; valid inside tests and `beforeEach`/`afterEach` only. */
export interface Site {
  /** The server's address with the base path, ending in `/`. */
  readonly url: string;
  /** A fresh page in a fresh browser context, watched for errors. */
  readonly page: Page;
  /** A URL on the site: `at('search/?q=x')` resolves against {@link Site.url}. */
  at(relative: string): string;
  /** Problems seen so far in this test (console errors, page errors, dialogs). */
  readonly problems: readonly string[];
}

/** Starts Chromium with the flags this machine needs; never downloads a browser. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run \`bash scripts/install-test-deps.sh\` (installs Debian's chromium).`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/** Records console errors, uncaught page errors and dialogs of `page` into `problems`. */
export function watchForProblems(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    problems.push(`console error on ${page.url()}: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => {
    problems.push(`page error on ${page.url()}: ${error.stack ?? error.message}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`unexpected ${dialog.type()} dialog on ${page.url()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
}

/**
 * Registers the hooks of a browser-test file: one server and one browser for the file, a new
 * context and page for every test, and after every test an assertion that nothing went wrong in
 * the page.
 */
export function useSite(): Site {
  let server: PreviewedSite | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(`${DIST_DIR}index.html`)) {
      throw new Error(`${DIST_DIR}index.html is missing: build the site first (\`npm run build\`).`);
    }
    server = await previewSite({ dir: DIST_DIR, base: BASE_PATH });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    if (browser === undefined) throw new Error('the browser did not start');
    problems = [];
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(15_000);
    context.setDefaultNavigationTimeout(30_000);
    page = await context.newPage();
    watchForProblems(page, problems);
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
    page = undefined;
    expect(problems, 'console errors, page errors or dialogs in the browser').toEqual([]);
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is only available inside a test`);
    return value;
  };

  return {
    get url() {
      return need(server, 'the server').url;
    },
    get page() {
      return need(page, 'the page');
    },
    at(relative: string) {
      return new URL(relative.replace(/^\/+/, ''), need(server, 'the server').url).href;
    },
    get problems() {
      return problems;
    },
  };
}

/** Waits until the element with id `id` is the document's `:target` and lies inside the viewport. */
export async function waitForTargetInView(page: Page, id: string, timeout = 10_000): Promise<void> {
  try {
    await page.waitForFunction(
      (targetId) => {
        const element = document.getElementById(targetId);
        if (element === null || !element.matches(':target')) return false;
        const box = element.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
      },
      id,
      { timeout },
    );
  } catch (error) {
    const state = await page.evaluate((targetId) => {
      const element = document.getElementById(targetId);
      const box = element?.getBoundingClientRect();
      return {
        location: window.location.href,
        exists: element !== null,
        target: document.querySelector(':target')?.id ?? null,
        top: box?.top ?? null,
        viewportHeight: window.innerHeight,
      };
    }, id);
    throw new Error(`#${id} did not become the :target in view: ${JSON.stringify(state)}`, { cause: error });
  }
}
