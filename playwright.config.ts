import { defineConfig } from '@playwright/test';
import type { BrowserTarget } from './tests/e2e/flows.spec';

export default defineConfig<{ browserTarget: BrowserTarget }>({
  testDir: 'tests/e2e',
  // One Chromium at a time: these machines have 2 cores.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'chromium' },
    // The shared user flows again, in Firefox, on each of its builds (see flows.spec.ts).
    ...(['firefox-mv2', 'firefox-mv3'] as const).map((build) => ({
      name: build,
      testMatch: 'flows.spec.ts',
      use: { browserTarget: build },
    })),
  ],
});
