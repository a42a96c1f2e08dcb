/**
 * The user flows of tests/e2e/flows/, in each browser (the Playwright project: chromium,
 * firefox-mv2, firefox-mv3) and each UI language. A fresh browser for every test.
 */
import { test } from './drivers/test';
import { captureEditSaveExport, enrichedFromLegalNotice, unreadablePage } from './flows/capture';
import { followUpReminder, importSearchFilterExport } from './flows/list';
import { personaRescoresCard } from './flows/persona';
import { panelFollowsLinkedIn, SOCIAL_ROUTES } from './flows/sidebar';

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
