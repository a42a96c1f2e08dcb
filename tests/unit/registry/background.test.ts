import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRegistry, QUEUE_ALARM } from '@/utils/background/registry';
import { dispatch, protocol, type Handlers, type ResponseOf } from '@/utils/messaging';
import { REGISTRY_HOSTS } from '@/utils/registry/hosts';
import { freshRepo, input, v } from '../storage/helpers';
import { startRegistryServer, type RegistryServer } from '../../tools/registry-server';
import { fakeClock } from './helpers';

let server: RegistryServer;
beforeAll(async () => {
  server = await startRegistryServer();
});
afterAll(() => server.close());
beforeEach(() => {
  fakeBrowser.reset();
  server.reset();
});

/** Background handlers whose host permission the test grants or withholds. */
async function setup(granted: boolean) {
  const { repo } = await freshRepo();
  const api = {
    permissions: {
      contains: async ({ origins }: { origins: string[] }) =>
        granted && origins.every((o) => REGISTRY_HOSTS.includes(o)),
    },
    alarms: fakeBrowser.alarms,
  } as unknown as Parameters<typeof createRegistry>[1];
  const registry = createRegistry(async () => repo, api, {
    baseUrl: server.url,
    clock: fakeClock(),
  });
  const handlers = registry.handlers as unknown as Handlers;
  const self = { id: 'glaneur', origin: 'chrome-extension://glaneur/' };
  const page = { id: 'glaneur', url: 'chrome-extension://glaneur/prospects.html' };
  const ask = async <
    K extends
      | 'registry.status'
      | 'registry.offer'
      | 'registry.lookup'
      | 'registry.queue.start'
      | 'registry.queue.control',
  >(
    type: K,
    payload: unknown,
  ) => {
    const reply = await dispatch(handlers, { type, payload }, page, self);
    if (!reply.ok) throw new Error(reply.code);
    return protocol[type].response.parse(reply.data) as ResponseOf<K>;
  };
  return { repo, handlers, ask, self };
}

const id = (value: string) => ({ ...v(value), valid: true });

describe('the directory in the background', () => {
  it('turned off (no permission): nothing is sent', async () => {
    const { ask, repo } = await setup(false);
    expect(await ask('registry.status', {})).toMatchObject({
      enabled: false,
      progress: { status: 'idle' },
    });
    expect(await ask('registry.lookup', { query: { id: '912345675' } })).toMatchObject({
      outcome: { status: 'error', code: 'disabled' },
    });
    const { prospect } = await repo.save(input({ siren: id('912345675') }));
    expect(await ask('registry.queue.start', { ids: [prospect.id] })).toMatchObject({ skipped: 1 });
    expect(server.requests).toHaveLength(0);
  });

  it('offers to turn the directory on once ever, and never while it is on', async () => {
    expect(await (await setup(true)).ask('registry.offer', {})).toEqual({ show: false });
    const { ask } = await setup(false);
    expect(await ask('registry.offer', {})).toEqual({ show: true });
    expect(await ask('registry.offer', {})).toEqual({ show: false });
    expect(server.requests).toHaveLength(0);
  });

  it('a card lookup answers with a validated outcome', async () => {
    const { ask } = await setup(true);
    const { outcome } = await ask('registry.lookup', { query: { id: '775678907' } });
    expect(outcome.status === 'found' && outcome.match.facts.flags.association).toBe(true);
    expect(server.requests[0]!.query.get('q')).toBe('775678907');
  });

  it('refuses content scripts', async () => {
    const { handlers, self } = await setup(true);
    const fromTab = { id: 'glaneur', tab: { id: 3 } as never, url: 'https://example.org/' };
    const reply = await dispatch(
      handlers,
      { type: 'registry.lookup', payload: { query: { id: '775678907' } } },
      fromTab,
      self,
    );
    expect(reply).toMatchObject({ ok: false, code: 'errorForbiddenSender' });
  });

  it('looks up a selection of saved prospects, keeps what she typed, and sums up', async () => {
    const { ask, repo } = await setup(true);
    const typed = await repo.save(
      input(
        {
          name: v('Les Communs', 'user'),
          legalName: v('Les Communs SAS', 'user'),
          siren: id('912345675'),
        },
        { userEdited: ['legalName'] },
      ),
    );
    const byName = await repo.save(
      input({
        name: v('Boulangerie du Pont'),
        website: v('https://bdp.example/'),
        address: { ...v(''), value: { postalCode: '69001' } },
      }),
    );
    const nothing = await repo.save(
      input({ name: v('Sans identifiant'), website: v('https://rien.example/') }),
    );
    const started = await ask('registry.queue.start', {
      ids: [typed.prospect.id, byName.prospect.id, nothing.prospect.id],
    });
    expect(started.skipped).toBe(1);
    let status = started.progress;
    for (let i = 0; i < 200 && status.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 10));
      status = (await ask('registry.status', {})).progress;
    }
    expect(status).toEqual({
      status: 'done',
      total: 2,
      pending: 0,
      found: 1,
      ambiguous: 1,
      notFound: 0,
      failed: 0,
    });
    const after = (await repo.get(typed.prospect.id))!;
    expect(after.organisation.legalName?.value).toBe('Les Communs SAS');
    expect(after.organisation.registry).toMatchObject({ active: true, flags: { ess: true } });
    expect(after.organisation.vat?.value).toBe('FR65912345675');
    expect(await fakeBrowser.alarms.get(QUEUE_ALARM)).toBeUndefined();
  });
});
