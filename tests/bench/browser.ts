/**
 * What the Chromium benches share: the production build loaded in a headless Chromium, and
 * prospects written into its IndexedDB from the service worker (so a page's heap holds only
 * what the page itself loads, as it would for a user).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import type { Prospect } from '@/utils/model/prospect';

const EXTENSION = resolve('.output/chrome-mv3');
const CHUNK = 5_000;

/** Builds, launches, stores `prospects`; `base` is the extension's origin. */
export async function launchWithProspects(
  prospects: readonly Prospect[],
): Promise<{ context: BrowserContext; base: string }> {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    return { context, base: await store(context, prospects) };
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function store(context: BrowserContext, prospects: readonly Prospect[]): Promise<string> {
  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker');
  const base = `chrome-extension://${new URL(sw.url()).host}`;
  const first = await context.newPage();
  await first.goto(`${base}/prospects.html`); // creates the database with its schema
  await first.getByTestId('list-count').waitFor();
  await first.close();
  for (let i = 0; i < prospects.length; i += CHUNK) {
    // As JSON text: far quicker across the protocol than the objects themselves.
    await sw.evaluate(
      async (json) => {
        const chunk = JSON.parse(json) as unknown[];
        const { promise, resolve, reject } = Promise.withResolvers<void>();
        const open = indexedDB.open('glaneur');
        open.onsuccess = () => {
          const tx = open.result.transaction('prospects', 'readwrite');
          for (const p of chunk) tx.objectStore('prospects').put(p);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        return promise;
      },
      JSON.stringify(prospects.slice(i, i + CHUNK)),
    );
  }
  return base;
}
