/**
 * The prospecting day (tests/e2e/flows/day.ts) in each browser (the Playwright project:
 * chromium, firefox-mv2, firefox-mv3), in French and in English.
 */
import { test } from './drivers/test';
import { fiveCallsFromTheKeyboard } from './flows/day';

for (const language of ['fr', 'en'] as const) {
  test.describe(language, () => {
    test.use({ language });

    test('five calls from the keyboard: outcomes logged, follow-ups planned, progress counted', ({
      driver,
    }) => {
      // A whole morning's flow (with three axe passes in Chromium): long on a loaded machine.
      test.slow();
      return fiveCallsFromTheKeyboard(driver);
    });
  });
}
