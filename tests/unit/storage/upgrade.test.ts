import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storageBackupParts } from '@/utils/background/backup-parts';
import { createPersonaHandlers } from '@/utils/background/personas';
import { emptyPersona } from '@/utils/model/persona';
import { ProspectSchema, type Prospect } from '@/utils/model/prospect';
import { withCallList } from '@/utils/storage/call-list';
import { openGlaneurDB, type GlaneurDB } from '@/utils/storage/db';
import {
  LOCAL_ITEMS,
  csvCopyItem,
  notifiedItem,
  staleRemindedItem,
  summaryItem,
} from '@/utils/storage/local';
import { Mirror, summarise } from '@/utils/storage/mirror';
import { ProspectRepository } from '@/utils/storage/prospects';
import { draft, freshName } from './helpers';

/** storage.local and IndexedDB as the previous release wrote them (its own code produced it). */
const sample = JSON.parse(readFileSync('tests/fixtures/upgrade/release-1.json', 'utf8')) as {
  dbVersion: number;
  local: Record<string, unknown>;
  indexedDB: { [S in 'prospects' | 'suppression' | 'undo' | 'meta']: GlaneurDB[S]['value'][] };
};
const byId = (a: Prospect, b: Prospect) => a.id.localeCompare(b.id);

describe('upgrade from the previous release', () => {
  let repo: ProspectRepository;

  beforeAll(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set(sample.local);
    const name = freshName();
    const old = await openGlaneurDB(name, sample.dbVersion);
    for (const store of ['prospects', 'suppression', 'undo', 'meta'] as const) {
      for (const record of sample.indexedDB[store]) await old.put(store, record as never);
    }
    old.close();
    // What the background does when it starts: items migrate, then the database opens.
    for (const item of LOCAL_ITEMS) await item.migrate();
    repo = new ProspectRepository(await openGlaneurDB(name));
  });

  it('keeps the personas and which one is active', async () => {
    // A seed that would show if the stored personas were lost.
    const handlers = createPersonaHandlers(async () => emptyPersona('seed', 'Seed'));
    const { personas, activeId } = await handlers['persona.list']({}, {} as never);
    const stored = sample.local.personas as { personas: unknown[]; activeId: string };
    expect(personas).toEqual(stored.personas);
    expect(personas.map((p) => p.name)).toEqual([
      'Designer UX/graphique — structures qui font grandir les humains',
      'Collectivités',
    ]);
    expect(activeId).toBe('p-own');
  });

  it('keeps the settings and the reminders', async () => {
    expect(await csvCopyItem.read()).toBe(true);
    expect(await notifiedItem.read()).toEqual(sample.local['followups:notified']);
    expect(await staleRemindedItem.read()).toBe(sample.local['stale:remindedAt']);
    expect(await storageBackupParts.read()).toEqual({
      personas: sample.local.personas,
      settings: { 'settings:csvCopy': true },
    });
  });

  it('keeps every prospect as it was, with an empty activity log, found by its identity', async () => {
    const after = (await repo.list()).sort(byId);
    const upgraded = sample.indexedDB.prospects.map((p): Prospect =>
      withCallList({ ...p, schemaVersion: 2, activities: [] }),
    );
    expect(after).toEqual(upgraded.sort(byId));
    for (const p of sample.indexedDB.prospects) expect(p.schemaVersion as number).toBe(1);
    expect(after).toHaveLength(4);
    for (const p of after) {
      expect(ProspectSchema.parse(p)).toEqual(p);
      const found = await repo.findByDraft(draft({ sourceUrl: p.organisation.sourceUrl }));
      expect(found?.id).toBe(p.id);
    }
  });

  it('keeps the erasure list, the undo history and the summary', async () => {
    const { erasedAt } = await repo.lookup(draft({ sourceUrl: 'https://erased.example/' }));
    expect(erasedAt).toBe('2026-11-07T10:00:00.000Z');
    const [undo] = sample.indexedDB.undo;
    expect(await repo.undo(undo!.id)).toBe(true);
    expect((await repo.get(undo!.before[0]!.id))?.organisation.name?.value).toBe('Supprimée');
    await repo.delete([undo!.before[0]!.id]);

    expect(await summaryItem.read()).toEqual(sample.local['mirror:summary']);
    const summary = await new Mirror(() => repo.list()).summary();
    expect(summary).toMatchObject({
      ...summarise(await repo.list()),
      updatedAt: expect.any(String),
    });
  });

  it('leaves in storage.local only registered keys', async () => {
    const registered = new Set(LOCAL_ITEMS.flatMap((item) => [item.key, `${item.key}$`]));
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(keys.filter((k) => !registered.has(k))).toEqual([]);
    expect(keys).toContain('mirror:summary$');
  });
});
