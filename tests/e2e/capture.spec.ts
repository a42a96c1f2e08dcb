import { test, expect, capture, openTab, openPopup } from './fixtures';
import { downloadedBytes } from './inspect';

test('toolbar capture on the demo site: card with sources, edit, save, already saved, export', async ({
  context,
  sw,
  extensionId,
  server,
}) => {
  const site = server.siteUrl('atelier-lumen');
  const { tabId, popup } = await capture(context, sw, extensionId, site);

  const name = popup.getByLabel('Nom', { exact: true });
  await expect(name).toHaveValue('Atelier Lumen');
  await expect(popup.getByLabel('Site web')).toHaveValue('https://www.atelier-lumen.fr/');
  await expect(popup.getByLabel('Langue')).toHaveValue('fr');
  await expect(popup.locator('#field-name-source')).toHaveText('depuis JSON-LD');

  // The user corrects the name, with a formula a spreadsheet would otherwise run.
  await name.fill('=Atelier Lumen');
  await expect(popup.locator('#field-name-source')).toHaveText('saisi par vous');
  await popup.getByLabel('Statut').selectOption('to-contact');
  await popup.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(popup.getByRole('status')).toHaveText('Enregistré.');

  // Reopening the popup on the same site knows it.
  const again = await openPopup(context, extensionId, tabId);
  await expect(again.getByTestId('already-saved')).toContainText('Déjà enregistré le');
  await expect(again.getByTestId('already-saved')).toContainText('À contacter');
  await expect(again.getByRole('button', { name: 'Mettre à jour' })).toBeVisible();

  // Export: the file the browser downloaded opens in French Excel.
  await again.getByRole('button', { name: 'Exporter en CSV' }).click();
  await expect(again.getByRole('status')).toContainText('1 prospects exportés');
  const bytes = await downloadedBytes(sw);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const [header, row, end] = text.split('\r\n');
  expect(header).toContain('Nom;Site web;');
  expect(row!.startsWith("'=Atelier Lumen;https://www.atelier-lumen.fr/;")).toBe(true);
  expect(end).toBe('');
  expect(text).not.toMatch(/[^\r]\n/);
});

test('a page the extension cannot read: plain words, and typing by hand still saves', async ({
  context,
  sw,
  extensionId,
}) => {
  const tabId = await openTab(sw, 'chrome://version/');
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByText('Glaneur ne peut pas lire cette page')).toBeVisible();
  await popup.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(popup.getByRole('alert')).toHaveText(/Donnez un nom/);
  await popup.getByLabel('Nom', { exact: true }).fill('Mairie de Villeurbanne');
  await popup.getByLabel('Site web').fill('https://www.villeurbanne.fr/');
  await popup.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(popup.getByRole('status')).toHaveText('Enregistré.');
});

test('a home page with nothing recognisable is completed from its legal notice, and the warning goes', async ({
  context,
  sw,
  extensionId,
  server,
}) => {
  const { popup } = await capture(context, sw, extensionId, server.siteUrl('ebenisterie-morel'));
  await expect(popup.getByLabel('Nom', { exact: true })).toHaveValue('Ébénisterie Morel');
  await expect(popup.getByText('481236578')).toBeVisible();
  await expect(popup.getByText('Rien de reconnaissable sur cette page')).toHaveCount(0);
});

test('a page with nothing to extract says so', async ({ context, sw, extensionId, server }) => {
  const { popup } = await capture(context, sw, extensionId, server.url('empty.html'));
  await expect(popup.getByText('Rien de reconnaissable sur cette page')).toBeVisible();
});
