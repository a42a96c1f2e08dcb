/// <reference types="chrome" />
/** The prospect list: import, search, filter, detail, export; follow-up reminders. */
import { readFileSync } from 'node:fs';
import type { Driver, Ui } from './driver';
import { checks, downloadedBytes, expect } from './expect';
import { WORDS } from './words';

const SAMPLE = {
  name: 'sample-with-errors.csv',
  buffer: readFileSync('tests/fixtures/csv/sample-with-errors.csv'),
};

/** The page's globals: Firefox has `browser` beside `chrome`, whose `action` is MV3's only. */
type Globals = { browser?: typeof chrome };

/** Opens the list and imports the sample (7 rows kept: 6 created, 1 merged; 1 names nothing). */
async function importSample(d: Driver): Promise<Ui> {
  const w = WORDS[d.language];
  const page = await d.openPage('prospects.html');
  const see = checks(d, page);
  await see.text({ testId: 'list-count' }, w.count(0, 0));

  // Preview: nothing is written before the user confirms.
  await page.click({ text: w.tools, exact: true });
  await page.upload({ testId: 'import-file' }, SAMPLE);
  await see.contains({ testId: 'import-preview' }, w.importSummary);
  await see.texts({ css: 'li', within: { testId: 'import-errors' } }, w.importErrors);
  await see.texts({ css: 'li', within: { testId: 'import-notes' } }, w.importNotes);
  const total = await page.evaluate(async () => {
    const api = (globalThis as Globals).browser ?? chrome;
    const found = await api.storage.local.get('mirror:summary');
    return (found['mirror:summary'] as { total: number } | undefined)?.total ?? 0;
  }, undefined);
  expect(total, `${d.name}: nothing stored before confirming`).toBe(0);
  await see.text({ testId: 'list-count' }, w.count(0, 0));

  // Confirm: the two Atelier Lumen rows are one organisation (same registrable domain).
  await page.click({ role: 'button', name: w.importConfirm, within: { testId: 'import-preview' } });
  await see.text({ testId: 'notice' }, w.importDone);
  await see.text({ testId: 'list-count' }, w.count(6, 6));
  await see.count({ testId: 'prospect-row' }, 6);
  return page;
}

export async function importSearchFilterExport(d: Driver): Promise<void> {
  const w = WORDS[d.language];
  const page = await importSample(d);
  const see = checks(d, page);

  // Filter by status, then back to every status.
  await page.select({ testId: 'filter-status' }, 'client');
  await see.text({ testId: 'list-count' }, w.count(1, 6));
  await see.texts({ testId: 'prospect-row' }, [
    expect.stringContaining('Librairie Le Chat Lettré'),
  ] as never);
  await page.select({ testId: 'filter-status' }, '');
  await see.text({ testId: 'list-count' }, w.count(6, 6));

  // Accent- and case-insensitive search.
  await page.fill({ testId: 'search' }, 'LETTRE');
  await see.text({ testId: 'list-count' }, w.count(1, 6));
  await see.contains({ testId: 'prospect-row' }, 'Librairie Le Chat Lettré');

  // The detail of a prospect.
  await page.click({ role: 'button', name: w.open('Librairie Le Chat Lettré'), exact: true });
  await see.visible({ testId: 'prospect-detail' });
  await see.contains({ testId: 'prospect-detail' }, 'chat-lettre.example');

  // Export what the filter shows, as French Excel.
  await page.click({ testId: 'export-list' });
  await see.contains({ testId: 'notice' }, w.exportedOne);
  const bytes = await downloadedBytes(page);
  expect([...bytes.subarray(0, 3)], `${d.name}: UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
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
}

/** A follow-up alarm notifies and sets the toolbar badge. */
export async function followUpReminder(d: Driver): Promise<void> {
  const page = await importSample(d);
  // Follow-ups of the sample: 20/11/2026 (late) and 01/12/2026.
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv'), undefined);
  const due = ['2026-11-20', '2026-12-01'].filter((day) => day <= today).length;

  const badge = (text?: string) =>
    page.evaluate(async (text) => {
      const api = (globalThis as Globals).browser ?? chrome;
      const action =
        api.action ?? (api as unknown as { browserAction: typeof api.action }).browserAction;
      if (text !== undefined) await action.setBadgeText({ text });
      return action.getBadgeText({});
    }, text);
  await badge('');
  await page.evaluate(async () => {
    const api = (globalThis as Globals).browser ?? chrome;
    await api.alarms.create('glaneur:followups', { when: Date.now() });
  }, undefined);
  await expect
    .poll(() => badge(), { timeout: 15_000, message: `${d.name}: the toolbar badge` })
    .toBe(String(due));
  const ids = await page.evaluate(async () => {
    const api = (globalThis as Globals).browser ?? chrome;
    return Object.keys(await api.notifications.getAll());
  }, undefined);
  expect(
    ids.filter((id) => id.startsWith('followup:')),
    `${d.name}: notifications`,
  ).toHaveLength(due);
}
