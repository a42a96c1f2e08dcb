/// <reference types="chrome" />
import type { Page } from '@playwright/test';
import { test as base, expect, clickToolbar, openTab } from './fixtures';
import { launchWithSocialAccess } from './social-access';
import { startSocialServer, type SocialServer } from './social-server';
import { spaGo } from './spa';
import { expectNoViolations, storedProspects } from './inspect';

/** First loads, by real address; later pages arrive by history.pushState (see spaGo). */
const ROUTES = {
  'www.linkedin.com/company/atelier-lumen/': 'linkedin-company-fr',
  'fr.viadeo.com/fr/profile/claire.martin': 'viadeo-profile-fr',
};

const test = base.extend<{ social: SocialServer }>({
  social: async ({}, use) => {
    const server = await startSocialServer(ROUTES);
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

test('the panel follows LinkedIn navigation, saves, adds a contact, and stops when revoked', async ({
  context,
  sw,
  extensionId,
}) => {
  const url = 'https://www.linkedin.com/company/atelier-lumen/';
  const tabId = await openTab(sw, url);
  const linkedin = context.pages().find((p) => p.url() === url)!;
  const panel = await openPanel(await context.newPage(), extensionId, tabId);
  const card = panel.getByTestId('social-card');

  await expect(panel.getByTestId('host-access')).toHaveAttribute('data-granted', 'true');
  await expect(panel.getByTestId('card-name')).toHaveText('Atelier Lumen');
  await expect(card).toHaveAttribute('data-kind', 'company');
  await expect(card).toContainText('1 234');
  // Scored against the active persona (the example one), with the reasons quoted from the page.
  await expect(panel.getByTestId('score-number')).toHaveText(/^\d+/);
  await expect(panel.getByTestId('reasons')).toContainText('éducation populaire');
  await expect(panel.getByTestId('already-saved')).toHaveCount(0);
  await panel.getByLabel('Statut').selectOption('to-contact');
  await panel.getByLabel('Prochaine relance').fill('2026-12-01');
  await panel.getByTestId('save').click();
  await expect(panel.getByTestId('already-saved')).toContainText('À contacter');
  await expect(panel.getByTestId('already-saved')).toContainText('1 décembre 2026');
  const scores = (await storedProspects(sw)).map((p) => p.qualification?.score);
  expect(scores).toEqual([expect.any(Number)]);

  await spaGo(linkedin, '/in/claire-martin-lumen/', 'linkedin-person-fr');
  await expect(panel.getByTestId('card-name')).toHaveText('Claire Martin');
  await expect(card).toHaveAttribute('data-kind', 'person');
  await expect(card).toContainText('Lyon, Auvergne-Rhône-Alpes, France');
  await panel.getByTestId('add-contact').click();
  await expect(panel.getByTestId('contact-saved')).toContainText('Claire Martin');
  await expect(panel.getByTestId('contact-saved')).toContainText('Atelier Lumen');
  await expectNoViolations(panel);

  await spaGo(linkedin, '/company/northwind-coop/about/', 'linkedin-company-about-en');
  await expect(panel.getByTestId('card-name')).toHaveText('Northwind Cooperative');
  await expect(card).toHaveAttribute('data-kind', 'company');
  await expect(panel.getByTestId('already-saved')).toHaveCount(0);
  await panel.getByTestId('save').click();
  await expect(panel.getByTestId('already-saved')).toBeVisible();

  // Back twice (popstate): the first company, saved, with its status and follow-up.
  await linkedin.goBack();
  await expect(panel.getByTestId('card-name')).toHaveText('Claire Martin');
  await linkedin.goBack();
  await expect(panel.getByTestId('card-name')).toHaveText('Atelier Lumen');
  await expect(panel.getByTestId('already-saved')).toContainText('À contacter');

  // Revoking the access unregisters the content script.
  await panel.getByRole('button', { name: 'Ne plus lire LinkedIn et Viadeo' }).click();
  await expect(panel.getByTestId('host-access')).toHaveAttribute('data-granted', 'false');
  await expect
    .poll(() => sw.evaluate(() => chrome.scripting.getRegisteredContentScripts()))
    .toEqual([]);
});

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
    const server = await startSocialServer(ROUTES);
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
