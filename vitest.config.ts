import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto'],
    // A guard against hangs, not a speed check: CLI and big-page tests take seconds on 2 busy cores.
    testTimeout: 30_000,
  },
});
