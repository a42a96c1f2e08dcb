import type { Handlers } from '../messaging';
import { prospectsToCsv } from '../csv/export';
import type { ProspectRepository } from '../storage/prospects';
import { downloadText } from './download';
import { socialHandlers } from './social';
import { createPersonaHandlers } from './personas';

/** The background's answers to every message of the protocol. */
export function createHandlers(repo: () => Promise<ProspectRepository>): Handlers {
  return {
    ...createPersonaHandlers(),
    'prospect.lookup': async ({ draft }) => ({
      prospect: (await (await repo()).findByDraft(draft)) ?? null,
    }),
    'prospect.save': async (input) => (await repo()).save(input),
    'prospect.list': async () => ({
      prospects: (await (await repo()).list()).map((p) => ({
        id: p.id,
        name: p.organisation.name?.value ?? p.organisation.domain?.value ?? '',
        status: p.status,
        createdAt: p.createdAt,
        updatedAt: p.updatedAt,
      })),
    }),
    'prospect.delete': async ({ id }) => ({ deleted: await (await repo()).delete(id) }),
    'csv.export': async () => {
      const prospects = await (await repo()).list();
      const filename = `glaneur-prospects-${new Date().toISOString().slice(0, 10)}.csv`;
      await downloadText(filename, prospectsToCsv(prospects), 'text/csv;charset=utf-8');
      return { filename, rows: prospects.length };
    },
    ...socialHandlers(),
  };
}
