/**
 * Several pages (tabs) of one browser context visiting a growing list of URLs at once. A visit spends
 * most of its time waiting (for the network to go quiet, for the renderer); a few tabs overlap those
 * waits, so a crawl of every page costs a fraction of one tab's time on two cores.
 */
import type { BrowserContext, Page } from 'playwright-core';
import PQueue from 'p-queue';

/** Tabs open at once: enough to overlap the waits, few enough not to starve two cores. */
export const TAB_COUNT = 3;

/** Opens `count` more pages in `context`, each prepared by `prepare` (error watchers, init scripts). */
export async function openTabs(
  context: BrowserContext,
  count: number,
  prepare: (page: Page) => Promise<void> | void,
): Promise<Page[]> {
  const tabs: Page[] = [];
  for (let index = 0; index < count; index += 1) {
    const page = await context.newPage();
    await prepare(page);
    tabs.push(page);
  }
  return tabs;
}

/**
 * Visits `start` and every URL the visits return, each once, on `tabs` at once. `visit` gets a tab of
 * its own for the visit and returns the URLs it found (already normalised: equal strings are one URL).
 * Returns every URL visited. An error in a visit stops the crawl with that error.
 */
export async function crawlInTabs(
  tabs: readonly Page[],
  start: readonly string[],
  visit: (tab: Page, href: string) => Promise<readonly string[]>,
): Promise<Set<string>> {
  const idle = [...tabs];
  const seen = new Set<string>();
  const queue = new PQueue({ concurrency: tabs.length });
  let failure: Error | undefined;

  const schedule = (href: string): void => {
    if (seen.has(href) || failure !== undefined) return;
    seen.add(href);
    void queue.add(async () => {
      const tab = idle.pop();
      try {
        if (tab === undefined) throw new Error('no idle tab: the queue ran more visits than tabs');
        for (const next of await visit(tab, href)) schedule(next);
      } catch (error) {
        failure ??= error instanceof Error ? error : new Error(`visit failed: ${JSON.stringify(error)}`);
        queue.clear();
      } finally {
        if (tab !== undefined) idle.push(tab);
      }
    });
  };

  for (const href of start) schedule(href);
  await queue.onIdle();
  if (failure !== undefined) throw failure;
  return seen;
}
