/**
 * Lighthouse scores of built pages: the `lighthouse` package driving Debian's Chromium (never a
 * browser of its own), with Lighthouse's default settings, which are its mobile preset (a
 * mid-range phone on a throttled 4G link).
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

export interface LighthousePage {
  /** What the page is ("home", "article"…). */
  page: string;
  url: string;
}

export interface LighthouseScores extends LighthousePage {
  /** Each category's score, 0–100. */
  scores: Record<LighthouseCategory, number>;
}

/** Audits each page in turn, in one headless Chromium. */
export async function lighthouseScores(pages: readonly LighthousePage[]): Promise<LighthouseScores[]> {
  const chrome = await launch({
    chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const results: LighthouseScores[] = [];
    for (const page of pages) {
      const run = await lighthouse(page.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...LIGHTHOUSE_CATEGORIES],
      });
      if (!run) throw new Error(`lighthouse: no result for ${page.url}`);
      const scores = Object.fromEntries(
        LIGHTHOUSE_CATEGORIES.map((c) => [c, Math.round((run.lhr.categories[c]?.score ?? 0) * 100)]),
      ) as Record<LighthouseCategory, number>;
      results.push({ ...page, scores });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
