import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, type BackupParts } from '@/utils/background/handlers';
import { dispatch } from '@/utils/messaging';
import { emptyPersona, type Persona } from '@/utils/model/persona';
import { ProspectSchema, upgradeProspect, type Status } from '@/utils/model/prospect';
import { termKey } from '@/utils/scoring/learn';
import { personasItem } from '@/utils/storage/local';
import { freshRepo, input, v } from '../storage/helpers';

const parts: BackupParts = {
  read: async () => ({ personas: null, settings: {} }),
  write: async () => undefined,
};
const self = { id: 'glaneur-id', origin: 'chrome-extension://glaneur-id/' };
const page = { id: self.id, url: 'chrome-extension://glaneur-id/options.html' };
const contentScript = { id: self.id, url: 'https://example.org/', tab: { id: 4 } as never };

const persona: Persona = { ...emptyPersona('ux', 'UX'), values: [] };

async function setup() {
  const { repo } = await freshRepo();
  await personasItem.write({ schemaVersion: 1, personas: [persona], activeId: 'ux' });
  const saved: [string, Status, string][] = [
    ['a.example', 'client', 'Ressourcerie et atelier de réparation.'],
    ['b.example', 'client', 'Une ressourcerie de quartier.'],
    ['c.example', 'contacted', 'Agence de communication de quartier.'],
  ];
  const ids: string[] = [];
  for (const [domain, status, description] of saved) {
    const { prospect } = await repo.save(
      input(
        { name: v(domain), description: v(description), sourceUrl: `https://${domain}/` },
        { edits: { ...input({}).edits, status, notes: 'ressourcerie privée' } },
      ),
    );
    ids.push(prospect.id);
  }
  const handlers = createHandlers(async () => repo, parts);
  const send = (type: string, payload: unknown, sender: object = page) =>
    dispatch(handlers, { type, payload } as never, sender as never, self) as Promise<{
      ok: boolean;
      data?: never;
      code?: string;
    }>;
  return { repo, ids, send };
}

describe('learn messages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('suggests what the clients share, names where it came from, and forgets a dismissed term', async () => {
    const { send, ids } = await setup();
    const reply = await send('learn.suggest', { personaId: 'ux' });
    expect(reply.ok).toBe(true);
    const data = reply.data as unknown as {
      clients: number;
      others: number;
      terms: { key: string; prospectIds: string[]; quotes: { quote: string }[] }[];
      names: Record<string, string>;
    };
    expect(data).toMatchObject({ clients: 2, others: 1 });
    const ressourcerie = data.terms.find((t) => t.key === termKey('ressourcerie'))!;
    expect(ressourcerie.prospectIds).toEqual([ids[0], ids[1]]);
    expect(ressourcerie.quotes[0]!.quote).toBe('Ressourcerie et atelier de réparation.');
    expect(data.names[ids[0]!]).toBe('a.example');

    expect((await send('learn.dismiss', { key: termKey('ressourcerie') })).ok).toBe(true);
    const after = (await send('learn.suggest', { personaId: 'ux' })).data as unknown as {
      terms: { key: string }[];
    };
    expect(after.terms.map((t) => t.key)).not.toContain(termKey('ressourcerie'));
  });

  it('refuses an unknown persona, a malformed request and a content script', async () => {
    const { send } = await setup();
    expect((await send('learn.suggest', { personaId: 'nope' })).code).toBe('errorNotFound');
    expect((await send('learn.dismiss', { key: 42 })).code).toBe('errorBadMessage');
    expect((await send('learn.suggest', { personaId: 'ux' }, contentScript)).code).toBe(
      'errorForbiddenSender',
    );
  });

  it('marks a peer as a partner and keeps the ticked conversation criteria', async () => {
    const { send, repo, ids } = await setup();
    const reply = await send('prospect.mark', { id: ids[2], partner: true });
    expect(reply.ok).toBe(true);
    expect((await repo.get(ids[2]!))!.partner).toBe(true);
    await send('prospect.mark', { id: ids[2], checked: ['pays-late'] });
    const marked = (await repo.get(ids[2]!))!;
    expect(marked).toMatchObject({ partner: true, checked: ['pays-late'], status: 'contacted' });
    expect((await send('prospect.mark', { id: 'missing', partner: true })).code).toBe(
      'errorNotFound',
    );
  });
});

describe('prospects written by earlier releases', () => {
  it('read unchanged, with no partner mark and nothing ticked', () => {
    const sample = JSON.parse(readFileSync('tests/fixtures/upgrade/release-1.json', 'utf8')) as {
      indexedDB: { prospects: unknown[] };
    };
    for (const record of sample.indexedDB.prospects) {
      const current = upgradeProspect(record);
      const parsed = ProspectSchema.parse(current);
      expect(parsed).toEqual(current);
      expect(parsed.partner).toBeUndefined();
      expect(parsed.checked).toBeUndefined();
    }
  });
});
