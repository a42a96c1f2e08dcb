/**
 * Toolbar click → score on screen, in real Chromium with the production build, on fixture sites:
 * from the popup page's navigation start to the first frame that shows the score, on the
 * popup's own clock, broken down into the entry script's start, DOMContentLoaded, the rest of the
 * code loaded and booted (first render), the injection and the extraction (executeScript, timed
 * from the popup; the extraction alone timed inside the page by a second run), the card rendered,
 * the persona read, the scoring, and the render up to the frame. The popup reads the tab while
 * its code loads, so these overlap: each phase is printed with its median and p95, and the note
 * gives when each starts and ends. Beside it, the floor that no popup code can go under on this
 * machine (popup-floor.ts), measured on tabs as fresh, in the same browser.
 */
import { execFileSync } from 'node:child_process';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { clickToolbar, extensionLaunchOptions, openTab } from '../e2e/fixtures';
import { startFixtureServer } from '../tools/fixture-server';
import { quantile, type Benchmark } from './measure';
import { buildWithFloorPage, floorRun, type FloorKind } from './popup-floor';

/** Sites of every size and kind that the example persona scores (none is a peer of hers). */
const SITES = [
  'mairie-saint-julien',
  'centre-social-arc-en-ciel',
  'cabinet-durand-avocats',
  'immobilier-azur',
  'transports-roux',
  'code-for-good',
  'banque-alimentaire-13',
  'librairie-des-quais',
];
const RUNS = 4;
const WARMUP = 2;

