/**
 * The import preview: what each row will do, a choice per row and one for all, nothing written
 * before "Import"; a cancelled import leaves every IndexedDB store as it was.
 */
import type { Driver } from './driver';
import { checks, databaseDump, expect, storedProspects } from './expect';

const csv = (name: string, lines: string[]) => ({
  name,
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

export async function importPreviewChooseCancel(d: Driver): Promise<void> {
  const w = WORDS[d.language];
  const page = await d.openPage('prospects.html');
  const see = checks(d, page);
  await page.click({ text: w.tools, exact: true });

  // Her prospects: two imported, then a description she types herself.
  await page.upload({ testId: 'import-file' }, SAVED);
  await page.click({ role: 'button', name: w.importSaved });
  await see.count({ testId: 'prospect-row' }, 2);
  await page.click({ role: 'button', name: w.open, exact: true });
  await page.fill({ label: 'Description', within: { testId: 'prospect-detail' } }, TYPED);
  await page.click({ role: 'button', name: w.update });
  await expect
    .poll(async () => (await storedProspects(page)).map((p) => p.userEdited), {
      message: `${d.name}: the typed description is stored as hers`,
    })
    .toContainEqual(['description']);

  // The preview: nothing is written until she confirms.
  const before = await databaseDump(page);
  expect(before['glaneur']?.['prospects']?.values).toHaveLength(2);
  await page.upload({ testId: 'import-file' }, FILE);
  const preview = { testId: 'import-preview' };
  await see.text({ testId: 'import-plan-counts', within: preview }, w.counts);
  const row = { testId: 'import-plan-row', within: preview };
  await see.count(row, 5);
  const lumen = { ...row, hasText: 'Atelier Lumen SAS' };
  await see.contains(lumen, w.merge);
  await see.texts({ css: 'li', within: lumen }, w.changes);
  await see.contains({ ...row, hasText: 'Les Paniers du Vallon' }, w.duplicate);
  await d.expectAccessible?.(page);
  expect(await databaseDump(page), `${d.name}: nothing written by the preview`).toEqual(before);

  // Keyboard only: Tab from row 4's choice to row 5's, type the first letter of "skip".
  const choice = (n: number, name: string) => ({ label: w.choice(n, name), within: preview });
  await page.focus(choice(4, 'Les Paniers du Vallon'));
  await page.press('Tab');
  const coop = choice(5, 'Coop Rhizome');
  await expect.poll(() => page.focused(coop), { message: `${d.name}: Tab to row 5` }).toBe(true);
  await see.value(coop, 'separate');
  await page.type(w.skipKey);
  await see.value(coop, 'skip');

  // Skip by default; by hand: merge row 2, create row 3, keep row 4 apart.
  await page.select({ label: w.defaultAll, within: preview }, 'skip');
  await page.select(choice(2, 'Atelier Lumen SAS'), 'merge');
  await page.select(choice(3, 'Ferme du Vallon'), 'separate');
  await page.select(choice(4, 'Les Paniers du Vallon'), 'separate');
  await see.value(choice(6, 'Librairie Le Chat Lettré'), 'skip');
  expect(await databaseDump(page), `${d.name}: nothing written by choosing`).toEqual(before);
  await page.click({ role: 'button', name: w.confirm3, within: preview });
  await see.text({ testId: 'notice' }, w.done);

  const summary = (await storedProspects(page))
    .map((p) => ({
      name: p.organisation.name?.value,
      aliases: p.organisation.aliases,
      status: p.status,
      description: p.organisation.description?.value,
      tags: p.tags,
    }))
    .sort((a, b) => String(a.name).localeCompare(String(b.name)));
  expect(summary, `${d.name}: what the import wrote`).toEqual([
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
  const imported = await databaseDump(page);
  expect(imported['glaneur']?.['prospects']?.values).toHaveLength(4);
  await page.upload({ testId: 'import-file' }, FILE);
  await see.count(row, 5);
  await page.select(coop, 'separate');
  await page.select({ label: w.defaultAll, within: preview }, 'separate');
  await page.click({ role: 'button', name: w.cancel, exact: true, within: preview });
  await see.count(preview, 0);
  await expect
    .poll(() => page.focused({ testId: 'import-file' }), {
      message: `${d.name}: focus back on the file input`,
    })
    .toBe(true);
  expect(await databaseDump(page), `${d.name}: the cancelled import wrote nothing`).toEqual(
    imported,
  );
}
