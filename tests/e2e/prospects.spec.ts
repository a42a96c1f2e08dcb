import { test, expect } from './fixtures';
import { expectNoViolations } from './inspect';

const SAMPLE = 'tests/fixtures/csv/sample-with-errors.csv';

// Import, search, filter, detail, export and the follow-up reminders are shared with Firefox:
// tests/e2e/flows/list.ts.

test('the list is accessible: no WCAG 2 A/AA violations, keyboard opens a prospect', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/prospects.html`);
  await expect(page.getByTestId('list-count')).toBeVisible();
  await expectNoViolations(page); // the empty list
  await page.getByText('Import, sauvegarde et confidentialité').click();
  await page.getByTestId('import-file').setInputFiles(SAMPLE);
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Importer 7 lignes' }).click();
  await expect(page.getByTestId('prospect-row')).toHaveCount(6);

  // Keyboard only: reach the first prospect's name and open it.
  await page.getByTestId('search').focus();
  const open = page.getByRole('button', { name: /^Ouvrir / }).first();
  for (let i = 0; i < 40 && !(await open.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('prospect-detail')).toBeVisible();
  await expectNoViolations(page);
});
