/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import { test, expect, capture, openPopup } from './fixtures';

test('persona edited in the options page scores a captured site, with quoted reasons; edits survive reopening', async ({
  context,
  sw,
  extensionId,
  server,
}) => {
  // The options page starts with the example persona, active.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByLabel('Persona en cours d’édition')).toContainText('(actif)');
  await expect(options.getByTestId('active-state')).toHaveText('actif');

  // She adds a value of her own, and raises the good-fit threshold.
  const values = options.getByTestId('section-values');
  await values.getByRole('button', { name: 'Ajouter un critère' }).click();
  const last = values.locator('.criterion').last();
  await last.getByLabel('Critère', { exact: true }).fill('Ancrage dans un quartier');
  await last.getByLabel('Mots qui le révèlent').fill('quartier Maurepas, quartier prioritaire');
  await last.getByLabel('Poids').selectOption('5');
  await options.getByLabel('Score de bonne adéquation').fill('65');
  await expect(options.getByText('Modifications non enregistrées')).toBeVisible();
  await options.getByRole('button', { name: 'Enregistrer le persona' }).click();
  await expect(options.getByRole('status')).toHaveText('Persona enregistré.');

  // Capture a fixture organisation: score, band in words, bar, quoted reasons.
  const url = server.url('qualify/mjc-les-tilleuls/index.html');
  const { tabId, popup } = await capture(context, sw, extensionId, url);
  await expect(popup.getByTestId('score-number')).toHaveText(/^\d{1,3}\/100$/);
  await expect(popup.getByTestId('band')).toHaveText('Excellente cible');
  await expect(popup.getByRole('meter')).toHaveAttribute('aria-label', /Score : \d+ sur 100/);
  const score = popup.getByTestId('score');
  await expect(score).toContainText('Ancrage dans un quartier');
  await expect(score).toContainText('au cœur du quartier Maurepas');
  await expect(popup.getByTestId('reasons')).toContainText('Horizontalité et gouvernance partagée');
  await expect(popup.getByTestId('reasons').locator('q').first()).toBeVisible();

  // Status, follow-up, a tag, a contact and her own judgement of the fit; then save.
  await popup.getByLabel('Statut').selectOption('contacted');
  await popup.getByLabel('Prochaine relance').fill('2026-12-15');
  await popup.getByLabel('Étiquettes').fill('éduc pop, Rennes');
  await popup.getByRole('button', { name: 'Ajouter un contact' }).click();
  await popup.getByLabel('Nom du contact').fill('Camille Roux');
  await popup.getByLabel('Fonction').fill('Directrice');
  await popup.getByLabel('Votre appréciation').selectOption('good');
  await expect(popup.getByTestId('band')).toHaveText('Bonne cible');
  await expect(popup.getByTestId('band-override-note')).toHaveText(
    'Niveau choisi par vous (calculé : Excellente cible).',
  );
  await popup.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(popup.getByRole('status')).toHaveText('Enregistré.');

  // Reopen: everything is there, the override still shown as such.
  const again = await openPopup(context, extensionId, tabId);
  await expect(again.getByTestId('already-saved')).toContainText('Contacté');
  await expect(again.getByLabel('Statut')).toHaveValue('contacted');
  await expect(again.getByLabel('Prochaine relance')).toHaveValue('2026-12-15');
  await expect(again.getByLabel('Étiquettes')).toHaveValue('éduc pop, Rennes');
  await expect(again.getByLabel('Nom du contact')).toHaveValue('Camille Roux');
  await expect(again.getByLabel('Votre appréciation')).toHaveValue('good');
  await expect(again.getByTestId('band-override-note')).toBeVisible();
  await expect(again.getByTestId('score')).toContainText('Ancrage dans un quartier');

  // The qualification was saved with the prospect, as computed, beside the override.
  const saved = await sw.evaluate(
    () =>
      new Promise<{ band: string; override: string; personaId: string; history: string[] }>(
        (resolve, reject) => {
          const open = indexedDB.open('glaneur');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('prospects').objectStore('prospects').getAll();
            all.onsuccess = () => {
              const [p] = all.result;
              resolve({
                band: p.qualification.band,
                override: p.bandOverride,
                personaId: p.qualification.personaId,
                history: p.history.map((h: { kind: string }) => h.kind),
              });
            };
          };
        },
      ),
  );
  expect(saved).toEqual({
    band: 'excellent',
    override: 'good',
    personaId: 'ux-designer-fr',
    history: ['captured', 'status'],
  });
});

test('a bad persona file is refused with a clear message and changes nothing', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const select = options.getByLabel('Persona en cours d’édition');
  await expect(select.locator('option')).toHaveCount(1);
  await options.getByLabel('Importer un JSON…').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"schemaVersion":1,"id":"x"}'),
  });
  await expect(options.getByRole('alert')).toHaveText(
    'notes.json n’a pas été importé : c’est du JSON, mais pas un persona Glaneur (champs manquants ou invalides). Rien n’a été modifié.',
  );
  await expect(select.locator('option')).toHaveCount(1);

  // The English template is offered too, and can be made the active persona.
  await options.getByRole('button', { name: 'Partir de l’exemple (anglais)' }).click();
  await expect(select.locator('option')).toHaveCount(2);
  await expect(select).toContainText('UX/graphic designer');
  await options.getByRole('button', { name: 'Utiliser pour la qualification' }).click();
  await expect(options.getByTestId('active-state')).toHaveText('actif');

  // Duplicate it, rename the copy, then delete the copy (after confirming).
  options.on('dialog', (dialog) => void dialog.accept());
  await options.getByRole('button', { name: 'Dupliquer' }).click();
  await expect(select.locator('option')).toHaveCount(3);
  await options.getByLabel('Nom', { exact: true }).fill('Copie renommée');
  await options.getByRole('button', { name: 'Enregistrer le persona' }).click();
  await expect(select).toContainText('Copie renommée');
  await options.getByRole('button', { name: 'Supprimer' }).click();
  await expect(options.getByRole('status')).toHaveText('Persona supprimé.');
  await expect(select.locator('option')).toHaveCount(2);
  await expect(select).not.toContainText('Copie renommée');
});

test('options page: every control is labelled (no WCAG 2 A/AA violations)', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByLabel('Nom', { exact: true })).toHaveValue(/Designer UX/);
  const { violations } = await new AxeBuilder({ page: options })
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});
