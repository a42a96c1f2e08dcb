import { defineConfig } from '@playwright/test';

/** `npm run screenshots`: the README's pictures, taken from the e2e fixtures (Chromium, Firefox). */
export default defineConfig({
  testDir: '.',
  testMatch: '*.screens.ts',
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
});
