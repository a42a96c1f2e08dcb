/**
 * The list's search in real Chromium with the production build and 50,000 prospects in the
 * extension's IndexedDB: from the input event of a keystroke to the table updated and laid out
 * (Preact's commit, then a forced layout), on the page's own clock. The Node figure of
 * list.bench.ts renders into linkedom, far slower than a browser's DOM; this is what a user gets.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { generateProspects } from './generate-prospects';
import { quantile, type Benchmark } from './measure';

const COUNT = 50_000;
const CHUNK = 5_000;
const EXTENSION = resolve('.output/chrome-mv3');
const TYPED = ['lyon', 'COLIBRI', 'besancon', 'rappeler mardi', 'salon', 'zzz'];

const bench: Benchmark = async () => {
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
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker');
    const listUrl = `chrome-extension://${new URL(sw.url()).host}/prospects.html`;
    const first = await context.newPage();
    await first.goto(listUrl); // creates the database with its schema
    await first.getByTestId('list-count').waitFor();
    await first.close();
    // The prospects are written from the service worker: the list page's heap then holds only
    // what the page itself loads, as it would for a user (extension pages share one heap).
    const prospects = generateProspects(COUNT);
    for (let i = 0; i < COUNT; i += CHUNK) {
      await sw.evaluate(
        async (chunk) => {
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
        prospects.slice(i, i + CHUNK),
      );
    }
    const page = await context.newPage();
    await page.goto(listUrl);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="list-count"]')?.textContent?.includes(n),
      String(COUNT),
      { timeout: 120_000 },
    );
    const times = await page.evaluate(async (words) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="search"]')!;
      const out: number[] = [];
      for (const word of ['warm', ...words, ...words, ...words]) {
        for (let i = 1; i <= word.length; i++) {
          const start = performance.now();
          input.value = word.slice(0, i);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((r) => setTimeout(r, 0)); // Preact renders in a microtask
          void document.body.offsetHeight; // and the browser lays the table out
          if (word !== 'warm') out.push(performance.now() - start);
        }
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 50));
      }
      return out;
    }, TYPED);
    times.sort((a, b) => a - b);
    return [
      {
        metric: 'list.search-keystroke.chromium',
        value: Math.round(quantile(times, 0.95) * 10) / 10,
        note: `p95 of ${times.length} keystrokes (${TYPED.length} words typed 3 times); median ${quantile(times, 0.5).toFixed(1)} ms`,
      },
    ];
  } finally {
    await context.close();
  }
};
export default bench;
