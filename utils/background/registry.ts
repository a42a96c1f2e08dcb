/**
 * The national directory in the background: the only place that asks it, only while its host
 * permission is granted, through one rate limiter shared by the cards and the whole-file queue.
 * The queue lives in storage.local; a stopped worker resumes it when it starts again (an alarm
 * wakes it while a lookup is running). After an import, the prospects that can be looked up are,
 * if the directory is on; otherwise the list offers it.
 */
import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging';
import type { Prospect } from '../model/prospect';
import type { ProspectRepository } from '../storage/prospects';
import { registryImportOfferItem, registryOfferedItem, registryQueueItem } from '../storage/local';
import { applyMatch } from '../registry/apply';
import { queryFor } from '../registry/fields';
import { createClient, type ClientOptions } from '../registry/client';
import { REGISTRY_HOSTS } from '../registry/hosts';
import { lookup } from '../registry/lookup';
import { LookupQueue } from '../registry/queue';
import type { RegistryQuery } from '../registry/wire';

export const QUEUE_ALARM = 'glaneur:registry-queue';

type Api = Pick<typeof browser, 'permissions' | 'alarms'>;
type RegistryHandlers = Pick<
  Handlers,
  | 'registry.status'
  | 'registry.offer'
  | 'registry.lookup'
  | 'registry.queue.start'
  | 'registry.importOffer'
  | 'registry.queue.control'
  | 'registry.queue.choose'
>;

const today = () => new Date().toISOString().slice(0, 10);

/** Those that have something to ask: a SIREN/SIRET, or a name and postcode. */
const lookable = (prospects: (Prospect | undefined)[]) =>
  prospects.flatMap((p) => {
    const query = p && queryFor(p.organisation);
    return query ? [{ prospectId: p.id, query }] : [];
  });

export interface Registry {
  handlers: RegistryHandlers;
  /** Just imported (created or merged): looked up if the directory is on, else offered. */
  afterImport(ids: string[]): Promise<void>;
}

export function createRegistry(
  repo: () => Promise<ProspectRepository>,
  api: Api = browser,
  client: ClientOptions = {},
): Registry {
  const ask = createClient(client);
  const enabled = () => api.permissions.contains({ origins: REGISTRY_HOSTS });
  const guarded = async (query: RegistryQuery, signal?: AbortSignal) =>
    (await enabled())
      ? lookup(ask, query, today(), signal)
      : ({ status: 'error', code: 'disabled', error: 'the directory is turned off' } as const);

  let alarmFor: string | undefined;
  const queue = new LookupQueue({
    store: {
      load: () => registryQueueItem.read(),
      save: (state) => registryQueueItem.write(state),
    },
    lookup: guarded,
    apply: async (found) => {
      const at = new Date().toISOString();
      const matches = new Map(found.map((f) => [f.prospectId, f.match]));
      return (await repo()).rewrite(
        [...matches.keys()],
        (p) => applyMatch(p, matches.get(p.id)!, at).prospect,
      );
    },
    now: () => new Date().toISOString(),
    // The alarm that wakes a stopped worker, set when the lookup starts and cleared when it stops.
    onProgress: ({ status }) => {
      if (status === alarmFor) return;
      alarmFor = status;
      if (status === 'running') void api.alarms.create(QUEUE_ALARM, { periodInMinutes: 0.5 });
      else void api.alarms.clear(QUEUE_ALARM);
    },
  });
  void queue.restore();
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === QUEUE_ALARM) void queue.restore();
  });

  const start = async (ids: string[]) => {
    if (!(await enabled())) return { progress: queue.progress(), skipped: ids.length };
    const r = await repo();
    const entries = lookable(await Promise.all(ids.map((id) => r.get(id))));
    return { progress: await queue.enqueue(entries), skipped: ids.length - entries.length };
  };

  const afterImport = async (ids: string[]) => {
    if (await enabled()) {
      await start(ids);
      return;
    }
    const imported = new Set(ids);
    const all = await (await repo()).list();
    const entries = lookable(all.filter((p) => imported.has(p.id)));
    await registryImportOfferItem.write(entries.length ? entries.map((e) => e.prospectId) : null);
  };

  const handlers: RegistryHandlers = {
    'registry.status': async () => ({ enabled: await enabled(), progress: queue.progress() }),
    'registry.offer': async () => {
      if ((await enabled()) || (await registryOfferedItem.read())) return { show: false };
      await registryOfferedItem.write(true);
      return { show: true };
    },
    'registry.lookup': async ({ query }) => ({ outcome: await guarded(query) }),
    'registry.queue.start': ({ ids }) => start(ids),
    'registry.importOffer': async ({ accept }) => {
      const ids = (await registryImportOfferItem.read()) ?? [];
      const started = accept ? await start(ids) : { progress: queue.progress(), skipped: 0 };
      if (!accept || (await enabled())) await registryImportOfferItem.write(null);
      return started;
    },
    'registry.queue.control': async ({ action }) => ({ progress: await queue[action]() }),
    'registry.queue.choose': async ({ prospectId, siren }) => ({
      progress: await queue.choose(prospectId, siren),
    }),
  };
  return {
    handlers,
    // The file is saved whatever happens here: a lookup that cannot start does not undo it.
    afterImport: (ids) =>
      afterImport(ids).catch((error: unknown) =>
        console.error('Glaneur: directory lookup after an import', error),
      ),
  };
}
