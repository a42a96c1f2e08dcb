/// <reference types="chrome" />
import type { Page } from '@playwright/test';
import { test as base, expect, clickToolbar, openTab } from './fixtures';
import { launchWithSocialAccess } from './social-access';
import { startSocialServer, type SocialServer } from './social-server';
import { expectNoViolations } from './inspect';
import { SOCIAL_ROUTES } from './flows/sidebar';

const test = base.extend<{ social: SocialServer }>({
  social: async ({}, use) => {
    const server = await startSocialServer(SOCIAL_ROUTES);
    await use(server);
    await server.close();
  },
  context: async ({ social, uiLanguage }, use) => {
    const context = await launchWithSocialAccess(social.chromiumArgs, uiLanguage);
    await use(context);
    await context.close();
  },
});

async function openPanel(page: Page, extensionId: string, tabId: number) {
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  return page;
}

// Following LinkedIn navigation, saving and revoking is shared with Firefox:
// tests/e2e/flows/sidebar.ts.

test('a Viadeo profile shows in the panel', async ({ context, sw, extensionId }) => {
  const tabId = await openTab(sw, 'https://fr.viadeo.com/fr/profile/claire.martin');
  const panel = await openPanel(await context.newPage(), extensionId, tabId);
  await expect(panel.getByTestId('card-name')).toHaveText('Claire Martin');
  await expect(panel.getByTestId('social-card')).toContainText('Atelier Lumen');
});

test('another site shows after a toolbar click (activeTab), and the panel says so', async ({
  context,
  sw,
  extensionId,
  server,
}) => {
  const site = server.siteUrl('atelier-lumen');
  const tabId = await openTab(sw, site);
  const panel = await openPanel(await context.newPage(), extensionId, tabId);
  // The shortcut as the browser names it in the user's language.
  await expect(panel.getByTestId('idle')).toContainText('Alt+Maj+G');
  await panel.getByRole('button', { name: 'Lire cette page' }).click();
  await expect(panel.getByRole('button', { name: 'Lire cette page' })).toBeVisible();
  await expect(panel.getByTestId('idle')).toContainText('ne voit pas encore cette page');
  await expectNoViolations(panel);

  // The user goes back to the page and clicks Glaneur's toolbar button there.
  await context
    .pages()
    .find((p) => p.url().startsWith(site))!
    .bringToFront();
  await clickToolbar(context, extensionId, site);
  await panel.getByRole('button', { name: 'Lire cette page' }).click();
  await expect(panel.getByTestId('card-name')).toHaveText('Atelier Lumen');
  await expect(panel.getByText('Lue parce que vous l’avez demandé')).toBeVisible();
});

/** No LinkedIn access granted: the harness's plain profile, with the sites' addresses mapped. */
const withoutAccess = base.extend<{ social: SocialServer }>({
  social: async ({}, use) => {
    const server = await startSocialServer(SOCIAL_ROUTES);
    await use(server);
    await server.close();
  },
  chromiumArgs: async ({ social }, use) => use(social.chromiumArgs),
});

withoutAccess(
  'without access, a LinkedIn page shows its card after a toolbar click',
  async ({ context, sw, extensionId }) => {
    const url = 'https://www.linkedin.com/company/atelier-lumen/';
    const tabId = await openTab(sw, url);
    const panel = await openPanel(await context.newPage(), extensionId, tabId);
    await expect(panel.getByTestId('host-access')).toHaveAttribute('data-granted', 'false');
    await expect(panel.getByTestId('host-access')).toContainText('aucun clic');
    await expect(panel.getByTestId('social-card')).toHaveCount(0);

    await context
      .pages()
      .find((p) => p.url() === url)!
      .bringToFront();
    await clickToolbar(context, extensionId, url);
    await panel.getByRole('button', { name: 'Lire cette page' }).click();
    await expect(panel.getByTestId('card-name')).toHaveText('Atelier Lumen');
    await expect(panel.getByTestId('social-card')).toHaveAttribute('data-kind', 'company');
    expect(await sw.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
  },
);
