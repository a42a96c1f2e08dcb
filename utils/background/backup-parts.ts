import { personasItem, SETTINGS } from '../storage/local';
import type { BackupParts } from './handlers';

/** Personas and settings as storage.local keeps them, carried as they are. */
export const storageBackupParts: BackupParts = {
  async read() {
    const settings: Record<string, unknown> = {};
    for (const item of SETTINGS) {
      const value = await item.raw();
      if (value !== null) settings[item.key] = value;
    }
    return { personas: await personasItem.raw(), settings };
  },
  /** Settings the backup holds and this version knows, if valid; the personas as they are. */
  async write({ personas, settings }) {
    for (const item of SETTINGS) {
      if (!Object.hasOwn(settings, item.key)) continue;
      await item.write(settings[item.key]).catch(() => undefined);
    }
    if (personas !== null && personas !== undefined) await personasItem.writeRaw(personas);
  },
};
