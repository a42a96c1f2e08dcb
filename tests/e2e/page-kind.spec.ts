/// <reference types="chrome" />
/**
 * An article of an association's site, captured from the toolbar: the card says it is an
 * article, and scores the site's home and about pages, read in the tab, in its place.
 */
import { test, expect, openTab, clickToolbar } from './fixtures';
import { storedProspects } from './inspect';

test('an article is scored on its site’s home and about pages, quoted from them', async ({
  context,
  sw,
  extensionId,
  server,
}) => {
  const url = server.siteUrl('velo-solidaire-vallon', 'actualites/fete-du-velo.html');
  const tabId = await openTab(sw, url);
  await clickToolbar(context, extensionId, url);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);

  await expect(popup.getByTestId('page-kind')).toHaveText(
    'Cette page est un article : le score porte sur l’accueil et la page « À propos » du site.',
  );
  const reasons = popup.getByTestId('reasons');
  await expect(reasons).toContainText('ateliers pour les élèves dans les écoles du Vallon');
  await expect(reasons.locator('li', { hasText: 'gouvernance partagée' }).first()).toContainText(
    'sur la page « À propos »',
  );
  // None of the article's own words is quoted.
  await expect(popup.getByTestId('score')).not.toContainText('fête du vélo');
  await expect(popup.getByTestId('score-number')).toHaveText(/^\d{1,3}\/100$/);

  await popup.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Enregistré' })).toBeVisible();
  const [saved] = await storedProspects(sw);
  expect(saved!.qualification).toMatchObject({
    pageKind: 'article',
    scoredOn: [
      { kind: 'home', url: server.siteUrl('velo-solidaire-vallon') },
      { kind: 'about', url: server.siteUrl('velo-solidaire-vallon', 'a-propos.html') },
    ],
  });
  expect(saved!.qualification!.excerpt).toContain('gouvernance partagée');
  expect(saved!.qualification!.excerpt).not.toContain('fête du vélo');
});
