/**
 * The import preview in real Chromium, in French and in English: what each row will do, a
 * choice per row and one for all, nothing written before "Import"; a cancelled import leaves
 * every IndexedDB store as it was.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNoViolations, storedProspects } from './inspect';

const csv = (name: string, lines: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8'),
});

const SAVED = csv('saved.csv', [
  'Nom,Site web,Statut,Description',
  'Atelier Lumen,https://www.atelier-lumen.fr/,À contacter,Luminaires',
  'Librairie Le Chat Lettré,chat-lettre.example,Client,',
]);
const TYPED = 'Luminaires en réemploi, vus au salon';

// Row 2 matches a saved prospect under another name; rows 3 and 4 are one organisation;
// row 5 is new; row 6 matches another saved prospect.
const FILE = csv('file.csv', [
  'Nom,Site web,Statut,Description,Étiquettes',
  'Atelier Lumen SAS,https://www.atelier-lumen.fr/,Client,Fabricant de luminaires,salon',
  'Ferme du Vallon,https://ferme-vallon.example,À contacter,,bio',
  'Les Paniers du Vallon,ferme-vallon.example/paniers,Client,,paniers',
  'Coop Rhizome,rhizome.example,,,coop',
  'Librairie Le Chat Lettré,https://chat-lettre.example/,À qualifier,,',
]);

const WORDS = {
  fr: {
    locale: 'fr-FR',
    tools: 'Import, sauvegarde et confidentialité',
    open: 'Ouvrir Atelier Lumen',
    update: 'Mettre à jour',
    importSaved: 'Importer 2 lignes',
    counts:
      'Nouveaux prospects : 2 · fusions avec vos prospects : 2 · doublons dans le fichier : 1',
    merge: 'Correspond à « Atelier Lumen », déjà enregistré',
    changes: [
      'Autres noms : « (vide) » → « Atelier Lumen SAS »',
      'Étiquettes : « (vide) » → « salon »',
      'Nom : « Atelier Lumen » gardé (le fichier dit « Atelier Lumen SAS »)',
      `Description : « ${TYPED} » gardé (le fichier dit « Fabricant de luminaires »)`,
      'Statut : « À contacter » gardé (le fichier dit « Client »)',
    ],
    duplicate: 'Même organisation que la ligne 3 du fichier',
    choice: (row: number, name: string) => `Choix pour la ligne ${row} — ${name}`,
    defaultAll: 'Pour chaque ligne non choisie à la main',
    confirm3: 'Importer 3 lignes',
    done: '2 créés, 1 fusionnés.',
    cancel: 'Annuler',
    skipKey: 'N',
  },
  en: {
    locale: 'en-US',
    tools: 'Import, backup and privacy',
    open: 'Open Atelier Lumen',
    update: 'Update',
    importSaved: 'Import 2 rows',
    counts: 'New prospects: 2 · merges with your prospects: 2 · duplicates within the file: 1',
    merge: 'Matches “Atelier Lumen”, already saved',
    changes: [
      'Other names: “(empty)” → “Atelier Lumen SAS”',
      'Tags: “(empty)” → “salon”',
      'Name: “Atelier Lumen” kept (the file says “Atelier Lumen SAS”)',
      `Description: “${TYPED}” kept (the file says “Fabricant de luminaires”)`,
      'Status: “To contact” kept (the file says “Client”)',
    ],
    duplicate: 'Same organisation as row 3 of the file',
    choice: (row: number, name: string) => `Choice for row ${row} — ${name}`,
    defaultAll: 'For every row not chosen by hand',
    confirm3: 'Import 3 rows',
    done: '2 created, 1 merged.',
    cancel: 'Cancel',
    skipKey: 'S',
  },
};

/** Every record of every IndexedDB store of the extension, with its key, read in the page. */
const dumpDatabases = (page: Page) =>
  page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((ok, ko) => {
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
    const dump: Record<string, Record<string, { keys: unknown[]; values: unknown[] }>> = {};
    for (const { name } of await indexedDB.databases()) {
      const db = await request(indexedDB.open(name!));
      dump[name!] = {};
      for (const store of db.objectStoreNames) {
        const s = db.transaction(store).objectStore(store);
        dump[name!]![store] = {
          keys: await request(s.getAllKeys()),
          values: await request(s.getAll()),
        };
      }
      db.close();
    }
    return dump;
  });

