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
    // Most of a file's time was importing the same large modules (name lists, gazetteer, NLP model)
    // again: without isolation a worker imports them once. No test mocks modules; the one spy is restored.
    // Measured on the loaded 2-core machine: 636 s isolated, 514 s not, all 1,189 tests passing.
    isolate: false,
  },
});
