import { browser } from 'wxt/browser';
import type { BackupParts } from './handlers';

/**
 * Personas and settings as their modules keep them in browser.storage.local (keys "personas"
 * and "settings"): the backup carries them untouched.
 */
export const storageBackupParts: BackupParts = {
  async read() {
    const found = await browser.storage.local.get(['personas', 'settings']);
    return {
      personas: Array.isArray(found.personas) ? (found.personas as Record<string, unknown>[]) : [],
      settings: (found.settings ?? {}) as Record<string, unknown>,
    };
  },
  async write({ personas, settings }) {
    await browser.storage.local.set({ personas, settings });
  },
};
