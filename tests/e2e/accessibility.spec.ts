/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, capture, openTab, clickToolbar } from './fixtures';

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

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
  const names = await sw.evaluate(async () => {
    const { promise, resolve } = Promise.withResolvers<string[]>();
    const request = indexedDB.open('glaneur');
    request.onsuccess = () => {
      const all = request.result.transaction('prospects').objectStore('prospects').getAll();
      all.onsuccess = () =>
        resolve(
          all.result.map(
            (p: { organisation: { name: { value: string } } }) => p.organisation.name.value,
          ),
        );
    };
    return promise;
  });
  expect(names).toEqual(['Atelier Lumen (Lyon)']);
});
