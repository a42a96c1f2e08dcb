import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, type BackupParts } from '@/utils/background/handlers';
import { parseProspectCsv } from '@/utils/csv/import';
import { DEFAULT_BASE_URL } from '@/utils/registry/client';
import { REGISTRY_HOSTS } from '@/utils/registry/hosts';
import { registryImportOfferItem } from '@/utils/storage/local';
import { freshRepo } from '../storage/helpers';
import { startRegistryServer, type RegistryServer } from '../../tools/registry-server';

const parts: BackupParts = {
  read: async () => ({ personas: null, settings: {} }),
  write: async () => undefined,
};

// A SIREN with a name she typed, a name and postcode, and a row with nothing to ask about.
const FILE =
  'Nom;Code postal;SIREN\nLes Communs;;912345675\nBoulangerie du Pont;69001;\nSans identifiant;;\n';

let server: RegistryServer;
beforeAll(async () => {
  server = await startRegistryServer();
});
afterAll(() => server.close());

let granted: boolean;
beforeEach(() => {
  fakeBrowser.reset();
  server.reset();
  granted = false;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(
    async ({ origins = [] }) => granted && origins.every((o) => REGISTRY_HOSTS.includes(o)),
  );
  // The shipped client, sent to the local stand-in instead of the real API.
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) =>
    realFetch(url.replace(DEFAULT_BASE_URL, server.url), init),
  );
});

async function importFile() {
  const { repo } = await freshRepo();
  const handlers = createHandlers(async () => repo, parts);
  const { mapping } = parseProspectCsv(FILE);
  const result = await handlers['csv.import']({ text: FILE, mapping }, {});
  const done = async () => {
    for (let i = 0; i < 300; i++) {
      const { progress } = await handlers['registry.status']({}, {});
      if (progress.status !== 'running') return progress;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('the lookup did not finish');
  };
  return { repo, handlers, result, done };
}

describe('after an import', () => {
  it('the directory on: the prospects with a SIREN or a name and postcode are looked up', async () => {
    granted = true;
    const { repo, result, done } = await importFile();
    expect(result).toEqual({ created: 3, merged: 0, rejected: 0 });
    const progress = await done();
    expect(progress).toMatchObject({ status: 'done', total: 2, pending: 0, found: 1 });
    expect([progress.ambiguous, progress.notFound, progress.failed]).toEqual([1, 0, 0]);
    expect(server.requests.map((r) => r.query.get('q'))).toEqual([
      '912345675',
      'Boulangerie du Pont',
    ]);
    const communs = (await repo.list()).find((p) => p.organisation.siren?.value === '912345675')!;
    expect(communs.organisation.name?.value).toBe('Les Communs');
    expect(communs.organisation.legalName?.value).toBe('ATELIER DES COMMUNS');
    expect(await registryImportOfferItem.read()).toBeNull();
  });

  it('the directory off: nothing is sent, the list offers the lookup, accepted once it is on', async () => {
    const { repo, handlers, done } = await importFile();
    const offered = await registryImportOfferItem.read();
    const lookable = (await repo.list()).filter(
      (p) => p.organisation.name?.value !== 'Sans identifiant',
    );
    expect(offered?.sort()).toEqual(lookable.map((p) => p.id).sort());
    expect(server.requests).toHaveLength(0);

    // Accepted but the browser refused the permission: the offer stays, nothing is sent.
    expect(await handlers['registry.importOffer']({ accept: true }, {})).toMatchObject({
      skipped: 2,
    });
    expect(await registryImportOfferItem.read()).toEqual(offered);
    expect(server.requests).toHaveLength(0);

    granted = true;
    await handlers['registry.importOffer']({ accept: true }, {});
    expect(await done()).toMatchObject({ status: 'done', total: 2, found: 1, ambiguous: 1 });
    expect(await registryImportOfferItem.read()).toBeNull();
  });

  it('declined, the offer goes and nothing is sent', async () => {
    const { handlers } = await importFile();
    expect(await registryImportOfferItem.read()).toHaveLength(2);
    await handlers['registry.importOffer']({ accept: false }, {});
    expect(await registryImportOfferItem.read()).toBeNull();
    expect(server.requests).toHaveLength(0);
  });

  it('a file with nothing to ask about offers nothing', async () => {
    const { repo } = await freshRepo();
    const handlers = createHandlers(async () => repo, parts);
    const text = 'Nom;Ville\nSans identifiant;Lyon\n';
    await handlers['csv.import']({ text, mapping: parseProspectCsv(text).mapping }, {});
    expect(await registryImportOfferItem.read()).toBeNull();
  });
});
