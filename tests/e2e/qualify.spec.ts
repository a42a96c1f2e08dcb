/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

// Editing a persona and seeing a card scored again is shared with Firefox: tests/e2e/flows/persona.ts.

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
