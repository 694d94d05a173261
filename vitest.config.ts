import { defineConfig } from 'vitest/config';

/** Unit tests. The browser tests have their own config: `tests/e2e/vitest.config.ts` (`npm run test:e2e`). */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**', 'tests/e2e/**'],
  },
});
