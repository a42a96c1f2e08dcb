/// <reference types="chrome" />
import { localDay } from '../../utils/day';
import { addWorkingDays } from '../../utils/plan';
import { test, expect } from './fixtures';
import { expectNoViolations } from './inspect';

const SAMPLE = 'tests/fixtures/csv/sample-with-errors.csv';

test('log a call outcome from the detail panel: the follow-up is planned, the log is accessible', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/prospects.html`);
  await page.getByText('Import, sauvegarde et confidentialité').click();
  await page.getByTestId('import-file').setInputFiles(SAMPLE);
  await page.getByRole('button', { name: 'Importer 7 lignes' }).click();
  await expect(page.getByTestId('prospect-row')).toHaveCount(6);
  await page
    .getByRole('button', { name: /^Ouvrir / })
    .first()
    .click();

  const log = page.getByTestId('activity-log');
  await expect(log).toContainText('Rien de noté pour l’instant.');
  await expectNoViolations(page);

  // No answer: the follow-up moves two working days ahead, the status follows.
  await log.getByLabel('Type').selectOption({ label: 'Appel' });
  await log.getByLabel('Issue').selectOption({ label: 'Pas de réponse' });
  await log.getByRole('button', { name: 'Noter' }).click();
  const retry = addWorkingDays(localDay(), 2);
  await expect(page.getByLabel('Prochaine relance', { exact: true })).toHaveValue(retry);
  await expect(page.getByTestId('notice')).toContainText('Noté. Prochaine relance :');
  await expect(log.locator('ol.activities li')).toHaveCount(1);
  await expect(log.locator('ol.activities li').first()).toContainText('Appel — Pas de réponse');

  // Call back on a given day: it becomes the follow-up; the newest activity comes first.
  await log.getByLabel('Issue').selectOption({ label: 'Rappeler' });
  await log.getByLabel('Le', { exact: true }).fill('2027-01-15');
  await log.getByLabel('Note').fill('Demander la chargée de communication');
  await log.getByRole('button', { name: 'Noter' }).click();
  await expect(page.getByLabel('Prochaine relance', { exact: true })).toHaveValue('2027-01-15');
  await expect(log.locator('ol.activities li')).toHaveCount(2);
  await expect(log.locator('ol.activities li').first()).toContainText(
    'Appel — Rappeler — 15 janv. 2027 — Demander la chargée de communication',
  );
  await expectNoViolations(page);
});
