/// <reference types="chrome" />
import { capture, openPopup, test, expect } from './fixtures';
import { expectNoViolations } from './inspect';

/** Six organisations, three of them her clients, whose descriptions share a phrase. */
const CLIENTS = 'tests/fixtures/csv/learn-clients.csv';

test('what her favourite clients have in common: a quoted suggestion, accepted, changes a card’s score', async ({
  context,
  sw,
  extensionId,
  server,
}) => {
  const list = await context.newPage();
  await list.goto(`chrome-extension://${extensionId}/prospects.html`);
  await list.getByText('Import, sauvegarde et confidentialité').click();
  await list.getByTestId('import-file').setInputFiles(CLIENTS);
  await list.getByRole('button', { name: 'Importer 6 lignes' }).click();
  await expect(list.getByTestId('prospect-row')).toHaveCount(6);

  // A community garden's site, scored against the example persona as it is.
  const site = server.siteUrl('jardins-partages-montreuil');
  const { tabId, popup } = await capture(context, sw, extensionId, site);
  const score = popup.getByTestId('score-number');
  await expect(score).toHaveText(/^\d{1,3}\/100$/);
  const points = async (text: Promise<string | null>) => Number((await text)?.split('/')[0]);
  const before = await points(score.textContent());
  await popup.close();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const common = options.getByTestId('common-ground');
  await expect(common).toContainText('vos 3 client·es, comparés aux 3 autres prospects');
  const first = common.getByTestId('learn-suggestion').first();
  await expect(first.getByLabel('Terme')).toHaveValue('jardins collectifs');
  await expect(first).toContainText('Chez 3 de vos 3 client·es, 0 des 3 autres');
  // Each quote is the client's own words, with the client it came from.
  await expect(first.locator('.quotes li')).toHaveCount(3);
  await expect(
    first.locator('.quotes li').filter({ hasText: 'chez Les Potagers du Canal' }).locator('q'),
  ).toHaveText('Jardins collectifs et compost de quartier, ouverts aux écoles.');

  await expectNoViolations(options);

  // Accepted as a new value, then the persona saved: the suggestion goes, the criterion is there.
  await first.getByRole('button', { name: 'Accepter « jardins collectifs »' }).click();
  await expect(common.getByRole('status')).toContainText('« jardins collectifs » ajouté');
  await expect(
    options.getByTestId('section-values').getByLabel('Critère', { exact: true }).last(),
  ).toHaveValue('jardins collectifs');
  await options.getByRole('button', { name: 'Enregistrer le persona' }).click();
  await expect(
    options.getByRole('status').filter({ hasText: 'Persona enregistré.' }),
  ).toBeVisible();
  await expect(common.getByRole('button', { name: 'Accepter « jardins collectifs »' })).toHaveCount(
    0,
  );

  // The same card again: the new value matched, quoted, and the score moved.
  const again = await openPopup(context, extensionId, tabId);
  await expect(again.getByTestId('reasons')).toContainText('jardins collectifs');
  await expect(again.getByTestId('score-number')).toHaveText(/^\d{1,3}\/100$/);
  expect(await points(again.getByTestId('score-number').textContent())).toBeGreaterThan(before);
});
