import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { launchWithSocialAccess } from '../e2e/social-access';
import { startSocialServer } from '../e2e/social-server';
import { spaGo } from '../e2e/spa';
import { quantile, type Benchmark } from './measure';

const RUNS = 30;
const WARMUP = 3;
const PAGES = [
  { path: '/in/claire-martin-lumen/', fixture: 'linkedin-person-fr', name: 'Claire Martin' },
  { path: '/company/atelier-lumen/', fixture: 'linkedin-company-fr', name: 'Atelier Lumen' },
];

/**
 * LinkedIn in-page navigation → side panel showing the new card, in real Chromium with the
 * production build: from history.pushState in the page to the panel's heading changing, both
 * timed on the browser's clock (the panel records the change itself, so Playwright's round trips
 * are not counted).
 */
const bench: Benchmark = async () => {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  const server = await startSocialServer({
    'www.linkedin.com/company/atelier-lumen/': 'linkedin-company-fr',
  });
  const context = await launchWithSocialAccess(server.chromiumArgs, 'fr-FR');
  try {
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker');
    const extensionId = new URL(sw.url()).host;
    const url = 'https://www.linkedin.com/company/atelier-lumen/';
    const tabId = await sw.evaluate((u) => chrome.tabs.create({ url: u }).then((t) => t.id!), url);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.getByTestId('card-name').filter({ hasText: 'Atelier Lumen' }).waitFor();
    const page = context.pages().find((p) => p.url() === url)!;
    // The panel notes when its heading changes.
    await panel.evaluate(() => {
      const w = window as unknown as { changes: { name: string; at: number }[] };
      w.changes = [];
      new MutationObserver(() => {
        const name = document.querySelector('[data-testid="card-name"]')?.textContent ?? '';
        if (name !== w.changes.at(-1)?.name) {
          w.changes.push({ name, at: performance.timeOrigin + performance.now() });
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });

    const times: number[] = [];
    for (let i = 0; i < RUNS + WARMUP; i++) {
      const target = PAGES[i % PAGES.length]!;
      const start = await spaGo(page, target.path, target.fixture);
      const handle = await panel.waitForFunction(
        ({ name, start }) => {
          const w = window as unknown as { changes: { name: string; at: number }[] };
          return w.changes.find((c) => c.name === name && c.at >= start)?.at;
        },
        { name: target.name, start },
      );
      const at = (await handle.jsonValue()) as number;
      if (i >= WARMUP) times.push(at - start);
    }
    times.sort((a, b) => a - b);
    const social = statSync('.output/chrome-mv3/content-scripts/social.js').size;
    return [
      {
        metric: 'bundle.content-script.social',
        value: Math.round((social / 1024) * 10) / 10,
        note: 'injected into every LinkedIn and Viadeo page once granted',
      },
      {
        metric: 'sidepanel.navigation',
        value: Math.round(quantile(times, 0.5) * 10) / 10,
        note: `${RUNS} pushState navigations, p90 ${quantile(times, 0.9).toFixed(1)} ms`,
      },
    ];
  } finally {
    await context.close();
    await server.close();
  }
};
export default bench;
