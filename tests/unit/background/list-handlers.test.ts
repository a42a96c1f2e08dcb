import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scheduleFollowUps, sweep } from '@/utils/background/alarms';
import { storageBackupParts } from '@/utils/background/backup-parts';
import { createHandlers, type BackupParts } from '@/utils/background/handlers';
import { dispatch } from '@/utils/messaging';
import { DEFAULT_EDITS } from '@/utils/model/prospect';
import { Mirror } from '@/utils/storage/mirror';
import { freshRepo, input, v } from '../storage/helpers';

const parts: BackupParts = {
  read: async () => ({ personas: null, settings: {} }),
  write: async () => undefined,
};

async function setup() {
  const { repo } = await freshRepo();
  const mirror = new Mirror(() => repo.list());
  const pending: Promise<unknown>[] = [];
  repo.onChange((c) =>
    pending.push(mirror.apply(c), scheduleFollowUps(c, new Date('2026-11-25T08:00:00'))),
  );
  const handlers = createHandlers(async () => repo, parts);
  const sender = {};
  return { repo, mirror, handlers, sender, settle: () => Promise.all(pending) };
}

describe('list handlers in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The directory is off (no permission granted): an import offers the lookup, asks nothing.
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => false);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      (key: string, subs?: string | (string | number)[]) => [key, ...[subs ?? []].flat()].join('|'),
    );
  });

  it('csv.import saves every identified row of a confirmed file and counts the refused ones', async () => {
    const { handlers, repo, sender } = await setup();
    const text =
      'Nom;Site web;E-mail\nA;a.example;x@a.example\nB;b.example;nope\nA bis;www.a.example;y@a.example\n;;nope\n';
    const result = await handlers['csv.import'](
      { text, mapping: ['name', 'website', 'emails'] },
      sender,
    );
    expect(result).toEqual({ created: 2, merged: 1, rejected: 1 });
    const [a, b] = await repo.list();
    expect(a!.organisation.emails.map((e) => e.value)).toEqual(['x@a.example', 'y@a.example']);
    expect(a!.organisation.name?.value).toBe('A');
    expect(a!.organisation.aliases).toEqual(['A bis']);
    expect(b!.notes).toBe('E-mail: nope');
  });

  it('csv.import applies the choices per spreadsheet row, the default for the others; zod refuses bad ones', async () => {
    const { handlers, repo } = await setup();
    const self = { id: 'glaneur-id', origin: 'chrome-extension://glaneur-id/' };
    const page = { id: self.id, url: 'chrome-extension://glaneur-id/prospects.html' };
    const text = 'Nom,Site web\nA,a.example\nA bis,www.a.example\nB,b.example\nC,c.example\n';
    const mapping = ['name', 'website'];
    const send = (payload: object) =>
      dispatch(
        handlers,
        { type: 'csv.import', payload: { text, mapping, ...payload } },
        page,
        self,
      );
    for (const bad of [
      { choices: { 3: 'drop' } },
      { choices: { x: 'skip' } },
      { fallback: 'all' },
    ]) {
      expect(await send(bad)).toMatchObject({ ok: false, code: 'errorBadMessage' });
    }
    expect(await repo.list()).toEqual([]);
    const reply = await send({ choices: { 3: 'separate', 5: 'merge' }, fallback: 'skip' });
    expect(reply).toEqual({ ok: true, data: { created: 2, merged: 0, rejected: 0 } });
    const names = (await repo.list()).map((p) => p.organisation.name?.value).sort();
    // Row 2 (new) follows the default: skipped; its duplicate kept apart stands alone.
    expect(names).toEqual(['A bis', 'C']);
  });

  it('lookup says when an erased organisation is captured again', async () => {
    const { handlers, repo, sender } = await setup();
    const { prospect } = await repo.save(input({ sourceUrl: 'https://a.example/' }));
    await handlers['prospect.erase']({ ids: [prospect.id] }, sender);
    const found = await handlers['prospect.lookup'](
      { draft: input({ sourceUrl: 'https://www.a.example/x' }).draft },
      sender,
    );
    expect(found.prospect).toBeNull();
    expect(found.erasedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('bulk delete then undo, merge then undo', async () => {
    const { handlers, repo, sender } = await setup();
    const a = (await repo.save(input({ sourceUrl: 'https://a.example/' }))).prospect;
    const b = (await repo.save(input({ sourceUrl: 'https://b.example/' }))).prospect;
    const deleted = await handlers['prospect.deleteMany']({ ids: [a.id, b.id] }, sender);
    expect(deleted.count).toBe(2);
    await handlers['prospect.undo']({ undoId: deleted.undoId! }, sender);
    const merged = await handlers['prospect.merge']({ keepId: a.id, otherId: b.id }, sender);
    expect(await repo.list()).toHaveLength(1);
    await handlers['prospect.undo']({ undoId: merged.undoId }, sender);
    expect(await repo.list()).toHaveLength(2);
    await expect(
      handlers['prospect.merge']({ keepId: a.id, otherId: 'gone' }, sender),
    ).rejects.toThrow('gone');
  });

  it('a due follow-up: one notification "Relancer <name>" with the note, and the badge count', async () => {
    const { repo, mirror, settle } = await setup();
    await repo.save({
      ...input({ sourceUrl: 'https://a.example/', name: v('Atelier Lumen') }),
      edits: { ...DEFAULT_EDITS, followUpAt: '2026-11-24', notes: 'rappeler mardi' },
    });
    await repo.save({
      ...input({ sourceUrl: 'https://b.example/', name: v('Later') }),
      edits: { ...DEFAULT_EDITS, followUpAt: '2026-12-24' },
    });
    // She may no longer contact these: never reminded, never counted.
    await repo.save({
      ...input({ sourceUrl: 'https://c.example/', name: v('Opposée') }),
      edits: { ...DEFAULT_EDITS, followUpAt: '2026-11-23', doNotContact: true },
    });
    await repo.save({
      ...input({ sourceUrl: 'https://d.example/', name: v('Opposée plus tard') }),
      edits: { ...DEFAULT_EDITS, followUpAt: '2026-12-20', doNotContact: true },
    });
    await settle();
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toHaveLength(1);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const now = new Date('2026-11-25T10:00:00');
    await sweep(repo, mirror, now);
    await sweep(repo, mirror, now);
    const followUps = create.mock.calls.filter(([id]) => String(id).startsWith('followup:'));
    expect(followUps).toHaveLength(1);
    expect(followUps[0]![1]).toMatchObject({
      title: 'notifyFollowUpTitle|Atelier Lumen',
      message: 'rappeler mardi',
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('reminds once a month of prospects with no contact for three years', async () => {
    const { repo, mirror } = await setup();
    await repo.save(input({ sourceUrl: 'https://old.example/' }), new Date('2022-01-01T00:00:00Z'));
    await sweep(repo, mirror, new Date('2026-11-25T10:00:00'));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toContain('stale');
    await fakeBrowser.notifications.clear('stale');
    await sweep(repo, mirror, new Date('2026-12-01T10:00:00'));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).not.toContain('stale');
  });
});

describe('backup of personas and settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('carries the persona store and the settings keys as they are, and puts them back', async () => {
    const store = { schemaVersion: 1, personas: [{ id: 'p', name: 'ESS' }], activeId: 'p' };
    const mail = { signature: 'Anne', templates: { en: { subject: 'Hi', body: '{pitch}' } } };
    await fakeBrowser.storage.local.set({
      personas: store,
      'settings:csvCopy': true,
      'settings:mail': mail,
      'mirror:summary': { total: 3 },
    });
    const parts = await storageBackupParts.read();
    expect(parts).toEqual({
      personas: store,
      settings: { 'settings:csvCopy': true, 'settings:mail': mail },
    });
    fakeBrowser.reset();
    await storageBackupParts.write(JSON.parse(JSON.stringify(parts)));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      personas: store,
      'settings:csvCopy': true,
      'settings:mail': mail,
    });
  });
});
