/**
 * The import preview (tests/e2e/flows/import.ts) in each browser (the Playwright project:
 * chromium, firefox-mv2, firefox-mv3), in French and in English.
 */
import { test } from './drivers/test';
import { importPreviewChooseCancel } from './flows/import';

for (const language of ['fr', 'en'] as const) {
  test.describe(language, () => {
    test.use({ language });

    test('import preview: merges shown field by field, a choice per row, then cancel changes nothing', ({
      driver,
    }) => importPreviewChooseCancel(driver));
  });
}
