/**
 * The list's search in real Chromium with the production build and 50,000 prospects in the
 * extension's IndexedDB: from the input event of a keystroke to the table updated and laid out
 * (Preact's commit, then a forced layout), on the page's own clock. The Node figure of
 * list.bench.ts renders into linkedom, far slower than a browser's DOM; this is what a user gets.
 */
import { launchWithProspects } from './browser';
import { generateProspects } from './generate-prospects';
import { quantile, type Benchmark } from './measure';

const COUNT = 50_000;
const TYPED = ['lyon', 'COLIBRI', 'besancon', 'rappeler mardi', 'salon', 'zzz'];

const bench: Benchmark = async () => {
  const { context, base } = await launchWithProspects(generateProspects(COUNT));
  const listUrl = `${base}/prospects.html`;
  try {
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
