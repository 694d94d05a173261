import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Checks of the built site (`npm run test:site`, after `npm run build`): links, HTML validity,
 * Content-Security-Policy, nothing lost from the articles, and a deterministic build. The global
 * set-up builds the site again under `/news/`; the determinism test builds once more.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/site/**/*.test.ts'],
    globalSetup: ['tests/site/global-setup.ts'],
    // Builds use both cores; checks running beside them would only slow them down.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