/** Runs in the popup page before its own scripts: notes when each step happens. */
function instrument() {
  const w = window as unknown as { bench: Record<string, number[]> };
  w.bench = { boot: [], card: [], injection: [], persona: [], painted: [] };
  const api = chrome as unknown as {
    scripting: { executeScript: (...a: unknown[]) => Promise<unknown> };
    runtime: { sendMessage: (...a: unknown[]) => Promise<unknown> };
    storage: { local: { get: (...a: unknown[]) => Promise<unknown> } };
  };
  const inject = api.scripting.executeScript.bind(api.scripting);
  api.scripting.executeScript = async (...args) => {
    const start = performance.now();
    try {
      return await inject(...args);
    } finally {
      w.bench.injection!.push(start, performance.now());
    }
  };
  const send = api.runtime.sendMessage.bind(api.runtime);
  api.runtime.sendMessage = async (...args) => {
    const start = performance.now();
    try {
      return await send(...args);
    } finally {
      if ((args[0] as { type?: string }).type === 'persona.active') {
        w.bench.persona!.push(start, performance.now());
      }
    }
  };
  // The persona store read from storage.local (the background is asked only without one).
  const get = api.storage.local.get.bind(api.storage.local);
  api.storage.local.get = async (...args) => {
    const start = performance.now();
    try {
      return await get(...args);
    } finally {
      if (JSON.stringify(args[0]).includes('personas'))
        w.bench.persona!.push(start, performance.now());
    }
  };
  new MutationObserver(() => {
    if (!w.bench.boot!.length && document.getElementById('app')?.firstChild) {
      w.bench.boot!.push(performance.now());
    }
    if (!w.bench.card!.length && document.querySelector('#app form')) {
      w.bench.card!.push(performance.now());
    }
    if (!w.bench.painted!.length && document.querySelector('[data-testid=score-number]')) {
      w.bench.painted!.push(-1);
      // The frame that shows it: a task queued from its animation frame runs once it is drawn.
      requestAnimationFrame(() => setTimeout(() => (w.bench.painted![0] = performance.now())));
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** One popup, on its own clock (ms from navigation start); steps overlap, so most are moments. */
interface Run {
  /** The popup's entry script runs (its first line marks it). */
  entry: number;
  /** DOMContentLoaded: the document parsed and its module scripts run. */
  domContentLoaded: number;
  /** The first render ("Reading…"): the rest of the popup's code loaded and booted. */
  boot: number;
  /** executeScript asked (by the entry script, before the rest loads) and answered. */
  injectStart: number;
  injectEnd: number;
  /** The card rendered from the capture (validated) — before it is scored. */
  card: number;
  /** The persona read (by the entry, from storage; or asked of the background) and there. */
  personaStart: number;
  personaEnd: number;
  /** The scoring starts once the capture, the persona and the scoring code are all there. */
  scoringStart: number;
  scoring: number;
  /** From the scoring's end to the frame that shows the score. */
  render: number;
  total: number;
}

async function onePopup(context: BrowserContext, extensionId: string, tabId: number) {
  const page = await context.newPage();
  await page.addInitScript(instrument);
  await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await page.waitForFunction(
    () => ((window as unknown as { bench: Record<string, number[]> }).bench.painted![0] ?? -1) > 0,
  );
  const run = await page.evaluate((): Run => {
    const b = (window as unknown as { bench: Record<string, number[]> }).bench;
    const painted = b.painted![0]!;
    const qualify = performance.getEntriesByName('glaneur.qualify')[0]!;
    const entry = performance.getEntriesByName('glaneur.popup.entry')[0]!;
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      entry: entry.startTime,
      domContentLoaded: navigation.domContentLoadedEventStart,
      boot: b.boot![0]!,
      injectStart: b.injection![0]!,
      injectEnd: b.injection![1]!,
      card: b.card![0]!,
      personaStart: b.persona![0]!,
      personaEnd: b.persona![1]!,
      scoringStart: qualify.startTime,
      scoring: qualify.duration,
      render: painted - qualify.startTime - qualify.duration,
      total: painted,
    };
  });
  await page.close();
  return run;
}

/**
 * The content script run again on the tab, timed inside the page between two markers. Written
 * as text: the functions executeScript sends must not carry the test runner's helpers.
 */
async function extractionInPage(sw: Worker, tabId: number): Promise<number> {
  return sw.evaluate(`(async () => {
    const target = { tabId: ${tabId} };
    await chrome.scripting.executeScript({
      target,
      func: function () { globalThis.benchStart = performance.now(); },
    });
    await chrome.scripting.executeScript({ target, files: ['/content-scripts/extract.js'] });
    const [end] = await chrome.scripting.executeScript({
      target,
      func: function () { return performance.now() - globalThis.benchStart; },
    });
    return end.result;
  })()`);
}

/**
 * The toolbar click opens the real popup too, in the same extension process as the one measured:
 * left open, it would boot and read the tab at the same moment. It is closed, and gone, before the
 * measured one opens (activeTab, granted by the click, stays with the tab).
 */
async function closeToolbarPopup(context: BrowserContext, extensionId: string) {
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const cdp = await context.browser()!.newBrowserCDPSession();
  const popups = async () => {
    const { targetInfos } = (await cdp.send('Target.getTargets' as never)) as {
      targetInfos: { targetId: string; url: string }[];
    };
    return targetInfos.filter((t) => t.url === popupUrl);
  };
  const until = async (done: () => Promise<boolean>, what: string) => {
    for (let i = 0; i < 200; i++) {
      if (await done()) return;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`the toolbar popup ${what}`);
  };
  try {
    await until(async () => (await popups()).length > 0, 'did not open');
    for (const { targetId } of await popups()) {
      await cdp.send('Target.closeTarget' as never, { targetId } as never);
    }
    await until(async () => (await popups()).length === 0, 'did not close');
  } finally {
    await cdp.detach();
  }
}

const bench: Benchmark = async () => {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  const server = await startFixtureServer();
  const build = buildWithFloorPage();
  const context = await chromium.launchPersistentContext(
    '',
    extensionLaunchOptions('fr-FR', [], build.dir),
  );
  try {
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker');
    const extensionId = new URL(sw.url()).host;
    const runs: Run[] = [];
    const extraction: number[] = [];
    const floors: Record<FloorKind, number[]> = { extraction: [], empty: [] };
    // A fresh tab the toolbar click has granted, its popup closed.
    const freshTab = async (url: string) => {
      const tabId = await openTab(sw, url);
      await clickToolbar(context, extensionId, url);
      await closeToolbarPopup(context, extensionId);
      return tabId;
    };
    const closeTab = (tabId: number) => sw.evaluate((id) => chrome.tabs.remove(id), tabId);
    for (let i = 0; i < WARMUP + RUNS; i++) {
      for (const site of SITES) {
        const url = server.siteUrl(site);
        const tabId = await freshTab(url);
        const run = await onePopup(context, extensionId, tabId);
        if (i >= WARMUP) {
          runs.push(run);
          extraction.push(await extractionInPage(sw, tabId));
        }
        await closeTab(tabId);
        for (const kind of ['extraction', 'empty'] as const) {
          const floorTab = await freshTab(url);
          const painted = await floorRun(context, extensionId, floorTab, kind);
          if (i >= WARMUP) floors[kind].push(painted);
          await closeTab(floorTab);
        }
      }
    }
    const totals = runs.map((r) => r.total).sort((a, b) => a - b);
    const median = (xs: number[]) =>
      quantile(
        [...xs].sort((a, b) => a - b),
        0.5,
      );
    const p95 = (xs: number[]) =>
      quantile(
        [...xs].sort((a, b) => a - b),
        0.95,
      );
    const inPage = median(extraction);
    // Each phase per popup, then its median and p95 over the popups.
    const phases: [string, (r: Run) => number][] = [
      ['navigation start → entry script runs', (r) => r.entry],
      ['entry script → DOMContentLoaded', (r) => r.domContentLoaded - r.entry],
      ['DOMContentLoaded → first render (code loaded, booted)', (r) => r.boot - r.domContentLoaded],
      ['navigation start → executeScript asked', (r) => r.injectStart],
      [
        `executeScript round trip (extraction in page: ${inPage.toFixed(1)})`,
        (r) => r.injectEnd - r.injectStart,
      ],
      ['capture answered → card rendered (validation, render)', (r) => r.card - r.injectEnd],
      ['persona round trip', (r) => r.personaEnd - r.personaStart],
      [
        'capture and persona both there → scoring starts',
        (r) => r.scoringStart - Math.max(r.injectEnd, r.personaEnd),
      ],
      ['scoring', (r) => r.scoring],
      ['scoring → score painted (render, frame)', (r) => r.render],
      ['total: navigation start → score painted', (r) => r.total],
    ];
    const ms = (n: number) => n.toFixed(1).padStart(7);
    console.log(`popup: ${runs.length} popups on ${SITES.length} sites; ms, median and p95`);
    for (const [label, of] of phases) {
      console.log(`  ${label.padEnd(62)} ${ms(median(runs.map(of)))} ${ms(p95(runs.map(of)))}`);
    }
    const floorLabels: [FloorKind, string][] = [
      ['extraction', 'floor: a page that only injects the extraction, then paints'],
      ['empty', 'floor: a page that only injects an empty function, then paints'],
    ];
    for (const [kind, label] of floorLabels) {
      console.log(`  ${label.padEnd(62)} ${ms(median(floors[kind]))} ${ms(p95(floors[kind]))}`);
    }
    const floor = (kind: FloorKind) =>
      `${median(floors[kind]).toFixed(0)}/${p95(floors[kind]).toFixed(0)}`;
    const moment = (k: keyof Run) => median(runs.map((r) => r[k])).toFixed(0);
    const breakdown = [
      `entry ${moment('entry')}`,
      `DOMContentLoaded ${moment('domContentLoaded')}`,
      `first render ${moment('boot')}`,
      `executeScript ${moment('injectStart')}–${moment('injectEnd')} (extraction ${inPage.toFixed(0)})`,
      `card ${moment('card')}`,
      `persona ${moment('personaStart')}–${moment('personaEnd')}`,
      `scoring ${moment('scoringStart')}, ${median(runs.map((r) => r.scoring)).toFixed(1)} long`,
      `render ${moment('render')}`,
    ].join('; ');
    return [
      {
        metric: 'popup.score-painted',
        value: Math.round(quantile(totals, 0.95)),
        note: `${runs.length} popups on ${SITES.length} sites; median ${median(totals).toFixed(0)} ms — ${breakdown} (median moments, ms from navigation start); floor, median/p95: injecting the extraction ${floor('extraction')}, an empty function ${floor('empty')}`,
      },
    ];
  } finally {
    await context.close();
    await server.close();
    build.remove();
  }
};
export default bench;
