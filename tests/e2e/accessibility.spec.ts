/// <reference types="chrome" />
import { test, expect, capture, openTab, clickToolbar } from './fixtures';
import { expectNoViolations, storedProspects } from './inspect';

test('popup: no WCAG 2 A/AA violations, empty and filled', async ({
  context,
  sw,
  extensionId,
  server,
}) => {
  const { popup } = await capture(context, sw, extensionId, server.url('empty.html'));
  await expect(popup.getByText('Rien de reconnaissable')).toBeVisible();
  await expectNoViolations(popup);

  const filled = await capture(context, sw, extensionId, server.siteUrl('atelier-lumen'));
  await expect(filled.popup.getByLabel('Nom', { exact: true })).toHaveValue('Atelier Lumen');
  await expectNoViolations(filled.popup);
});

test('keyboard only: capture and save a prospect without the mouse', async ({
  context,
  sw,
  extensionId,
  server,
}) => {
  const site = server.siteUrl('atelier-lumen');
  const tabId = await openTab(sw, site);
  await clickToolbar(context, extensionId, site);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.getByLabel('Nom', { exact: true })).toHaveValue('Atelier Lumen');

  // Tab to the name field, retype it, then move on to the Save button and press Enter.
  await popup.keyboard.press('Tab');
  await expect(popup.getByLabel('Nom', { exact: true })).toBeFocused();
  await popup.keyboard.press('ControlOrMeta+a');
  await popup.keyboard.type('Atelier Lumen (Lyon)');
  const save = popup.getByRole('button', { name: 'Enregistrer' });
  for (let i = 0; i < 30 && !(await save.evaluate((b) => b === document.activeElement)); i++) {
    await popup.keyboard.press('Tab');
  }
  await expect(save).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status')).toHaveText('Enregistré.');
  const names = (await storedProspects(sw)).map((p) => p.organisation.name?.value);
  expect(names).toEqual(['Atelier Lumen (Lyon)']);
});
