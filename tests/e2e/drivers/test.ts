/**
 * The Playwright test of the shared flows: a `driver` for the project's browser (chromium,
 * firefox-mv2, firefox-mv3) in the test's UI language, in a fresh browser for every test.
 */
import { test as base, launchChromium, serviceWorker } from '../fixtures';
import { launchWithSocialAccess } from '../social-access';
import { startSocialServer } from '../social-server';
import type { Driver } from '../flows/driver';
import { chromiumDriver } from './chromium';
import { firefoxDriver, launchFirefox, type FirefoxBuild } from './firefox';

export type BrowserTarget = 'chromium' | FirefoxBuild;

interface FlowOptions {
  browserTarget: BrowserTarget;
  language: 'fr' | 'en';
  /** Pages served at real https addresses (see social-server.ts). */
  socialRoutes: Record<string, string> | undefined;
  /** The user has granted Glaneur's optional LinkedIn and Viadeo access. */
  socialAccess: boolean;
  driver: Driver;
}

export const test = base.extend<FlowOptions>({
  browserTarget: ['chromium', { option: true }],
  language: ['fr', { option: true }],
  socialRoutes: [undefined, { option: true }],
  socialAccess: [false, { option: true }],
  driver: async (
    { browserTarget, language, socialRoutes, socialAccess, server, downloadsDir },
    use,
  ) => {
    const social = socialRoutes ? await startSocialServer(socialRoutes) : undefined;
    try {
      if (browserTarget === 'chromium') {
        const locale = language === 'fr' ? 'fr-FR' : 'en-US';
        const args = social?.chromiumArgs ?? [];
        const context = socialAccess
          ? await launchWithSocialAccess(args, locale)
          : await launchChromium(locale, args, downloadsDir);
        try {
          const sw = await serviceWorker(context);
          const extensionId = new URL(sw.url()).host;
          await use(chromiumDriver({ context, sw, extensionId, server, language }));
        } finally {
          await context.close();
        }
      } else {
        const firefox = await launchFirefox({
          build: browserTarget,
          language,
          httpsProxyPort: social?.proxyPort,
        });
        try {
          const driver = firefoxDriver(firefox, { build: browserTarget, language, server });
          if (socialAccess) await driver.grantSocialAccess();
          await use(driver);
        } finally {
          await firefox.close();
        }
      }
    } finally {
      await social?.close();
    }
  },
});
