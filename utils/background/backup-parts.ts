import { browser } from 'wxt/browser';
import { PERSONAS_KEY } from './personas';
import type { BackupParts } from './handlers';

/** Settings are the storage.local keys under this prefix (the CSV copy switch today). */
const SETTINGS_PREFIX = 'settings:';

/** Personas and settings as their modules keep them in browser.storage.local, carried as they are. */
export const storageBackupParts: BackupParts = {
  async read() {
    const all = await browser.storage.local.get(null);
    return {
      personas: all[PERSONAS_KEY] ?? null,
      settings: Object.fromEntries(
        Object.entries(all).filter(([key]) => key.startsWith(SETTINGS_PREFIX)),
      ),
    };
  },
  async write({ personas, settings }) {
    const keep = Object.entries(settings).filter(([key]) => key.startsWith(SETTINGS_PREFIX));
    await browser.storage.local.set({
      ...Object.fromEntries(keep),
      ...(personas === null || personas === undefined ? {} : { [PERSONAS_KEY]: personas }),
    });
  },
};
