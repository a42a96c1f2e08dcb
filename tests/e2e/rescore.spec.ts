/// <reference types="chrome" />
import { capture, expect, test } from './fixtures';
import { allProspectsInPage } from './flows/expect';

/** Three organisations, each on its own site. */
const SITES = ['mediatheque-ville', 'centre-social-arc-en-ciel', 'jardins-partages-montreuil'];

test('editing the active persona scores every saved prospect again, with progress, naming the persona', async ({
  context,
  sw,
  extensionId,
  server,
}) => {
  for (const site of SITES) {
    const { popup } = await capture(context, sw, extensionId, server.siteUrl(site));
    await expect(popup.getByTestId('score-number')).toHaveText(/^\d{1,3}\/100$/);
    await popup.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(popup.getByRole('status')).toHaveText('Enregistré.');
    await popup.close();
  }

  // The list is open while she edits: it follows the progress the background saves.
  const list = await context.newPage();
  await list.goto(`chrome-extension://${extensionId}/prospects.html`);
  await expect(list.getByTestId('prospect-row')).toHaveCount(3);
  const before = await list.evaluate(allProspectsInPage);
  expect(before.every((p) => p.qualification?.excerpt)).toBe(true);
  await list.evaluate(() => {
    const seen: unknown[] = [];
    (globalThis as unknown as { rescoreSeen: unknown[] }).rescoreSeen = seen;
    chrome.storage.onChanged.addListener((changes) => {
      if (changes['rescore:progress']) seen.push(changes['rescore:progress'].newValue);
    });
  });

  // A red flag of her own: she does not work on Saturdays.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const name = await options.getByLabel('Nom', { exact: true }).inputValue();
  const flags = options.getByTestId('section-redFlags');
  await flags.getByRole('button', { name: 'Ajouter un critère' }).click();
  const last = flags.locator('.criterion').last();
  await last.getByLabel('Critère', { exact: true }).fill('Ouvert le samedi');
  await last.getByLabel('Poids').selectOption('3');
  await last.getByLabel('Mots qui le révèlent').fill('samedi');
  await last.getByLabel('Mots qui le révèlent').press('Tab');
  await options.getByRole('button', { name: 'Enregistrer le persona' }).click();
  await expect(options.getByRole('status')).toHaveText('Persona enregistré.');

  await list.bringToFront();
  const progress = list.getByTestId('rescore-progress');
  await expect(progress).toHaveAttribute('data-status', 'done');
  await expect(progress).toHaveText(`Scores recalculés selon ${name} : 3 prospects.`);
  // Progress was saved as it went: a running state out of 3, then done.
  const seen = (await list.evaluate(
    () => (globalThis as unknown as { rescoreSeen: unknown[] }).rescoreSeen,
  )) as { status: string; done: number; total: number }[];
  expect(seen[0]).toMatchObject({ status: 'running', done: 0, total: 3 });
  expect(seen.at(-1)).toMatchObject({ status: 'done', done: 3, total: 3 });

  // The gardens' page says they open on Saturdays: the score went down, quoted from its words.
  const after = await list.evaluate(allProspectsInPage);
  const gardens = (ps: typeof after) =>
    ps.find((p) => p.organisation.name?.value.includes('Jardins'))!.qualification!;
  expect(gardens(after).score).toBeLessThan(gardens(before).score);
  expect(gardens(after).basis).toBe('excerpt');
  const flag = gardens(after).redFlags.find((r) => r.label === 'Ouvert le samedi');
  expect(flag?.evidence[0]?.quote).toContain('samedi');

  // Each score says which persona it is against.
  const cell = list.locator(`[role="cell"][title$="— Score selon ${name}"]`);
  await expect(cell.first()).toBeVisible();
  // The fit cell of each of the three rows (the score column is not shown by default).
  await expect(cell).toHaveCount(3);
});