for (const language of ['fr', 'en'] as const) {
  const w = WORDS[language];
  test.describe(language, () => {
    test.use({ uiLanguage: w.locale });

    test('import preview: merges shown field by field, a choice per row, then cancel changes nothing', async ({
      context,
      extensionId,
    }) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/prospects.html`);
      await page.getByText(w.tools, { exact: true }).click();

      // Her prospects: two imported, then a description she types herself.
      await page.getByTestId('import-file').setInputFiles(SAVED);
      await page.getByRole('button', { name: w.importSaved }).click();
      await expect(page.getByTestId('prospect-row')).toHaveCount(2);
      await page.getByRole('button', { name: w.open, exact: true }).click();
      await page.getByTestId('prospect-detail').getByLabel('Description').fill(TYPED);
      await page.getByRole('button', { name: w.update }).click();
      await expect
        .poll(async () => (await storedProspects(page)).map((p) => p.userEdited))
        .toContainEqual(['description']);

      // The preview: nothing is written until she confirms.
      const before = await dumpDatabases(page);
      expect(before['glaneur']?.['prospects']?.values).toHaveLength(2);
      await page.getByTestId('import-file').setInputFiles(FILE);
      const preview = page.getByTestId('import-preview');
      await expect(preview.getByTestId('import-plan-counts')).toHaveText(w.counts);
      const rows = preview.getByTestId('import-plan-row');
      await expect(rows).toHaveCount(5);
      const lumen = rows.filter({ hasText: 'Atelier Lumen SAS' });
      await expect(lumen).toContainText(w.merge);
      await expect(lumen.locator('li')).toHaveText(w.changes);
      await expect(rows.filter({ hasText: 'Les Paniers du Vallon' })).toContainText(w.duplicate);
      await expectNoViolations(page);
      expect(await dumpDatabases(page)).toEqual(before);

      // Keyboard only: Tab from row 4's choice to row 5's, type the first letter of "skip".
      await preview.getByLabel(w.choice(4, 'Les Paniers du Vallon')).focus();
      await page.keyboard.press('Tab');
      const coop = preview.getByLabel(w.choice(5, 'Coop Rhizome'));
      await expect(coop).toBeFocused();
      await expect(coop).toHaveValue('separate');
      await page.keyboard.type(w.skipKey);
      await expect(coop).toHaveValue('skip');

      // Skip by default; by hand: merge row 2, create row 3, keep row 4 apart.
      await preview.getByLabel(w.defaultAll).selectOption('skip');
      await preview.getByLabel(w.choice(2, 'Atelier Lumen SAS')).selectOption('merge');
      await preview.getByLabel(w.choice(3, 'Ferme du Vallon')).selectOption('separate');
      await preview.getByLabel(w.choice(4, 'Les Paniers du Vallon')).selectOption('separate');
      await expect(preview.getByLabel(w.choice(6, 'Librairie Le Chat Lettré'))).toHaveValue('skip');
      expect(await dumpDatabases(page)).toEqual(before);
      await preview.getByRole('button', { name: w.confirm3 }).click();
      await expect(page.getByTestId('notice')).toHaveText(w.done);

      const stored = await storedProspects(page);
      const summary = stored
        .map((p) => ({
          name: p.organisation.name?.value,
          aliases: p.organisation.aliases,
          status: p.status,
          description: p.organisation.description?.value,
          tags: p.tags,
        }))
        .sort((a, b) => String(a.name).localeCompare(String(b.name)));
      expect(summary).toEqual([
        {
          name: 'Atelier Lumen',
          aliases: ['Atelier Lumen SAS'],
          status: 'to-contact',
          description: TYPED,
          tags: ['salon'],
        },
        {
          name: 'Ferme du Vallon',
          aliases: undefined,
          status: 'to-contact',
          description: undefined,
          tags: ['bio'],
        },
        {
          name: 'Les Paniers du Vallon',
          aliases: undefined,
          status: 'client',
          description: undefined,
          tags: ['paniers'],
        },
        {
          name: 'Librairie Le Chat Lettré',
          aliases: undefined,
          status: 'client',
          description: undefined,
          tags: [],
        },
      ]);

      // Another import, choices made, then cancelled: every store exactly as it was.
      const imported = await dumpDatabases(page);
      expect(imported['glaneur']?.['prospects']?.values).toHaveLength(4);
      await page.getByTestId('import-file').setInputFiles(FILE);
      await expect(rows).toHaveCount(5);
      await preview.getByLabel(w.choice(5, 'Coop Rhizome')).selectOption('separate');
      await preview.getByLabel(w.defaultAll).selectOption('separate');
      await preview.getByRole('button', { name: w.cancel, exact: true }).click();
      await expect(preview).toHaveCount(0);
      await expect(page.getByTestId('import-file')).toBeFocused();
      expect(await dumpDatabases(page)).toEqual(imported);
    });
  });
}
