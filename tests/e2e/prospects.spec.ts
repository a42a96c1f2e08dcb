/// <reference types="chrome" />
import { test, expect } from './fixtures';
import { downloadedBytes, expectNoViolations } from './inspect';

const SAMPLE = 'tests/fixtures/csv/sample-with-errors.csv';

test('import a CSV with errors, check the preview, confirm, filter, export the bytes', async ({
  context,
  sw,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/prospects.html`);
  await expect(page.getByTestId('list-count')).toHaveText('0 sur 0 prospects');

  // Preview: nothing is written before the user confirms.
  await page.getByText('Import, sauvegarde et confidentialité').click();
  await page.getByTestId('import-file').setInputFiles(SAMPLE);
  const preview = page.getByTestId('import-preview');
  // One bad cell never costs the row: only the row naming no organisation is refused.
  await expect(preview).toContainText('7 lignes prêtes, 1 rejetées');
  await expect(page.getByTestId('import-errors').locator('li')).toHaveText([
    "Ligne 6 : rien n'identifie une organisation : ni nom, ni site, ni e-mail, ni identifiant",
  ]);
  await expect(page.getByTestId('import-notes').locator('li')).toHaveText([
    'Ligne 3 — Vélo Solidaire Nantes : E-mail « pas-un-email » : adresse e-mail invalide ; gardé tel quel dans les notes',
    "Ligne 4 — Les Jardins d'Ève : Statut « Peut-être » : statut inconnu ; gardé tel quel dans les notes",
    'Ligne 5 — La Fabrique à Pain : Relance « 31/02/2026 » : date invalide (JJ/MM/AAAA ou AAAA-MM-JJ) ; gardé tel quel dans les notes',
    'Ligne 7 — Coop Rhizome : SIREN « 12345 » : un SIREN a 9 chiffres ; gardé tel quel dans les notes',
  ]);
  const total = await sw.evaluate(async () => {
    const found = await chrome.storage.local.get('mirror:summary');
    return (found['mirror:summary'] as { total: number } | undefined)?.total ?? 0;
  });
  expect(total).toBe(0);
  await expect(page.getByTestId('list-count')).toHaveText('0 sur 0 prospects');

  // Confirm: the two Atelier Lumen rows are one organisation (same registrable domain).
  await preview.getByRole('button', { name: 'Importer 7 lignes' }).click();
  await expect(page.getByTestId('notice')).toHaveText('6 créés, 1 fusionnés.');
  await expect(page.getByTestId('list-count')).toHaveText('6 sur 6 prospects');
  await expect(page.getByTestId('prospect-row')).toHaveCount(6);

  // Accent- and case-insensitive search.
  await page.getByTestId('search').fill('LETTRE');
  await expect(page.getByTestId('list-count')).toHaveText('1 sur 6 prospects');
  await expect(page.getByTestId('prospect-row')).toContainText(['Librairie Le Chat Lettré']);

  // Export what the filter shows, as French Excel.
  await page.getByTestId('export-list').click();
  await expect(page.getByTestId('notice')).toContainText('1 prospects exportés');
  const bytes = await downloadedBytes(sw);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, row, end] = bytes.toString('utf8').slice(1).split('\r\n');
  // The default columns include website, e-mail and phone.
  expect(header!.split(';')).toEqual([
    'Nom',
    'Site web',
    'E-mails',
    'Téléphones',
    'Domaine',
    'Ville',
    'Statut',
    'Adéquation',
    'Étiquettes',
    'Relance',
    'Capturé le',
  ]);
  expect(row!.split(';').slice(0, 7)).toEqual([
    'Librairie Le Chat Lettré',
    'https://chat-lettre.example',
    '',
    '',
    'chat-lettre.example',
    'Bordeaux',
    'Client',
  ]);
  expect(row).toContain(';20/11/2026;');
  expect(end).toBe('');
});

test('a follow-up alarm notifies and sets the toolbar badge', async ({
  context,
  sw,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/prospects.html`);
  await page.getByText('Import, sauvegarde et confidentialité').click();
  await page.getByTestId('import-file').setInputFiles(SAMPLE);
  await page.getByRole('button', { name: 'Importer 7 lignes' }).click();
  await expect(page.getByTestId('list-count')).toHaveText('6 sur 6 prospects');

  // Follow-ups of the sample: 20/11/2026 (late) and 01/12/2026.
  const today = await sw.evaluate(() => new Date().toLocaleDateString('sv'));
  const due = ['2026-11-20', '2026-12-01'].filter((d) => d <= today).length;

  await sw.evaluate(() => chrome.action.setBadgeText({ text: '' }));
  await sw.evaluate(() => chrome.alarms.create('glaneur:followups', { when: Date.now() }));
  await expect
    .poll(() => sw.evaluate(() => chrome.action.getBadgeText({})), { timeout: 15_000 })
    .toBe(String(due));
  const notifications = await sw.evaluate(() => chrome.notifications.getAll());
  expect(Object.keys(notifications).filter((id) => id.startsWith('followup:'))).toHaveLength(due);
});

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
