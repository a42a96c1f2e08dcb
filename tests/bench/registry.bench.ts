/**
 * A whole-file lookup in the national directory, in real Chromium with the production build:
 * a CSV of prospects with a SIREN imported on the list page starts it; the local stand-in of the
 * API (HTTPS, at its real hostname) records when each request arrives. Measured: the rate over
 * the run, the most requests in any one-second window (server side, sliding), and the list's
 * search keystroke (input event → table laid out, page clock) typed all along the run.
 * GLANEUR_BENCH_REGISTRY_COUNT sets the number of prospects (default 1,000, ≈ 2.5 min at 7/s).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REGISTRY_HOSTS } from '../../utils/registry/hosts';
import { launchWithSocialAccess } from '../e2e/social-access';
import { entryLike, sirenFrom, startRegistryServer } from '../tools/registry-server';
import { quantile, type Benchmark } from './measure';

const COUNT = Number(process.env.GLANEUR_BENCH_REGISTRY_COUNT ?? 1000);
const CERTS = resolve(import.meta.dirname, '../e2e/certs');
const TYPED = ['essai', 'société 12', 'zzz', 'paris'];

/** The most timestamps (ms, sorted) that fall within any window of `ms`. */
function busiestWindow(times: readonly number[], ms: number): number {
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= ms) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

const bench: Benchmark = async () => {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  const known = Array.from({ length: COUNT }, (_, i) => ({
    siren: sirenFrom(70_000_000 + i),
    name: `Société Essai ${i + 1}`,
  }));
  const registry = await startRegistryServer(
    0,
    known.map((k) => entryLike(k.siren, k.name.toUpperCase(), '75011')),
    {
      key: readFileSync(resolve(CERTS, 'registry-key.pem')),
      cert: readFileSync(resolve(CERTS, 'registry-cert.pem')),
    },
  );
  const port = new URL(registry.url).port;
  const context = await launchWithSocialAccess(
    [
      `--host-resolver-rules=MAP recherche-entreprises.api.gouv.fr 127.0.0.1:${port}`,
      '--ignore-certificate-errors',
    ],
    'fr-FR',
    REGISTRY_HOSTS,
  );
  try {
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker');
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(sw.url()).host}/prospects.html`);
    const csv = ['Nom;Code postal;SIREN', ...known.map((k) => `${k.name};75011;${k.siren}`)];
    await page.getByText('Import, sauvegarde et confidentialité').click();
    await page.getByTestId('import-file').setInputFiles({
      name: 'prospects.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv.join('\n') + '\n'),
    });
    await page.getByRole('button', { name: `Importer ${COUNT} lignes` }).click();
    await page.getByTestId('registry-queue-progress').waitFor({ timeout: 60_000 });

    // Type in the search box until the lookup is over, as she would while it runs.
    const { times, fullReads, prospectReads } = await page.evaluate(async (words) => {
      // Count the page's reads of the prospects store: whole-store reads and single prospects.
      let fullReads = 0;
      let prospectReads = 0;
      const { getAll, get } = IDBObjectStore.prototype;
      IDBObjectStore.prototype.getAll = function (...args) {
        if (this.name === 'prospects') fullReads++;
        return getAll.apply(this, args);
      };
      IDBObjectStore.prototype.get = function (...args) {
        if (this.name === 'prospects') prospectReads++;
        return get.apply(this, args);
      };
      const input = document.querySelector<HTMLInputElement>('[data-testid="search"]')!;
      const progress = document.querySelector<HTMLElement>(
        '[data-testid="registry-queue-progress"]',
      )!;
      const out: number[] = [];
      while (progress.dataset.status === 'running') {
        for (const word of words) {
          for (let i = 1; i <= word.length; i++) {
            const start = performance.now();
            input.value = word.slice(0, i);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await new Promise((r) => setTimeout(r, 0)); // Preact renders in a microtask
            void document.body.offsetHeight; // and the browser lays the table out
            out.push(performance.now() - start);
            await new Promise((r) => setTimeout(r, 150)); // a typist's pace
          }
          input.value = '';
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((r) => setTimeout(r, 300));
        }
      }
      return { times: out, fullReads, prospectReads };
    }, TYPED);
    const summary = await page.getByTestId('registry-queue-summary').innerText();
    const arrivals = registry.requests.map((r) => r.at).sort((a, b) => a - b);
    const seconds = (arrivals.at(-1)! - arrivals[0]!) / 1000;
    const rate = (arrivals.length - 1) / seconds;
    const gaps = arrivals.slice(1).map((t, i) => t - arrivals[i]!);
    times.sort((a, b) => a - b);
    const env = `${COUNT} prospects, ${arrivals.length} requests; ${summary}`;
    return [
      {
        metric: 'registry.per-1000',
        value: Math.round((1000 / rate) * 10) / 10,
        note: `${rate.toFixed(2)} requests/s, first to last request ${seconds.toFixed(1)} s; ${env}`,
      },
      {
        metric: 'registry.busiest-second',
        value: busiestWindow(arrivals, 1000),
        note: `most requests arriving in any sliding 1,000 ms window (server clock); shortest gap between two ${Math.min(...gaps)} ms, at most ${registry.mostAtOnce()} being answered at once`,
      },
      {
        metric: 'registry.search-keystroke.chromium',
        value: Math.round(quantile(times, 0.95) * 10) / 10,
        note: `p95 of ${times.length} keystrokes during the lookup; median ${quantile(times, 0.5).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms; the page read the whole list ${fullReads} times and ${prospectReads} single prospects meanwhile`,
      },
    ];
  } finally {
    await context.close();
    await registry.close();
  }
};
export default bench;
