/**
 * The Today page's reads, by the call list's indexes: a page of rows and the counts, never the
 * whole list.
 */
import type { Handlers } from '../messaging';
import { personasItem } from '../storage/local';
import type { ProspectRepository } from '../storage/prospects';
import { dayProgress, todayRow } from '../today-rows';

async function targetRoles(): Promise<string[]> {
  const store = await personasItem.read();
  return store?.personas.find((p) => p.id === store.activeId)?.targetRoles ?? [];
}

/** The background's answers to the Today page. */
export function createTodayHandlers(
  repo: () => Promise<ProspectRepository>,
): Pick<Handlers, 'today.due' | 'today.candidates'> {
  return {
    'today.due': async ({ day, limit }) => {
      const r = await repo();
      // Her local midnight: what changed since may hold today's calls.
      const since = new Date(`${day}T00:00:00`).toISOString();
      const [due, changed, roles] = await Promise.all([
        r.callsDue(day, limit),
        r.updatedSince(since),
        targetRoles(),
      ]);
      return {
        rows: due.prospects.map((p) => todayRow(p, roles)),
        total: due.total,
        roles,
        progress: dayProgress(changed, day),
      };
    },
    'today.candidates': async ({ limit }) => {
      const [{ prospects, total }, roles] = await Promise.all([
        (await repo()).candidates(limit),
        targetRoles(),
      ]);
      return { rows: prospects.map((p) => todayRow(p, roles)), total };
    },
  };
}
