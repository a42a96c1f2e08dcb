/// <reference types="chrome" />
/**
 * What the README's screenshots need beyond the harness: a profile with LinkedIn access granted
 * (as in sidepanel.spec.ts) and a prospect list with a few prospects in it.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test as base, expect, capture } from './fixtures';
import { launchWithSocialAccess } from './social-access';
import { startSocialServer, type SocialServer } from './social-server';

/** The harness, with LinkedIn access already granted and LinkedIn served offline. */
export const socialTest = base.extend<{ social: SocialServer }>({
  social: async ({}, use) => {
    const server = await startSocialServer({
      'www.linkedin.com/company/atelier-lumen/': 'linkedin-company-fr',
    });
    await use(server);
    await server.close();
  },
  context: async ({ social, uiLanguage }, use) => {
    const context = await launchWithSocialAccess(social.chromiumArgs, uiLanguage);
    await use(context);
    await context.close();
  },
});

/** A clean import (the importer reads French Excel headers whatever the UI language). */
export const CSV = [
  'Nom;Site web;E-mail;Ville;Statut;Relance;Étiquettes',
  'Vélo Solidaire Nantes;https://velo-solidaire.org;contact@velo-solidaire.org;Nantes;Contacté;;asso, mobilité',
  "Les Jardins d'Ève;https://jardins-eve.example;;Paris;À contacter;01/12/2026;coop",
  'La Fabrique à Pain;https://fabrique-pain.example;bonjour@fabrique-pain.example;Rennes;À relancer;15/12/2026;boulangerie',
  'Librairie Le Chat Lettré;chat-lettre.example;;Bordeaux;Client;20/11/2026;librairie',
].join('\r\n');

/** Saves a fixture site through the popup, so the list shows its score. */
async function saveViaPopup(context: BrowserContext, sw: Worker, extensionId: string, url: string) {
  const { popup } = await capture(context, sw, extensionId, url);
  await expect(popup.getByTestId('score-number')).toHaveText(/^\d+/);
  await popup.locator('button[type="submit"]').click();
  await expect(popup.getByTestId('already-saved')).toBeVisible();
  await popup.close();
}

/** The prospect list page with six prospects: two saved from the popup, four imported. */
export async function filledList(
  context: BrowserContext,
  sw: Worker,
  extensionId: string,
  siteUrls: string[],
): Promise<Page> {
  for (const url of siteUrls) await saveViaPopup(context, sw, extensionId, url);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/prospects.html`);
  const tools = page.locator('details.tools');
  await tools.locator('summary').click();
  await page.getByTestId('import-file').setInputFiles({
    name: 'prospects.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV, 'utf8'),
  });
  await page.getByTestId('import-preview').locator('.actions button').first().click();
  await expect(page.getByTestId('prospect-row')).toHaveCount(siteUrls.length + 4);
  await tools.locator('summary').click();
  return page;
}
