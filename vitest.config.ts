import { defineConfig } from 'vitest/config';

/**
 * Unit tests. Two suites need a built site and have their own configs: the browser tests
 * (`tests/e2e/vitest.config.ts`) and the checks of the built site (`tests/site/vitest.config.ts`).
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**', 'dist-news/**', 'tests/e2e/**', 'tests/site/**'],
    // Property-based and whole-corpus tests take seconds on CI's two cores; 5 s (the default) is too tight.
    testTimeout: 30_000,
  },
});
