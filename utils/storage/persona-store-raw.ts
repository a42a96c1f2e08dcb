import { browser } from 'wxt/browser';

/** Where the personas are kept in storage.local (the item is defined in local.ts). */
export const PERSONAS_KEY = 'personas';

/**
 * The persona store as kept, unvalidated: the popup's entry reads it before the rest of its code
 * (and the schemas) has loaded; activePersona in utils/active-persona.ts validates it.
 */
export async function readPersonaStore(): Promise<unknown> {
  const all = await browser.storage.local.get(PERSONAS_KEY);
  return all[PERSONAS_KEY];
}
