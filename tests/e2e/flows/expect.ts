/**
 * Expectations on a page, polled until they hold (the UI updates asynchronously), each failure
 * naming the browser and the element.
 */
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { describe } from '../drivers/locate';
import type { Driver, Seen, Target, Ui } from './driver';
import type { Prospect } from '../../../utils/model/prospect';

export { expect };

export function checks(driver: Driver, ui: Ui) {
  const poll = <T>(t: Target, pick: (s: Seen) => T, what: string) =>
    expect.poll(async () => pick(await ui.see(t)), {
      message: `${driver.name} (${driver.language}): ${what} of ${describe(t)}`,
    });
  // A failed wait says what the page showed instead, which a trace from CI may not.
  const shown = async (wait: Promise<void>) => {
    try {
      await wait;
    } catch (error) {
      const text = await ui
        .evaluate(
          () => document.body?.innerText.replace(/\s+/g, ' ').slice(0, 600) ?? '',
          undefined,
        )
        .catch(() => '(the page is gone)');
      if (error instanceof Error) error.message += `\n\nThe page showed: ${text}`;
      throw error;
    }
  };
  return {
    text: (t: Target, want: string | RegExp) =>
      shown(
        typeof want === 'string'
          ? poll(t, (s) => s.text, 'text').toBe(want)
          : poll(t, (s) => s.text, 'text').toMatch(want),
      ),
    contains: (t: Target, want: string) => shown(poll(t, (s) => s.text, 'text').toContain(want)),
    texts: (t: Target, want: string[]) => shown(poll(t, (s) => s.texts, 'texts').toEqual(want)),
    value: (t: Target, want: string) => shown(poll(t, (s) => s.value, 'value').toBe(want)),
    count: (t: Target, want: number) => shown(poll(t, (s) => s.count, 'count').toBe(want)),
    visible: (t: Target) => shown(poll(t, (s) => s.visible, 'visibility').toBe(true)),
    attribute: (t: Target, name: string, want: string | RegExp) =>
      shown(
        typeof want === 'string'
          ? poll(t, (s) => s.attributes[name], name).toBe(want)
          : poll(t, (s) => s.attributes[name] ?? '', name).toMatch(want),
      ),
  };
}

/** Every prospect in IndexedDB, straight from the database: run it in an extension page. */
export const allProspectsInPage = () =>
  new Promise<Prospect[]>((resolve, reject) => {
    const open = indexedDB.open('glaneur');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('prospects').objectStore('prospects').getAll();
      all.onsuccess = () => {
        open.result.close();
        resolve(all.result as Prospect[]);
      };
      all.onerror = () => reject(all.error);
    };
  });

/** Every prospect in IndexedDB, read from an extension page (the extension's origin). */
export const storedProspects = (page: Ui) => page.evaluate(allProspectsInPage, undefined);

/** The bytes of the latest completed download, as the browser wrote them to disk. */
export async function downloadedBytes(page: Ui): Promise<Buffer> {
  const path = await page.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    for (let i = 0; i < 100; i++) {
      const [item] = await api.downloads.search({
        state: 'complete',
        orderBy: ['-startTime'],
        limit: 1,
      });
      if (item) return item.filename;
      await new Promise((r) => setTimeout(r, 100));
    }
    return '';
  }, undefined);
  expect(path, 'a completed download').not.toBe('');
  return readFileSync(path);
}

/**
 * What scripting.executeScript says on `tabId`, from an extension page: undefined when it ran,
 * else the browser's error (no host permission before the toolbar click).
 */
export function injectionError(page: Ui, tabId: number): Promise<string | undefined> {
  return page.evaluate(async (id) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    try {
      await api.scripting.executeScript({ target: { tabId: id }, func: () => document.title });
      return undefined;
    } catch (error) {
      return String((error as Error).message ?? error);
    }
  }, tabId);
}

/** Every record of every IndexedDB store of the extension, with its key, read in `page`. */
export const databaseDump = (page: Ui) =>
  page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((ok, ko) => {
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
    const dump: Record<string, Record<string, { keys: unknown[]; values: unknown[] }>> = {};
    for (const { name } of await indexedDB.databases()) {
      const db = await request(indexedDB.open(name!));
      dump[name!] = {};
      for (const store of db.objectStoreNames) {
        const s = db.transaction(store).objectStore(store);
        dump[name!]![store] = {
          keys: await request(s.getAllKeys()),
          values: await request(s.getAll()),
        };
      }
      db.close();
    }
    return dump;
  }, undefined);
