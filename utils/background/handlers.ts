import type { Handlers } from '../messaging';
import { MessageError } from '../messaging';
import { makeBackup, prospectDataExport, readBackup } from '../csv/backup';
import { prospectsToCsv } from '../csv/export';
import { parseProspectCsv } from '../csv/import';
import { planImport, planSaves } from '../csv/plan';
import { prospectsToXlsx } from '../csv/xlsx';
import { PROFILES } from '../csv/profiles';
import { localDay } from '../day';
import { planOutcome } from '../plan';
import { planItem } from '../storage/local';
import type { ProspectRepository } from '../storage/prospects';
import { downloadText } from './download';
import { socialHandlers } from './social';
import { createPersonaHandlers } from './personas';
import { createRescorer } from './rescore-worker';
import { createLearnHandlers } from './learn';
import { createReviewHandlers } from './review';
import { createTodayHandlers } from './today';
import { createRegistry } from './registry';

const CSV_MIME = 'text/csv;charset=utf-8';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Personas and settings live with their own modules; the backup only carries them. */
export interface BackupParts {
  read(): Promise<{ personas: unknown; settings: Record<string, unknown> }>;
  write(parts: { personas: unknown; settings: Record<string, unknown> }): Promise<void>;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The background's answers to every message of the protocol. */
export function createHandlers(
  repo: () => Promise<ProspectRepository>,
  backupParts: BackupParts,
): Handlers {
  const found = async (id: string) => {
    const p = await (await repo()).get(id);
    if (!p) throw new MessageError('errorNotFound', id);
    return p;
  };
  const rescorer = createRescorer(repo);
  const registry = createRegistry(repo);
  return {
    ...createPersonaHandlers(undefined, rescorer.personasChanged),
    ...registry.handlers,
    ...createLearnHandlers(repo),
    ...createReviewHandlers(repo),
    ...createTodayHandlers(repo),
    'prospect.lookup': async ({ draft }) => {
      const { prospect, erasedAt } = await (await repo()).lookup(draft);
      return { prospect: prospect ?? null, ...(erasedAt ? { erasedAt } : {}) };
    },
    'prospect.save': async (input) => {
      const saved = await (await repo()).save(input);
      if (!input.qualification) return saved;
      return { ...saved, prospect: await rescorer.saved(saved.prospect) };
    },
    'prospect.replace': async ({ prospect }) => {
      await found(prospect.id);
      return { prospect: await (await repo()).replace(prospect) };
    },
    'activity.log': async ({ id, activity, status }) => {
      await found(id);
      const plan = activity.outcome
        ? planOutcome(
            activity.outcome,
            localDay(new Date(activity.at)),
            activity.on,
            await planItem.read(),
          )
        : undefined;
      const withStatus = plan && status ? { ...plan, status } : plan;
      const entry = { ...activity, id: crypto.randomUUID() };
      const prospect = await (await repo()).logActivity(id, entry, withStatus);
      if (!prospect) throw new MessageError('errorNotFound', id);
      return { prospect };
    },
    'prospect.bulkUpdate': async ({ ids, patch }) => ({
      count: (await (await repo()).update(ids, patch)).length,
    }),
    'prospect.deleteMany': async ({ ids }) => {
      const undoId = await (await repo()).delete(ids);
      return { count: undoId ? ids.length : 0, ...(undoId ? { undoId } : {}) };
    },
    'prospect.merge': async ({ keepId, otherId }) => {
      await Promise.all([found(keepId), found(otherId)]);
      return (await repo()).merge(keepId, otherId);
    },
    'prospect.undo': async ({ undoId }) => ({ undone: await (await repo()).undo(undoId) }),
    'prospect.erase': async ({ ids }) => ({ count: await (await repo()).erase(ids) }),
    'prospect.eraseAll': async () => {
      await (await repo()).eraseAll();
      return {};
    },
    'prospect.purgeStale': async () => {
      const r = await repo();
      return { count: await r.erase((await r.stale()).map((p) => p.id)) };
    },
    'prospect.exportOne': async ({ id }) => {
      const filename = `glaneur-prospect-${id}.json`;
      const data = prospectDataExport(await found(id));
      await downloadText(filename, JSON.stringify(data, null, 2), 'application/json');
      return { filename };
    },
    'csv.export': async ({ profile, columns, ids, format }) => {
      const r = await repo();
      const all = ids
        ? (await Promise.all(ids.map((id) => r.get(id)))).flatMap((p) => p ?? [])
        : await r.list();
      const xlsx = format === 'xlsx';
      const filename = `glaneur-prospects-${today()}.${xlsx ? 'xlsx' : 'csv'}`;
      await (xlsx
        ? downloadText(filename, prospectsToXlsx(all, PROFILES[profile], columns), XLSX_MIME)
        : downloadText(filename, prospectsToCsv(all, PROFILES[profile], columns), CSV_MIME));
      return { filename, rows: all.length };
    },
    'csv.import': async ({ text, mapping, choices, fallback }) => {
      const preview = parseProspectCsv(text, mapping);
      const now = new Date();
      const r = await repo();
      const plan = planImport(preview.rows, await r.list(), now);
      const { ids, ...saved } = await r.saveMany(planSaves(plan, choices, fallback), now);
      await registry.afterImport(ids);
      return { ...saved, rejected: preview.errors.length };
    },
    'backup.export': async () => {
      const r = await repo();
      const backup = makeBackup({
        prospects: await r.list(),
        suppression: await r.suppressionList(),
        salt: await r.salted(),
        ...(await backupParts.read()),
      });
      const filename = `glaneur-backup-${today()}.json`;
      await downloadText(filename, JSON.stringify(backup), 'application/json');
      return { filename };
    },
    'backup.restore': async ({ text }) => {
      let backup;
      try {
        backup = readBackup(text);
      } catch (error) {
        throw new MessageError('errorBadBackup', String((error as Error).message));
      }
      await (await repo()).restore(backup.prospects, backup.suppression, backup.salt);
      await backupParts.write({ personas: backup.personas, settings: backup.settings });
      // Its personas, or ours, may not be those its scores were made against.
      await rescorer.restored(backup.prospects);
      return { count: backup.prospects.length };
    },
    ...socialHandlers(),
  };
}
