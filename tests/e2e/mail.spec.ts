/**
 * The e-mail after the call (tests/e2e/flows/mail.ts) in each browser (the Playwright project:
 * chromium, firefox-mv2, firefox-mv3), in French and in English.
 */
import { test } from './drivers/test';
import { mailAfterCall } from './flows/mail';

for (const language of ['fr', 'en'] as const) {
  test.describe(`the e-mail after the call (${language})`, () => {
    test.use({ language });

    test('"send information" opens the merged e-mail as a mailto: link, and opening it logs an e-mail', ({
      driver,
    }) => mailAfterCall(driver));
  });
}
