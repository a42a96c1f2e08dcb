import { browser } from 'wxt/browser';
import { bestOfItem, personasItem, rescoreItem } from '../storage/local';
import type { ProspectRepository } from '../storage/prospects';
import { Rescorer } from './rescore';

export const RESCORE_ALARM = 'glaneur:rescore';

/**
 * The background's re-scoring: its progress in storage.local, an alarm that wakes a stopped
 * worker while a run is unfinished, and a new run when "best of all my personas" is switched.
 */
export function createRescorer(
  repo: () => Promise<ProspectRepository>,
  api: Pick<typeof browser, 'alarms'> = browser,
): Rescorer {
  const rescorer = new Rescorer({
    repo,
    personas: async () => (await personasItem.read()) ?? { personas: [], activeId: null },
    bestOf: () => bestOfItem.read(),
    load: () => rescoreItem.read(),
    save: (state) => rescoreItem.write(state),
    now: () => new Date().toISOString(),
    newId: () => crypto.randomUUID(),
    onProgress: ({ status }) => {
      if (status === 'running') void api.alarms.create(RESCORE_ALARM, { periodInMinutes: 0.5 });
      else void api.alarms.clear(RESCORE_ALARM);
    },
  });
  void rescorer.restore();
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RESCORE_ALARM) void rescorer.restore();
  });
  bestOfItem.watch(() => void rescorer.start());
  return rescorer;
}
