import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storageBackupParts } from '@/utils/background/backup-parts';
import { createHandlers } from '@/utils/background/handlers';
import { scoredAgainstOthers } from '@/utils/background/rescore';
import { makeBackup } from '@/utils/csv/backup';
import { dispatch } from '@/utils/messaging';
import { PersonaSchema, type Persona } from '@/utils/model/persona';
import { DEFAULT_EDITS, type Prospect } from '@/utils/model/prospect';
import { ownExcerpt, qualify } from '@/utils/scoring';
import { personasItem, rescoreItem } from '@/utils/storage/local';
import { draft, freshRepo, v } from '../storage/helpers';

const persona = (file: string): Persona =>
  PersonaSchema.parse(JSON.parse(readFileSync(`public/personas/${file}`, 'utf8')));
const ux = persona('ux-designer.fr.json');
const illustrator = persona('illustrator.fr.json');
const store = (active: Persona, ...others: Persona[]) => ({
  schemaVersion: 1 as const,
  personas: [active, ...others],
  activeId: active.id,
});

const TEXT =
  'Accueil\nContact\nLa médiathèque municipale accueille le jeune public : lectures, ateliers de création avec des illustrateurs et des auteurs jeunesse.\n© 2026';

/** Two prospects, scored on their pages against `against`, as a backup file would hold them. */
async function savedProspects(against: Persona): Promise<Prospect[]> {
  const { repo } = await freshRepo();
  for (const i of [1, 2]) {
    const d = draft({ name: v(`Médiathèque ${i}`), sourceUrl: `https://m${i}.example/` });
    const qualification = { ...qualify(d, TEXT, against), excerpt: ownExcerpt(d.sourceUrl, TEXT) };
    await repo.save({ draft: d, edits: DEFAULT_EDITS, userEdited: [], qualification });
  }
  return repo.list();
}

const self = { id: 'glaneur-id', origin: 'chrome-extension://glaneur-id/' };
const optionsPage = { id: self.id, url: 'chrome-extension://glaneur-id/prospects.html' };

/** Restore `prospects` (with `personas` in the backup) through the background's handler. */
async function restore(prospects: Prospect[], personas: unknown) {
  const { repo } = await freshRepo();
  const handlers = createHandlers(async () => repo, storageBackupParts);
  const backup = makeBackup({ prospects, suppression: [], personas, settings: {} });
  const reply = (await dispatch(
    handlers,
    { type: 'backup.restore', payload: { text: JSON.stringify(backup) } } as never,
    optionsPage as never,
    self,
  )) as { ok: boolean };
  expect(reply.ok).toBe(true);
  return repo;
}

describe('a restored backup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is scored again when its scores were made against another persona than the active one', async () => {
    const prospects = await savedProspects(ux);
    // The backup's persona store makes the illustrator the active persona.
    const repo = await restore(prospects, store(illustrator, ux));
    await vi.waitFor(async () => expect((await rescoreItem.read())?.status).toBe('done'));
    expect(await rescoreItem.read()).toMatchObject({
      total: 2,
      done: 2,
      against: [illustrator.name],
    });
    for (const p of await repo.list())
      expect(p.qualification).toMatchObject({ personaId: illustrator.id, basis: 'excerpt' });
  });

  it('is scored again when the active persona was edited since its scores were made', async () => {
    const prospects = await savedProspects(ux);
    const edited = { ...ux, values: ux.values.map((c) => ({ ...c, weight: 1 })) };
    await personasItem.write(store(edited));
    // A backup without personas keeps hers.
    const repo = await restore(prospects, null);
    await vi.waitFor(async () => expect((await rescoreItem.read())?.status).toBe('done'));
    const [p] = await repo.list();
    expect(p!.qualification!.personaVersion).not.toBe(prospects[0]!.qualification!.personaVersion);
  });

  it('keeps its scores when they were made against the active persona as it is', async () => {
    const prospects = await savedProspects(ux);
    const repo = await restore(prospects, store(ux, illustrator));
    expect(await rescoreItem.read()).toBeNull();
    expect((await repo.list()).map((p) => p.qualification)).toEqual(
      prospects.map((p) => p.qualification),
    );
  });
});

describe('scoredAgainstOthers', () => {
  it('tells another persona, another version, and a best-of score apart', async () => {
    const prospects = await savedProspects(ux);
    expect(scoredAgainstOthers(prospects, [ux], false)).toBe(false);
    expect(scoredAgainstOthers(prospects, [illustrator], false)).toBe(true);
    expect(scoredAgainstOthers(prospects, [{ ...ux, threshold: 40 }], false)).toBe(true);
    // Renamed only: the same scores.
    expect(scoredAgainstOthers(prospects, [{ ...ux, name: 'Moi' }], false)).toBe(false);
    // With "best of" on, a score against one persona alone is not the best of both.
    expect(scoredAgainstOthers(prospects, [ux, illustrator], true)).toBe(true);
    // Scores kept from before versions were recorded go by the persona's id.
    const unversioned = prospects.map((p) => ({
      ...p,
      qualification: { ...p.qualification!, personaVersion: undefined },
    }));
    expect(scoredAgainstOthers(unversioned, [{ ...ux, threshold: 40 }], false)).toBe(false);
    expect(scoredAgainstOthers([{ ...prospects[0]!, qualification: undefined }], [], false)).toBe(
      false,
    );
  });
});
