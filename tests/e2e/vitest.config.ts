import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Browser tests against the built site in `dist/` (run `npm run build` first).
 * Two files at a time, each with its own server and Chromium: a browser test spends much of its time
 * waiting (for the network to go quiet, for a page to settle), and a second file fills those waits on
 * the machine's two cores. Tests within a file run in turn: they share the file's browser.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { concurrent: false },
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
