import { defineConfig } from 'vitest/config';

// Tests live only in test/: dist/ holds compiled copies of nothing we want collected.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC', LANG: 'C' },
  },
});
