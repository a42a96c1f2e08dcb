/**
 * The JSON backup of everything: prospects, the erasure list (and its salt, without which the
 * hashes are useless), personas and settings. Restoring it gives back the same data, byte for
 * byte once serialised again. Personas and settings belong to other modules: they are kept as
 * they are and validated by their owners when read.
 */
import { z } from '../zod';
import { StoredProspectSchema, type Prospect } from '../model/prospect';

export const BACKUP_FORMAT = 'glaneur-backup';

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  prospects: z.array(StoredProspectSchema),
  suppression: z.array(
    z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/), erasedAt: z.iso.datetime() }),
  ),
  salt: z.string().max(64).optional(),
  /** The persona store as its module keeps it (validated by that module when read). */
  personas: z.unknown(),
  settings: z.record(z.string(), z.unknown()),
});
export type Backup = z.infer<typeof BackupSchema>;

export function makeBackup(
  parts: Omit<Backup, 'format' | 'version' | 'exportedAt'>,
  now = new Date(),
): Backup {
  return { format: BACKUP_FORMAT, version: 1, exportedAt: now.toISOString(), ...parts };
}

/** Parse a backup file; throws a readable error for anything else. */
export function readBackup(text: string): Backup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('not a JSON file');
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error).slice(0, 500));
  return parsed.data;
}

/** One prospect's data, for the person or organisation who asks what is held about them. */
export function prospectDataExport(prospect: Prospect, now = new Date()) {
  return { format: 'glaneur-prospect', exportedAt: now.toISOString(), prospect };
}
