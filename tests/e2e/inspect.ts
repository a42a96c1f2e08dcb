/// <reference types="chrome" />
/**
 * What e2e specs check beside the UI: the stored prospects, the downloaded file, and axe's
 * verdict on a page.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import type { Prospect } from '../../utils/model/prospect';
import { expect } from './fixtures';

/**
 * Every prospect in IndexedDB, read from the service worker or any extension page (they share
 * the extension's origin) — straight from the database, not through the UI under test.
 */
export function storedProspects(where: Page | Worker): Promise<Prospect[]> {
  // Page and Worker evaluate alike; TypeScript cannot call a union of their overloads.
  return (where as Page).evaluate(async () => {
    const { promise, resolve, reject } = Promise.withResolvers<Prospect[]>();
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
    return promise;
  });
}

/** The bytes of the first completed download, as the browser wrote them to disk. */
export async function downloadedBytes(sw: Worker): Promise<Buffer> {
  const path = await sw.evaluate(async () => {
    for (let i = 0; i < 100; i++) {
      const [item] = await chrome.downloads.search({ state: 'complete' });
      if (item) return item.filename;
      await new Promise((r) => setTimeout(r, 100));
    }
    return '';
  });
  return readFileSync(path);
}

/** No WCAG 2 A/AA violation on the page, as axe-core sees it. */
export async function expectNoViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
