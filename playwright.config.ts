import { defineConfig } from '@playwright/test';
import type { BrowserTarget } from './tests/e2e/drivers/test';

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
  globalSetup: './tests/e2e/global-setup.ts',
  globalTeardown: './tests/e2e/global-teardown.ts',
  projects: [
    { name: 'chromium' },
    // The shared user flows again, in Firefox, on each of its builds (see flows.spec.ts and
    // the specs of tests/e2e/flows/*.ts that run through the `driver` fixture).
    ...(['firefox-mv2', 'firefox-mv3'] as const).map((build) => ({
      name: build,
      testMatch: [
        'flows.spec.ts',
        'import.spec.ts',
        'day.spec.ts',
        'mail.spec.ts',
        'activity.spec.ts',
      ],
      // A Firefox start and a flow take several times Chromium's on a loaded 2-core machine.
      timeout: 120_000,
      // One more try for a flow that failed there; `npm test` names every flow that needed it.
      retries: 1,
      // The same ceiling for each wait: a Firefox page's first paint of a lazy chunk can lag.
      expect: { timeout: 20_000 },
      use: { browserTarget: build },
    })),
  ],
});
