/**
 * The user flows of tests/e2e/flows/, in each browser (the Playwright project: chromium,
 * firefox-mv2, firefox-mv3) and each UI language. A fresh browser for every test.
 */
import { test as base } from './fixtures';
import { chromiumDriver } from './drivers/chromium';
import { firefoxDriver, launchFirefox, type FirefoxBuild } from './drivers/firefox';
import { captureEditSaveExport, enrichedFromLegalNotice, unreadablePage } from './flows/capture';
import type { Driver } from './flows/driver';
import { followUpReminder, importSearchFilterExport } from './flows/list';
import { personaRescoresCard } from './flows/persona';
import { panelFollowsLinkedIn, SOCIAL_ROUTES } from './flows/sidebar';
import { launchChromium, serviceWorker } from './fixtures';
import { launchWithSocialAccess } from './social-access';
import { startSocialServer } from './social-server';

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

const test = base.extend<FlowOptions>({
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

/** The add-on stores, at their real addresses: no extension may read them. */
const STORES = {
  'addons.mozilla.org/fr/firefox/': 'linkedin-company-fr',
  'chromewebstore.google.com/': 'linkedin-company-fr',
};

for (const language of ['fr', 'en'] as const) {
  test.describe(language, () => {
    test.use({ language });

    test('toolbar click on the demo site: card, edit, save, already saved, export', ({ driver }) =>
      captureEditSaveExport(driver));

    test('a home page with nothing recognisable is completed from its legal notice', ({ driver }) =>
      enrichedFromLegalNotice(driver));

    test('the list: import a CSV with errors, filter, search, detail, export the bytes', ({
      driver,
    }) => importSearchFilterExport(driver));

    test('a persona edited in the options page scores the card again; edits survive reopening', ({
      driver,
    }) => personaRescoresCard(driver));

    test('a follow-up alarm notifies and sets the toolbar badge', ({ driver }) =>
      followUpReminder(driver));

    test.describe(() => {
      test.use({ socialRoutes: SOCIAL_ROUTES, socialAccess: true });
      test('the side panel follows LinkedIn navigation, saves, adds a contact, stops when revoked', ({
        driver,
      }) => panelFollowsLinkedIn(driver));
    });

    test.describe(() => {
      test.use({ socialRoutes: STORES });
      test('a page the extension cannot read: plain words, and typing by hand still saves', ({
        driver,
      }) => unreadablePage(driver));
    });
  });
}
