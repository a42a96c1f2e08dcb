/**
 * Toolbar click → score on screen, in real Chromium with the production build, on fixture sites:
 * from the popup page's navigation start to the first frame that shows the score, on the
 * popup's own clock, broken down into bundle load and boot (first render), the injection and the
 * extraction (executeScript, timed from the popup; the extraction alone timed inside the page by a
 * second run), the persona's answer, the scoring, and the render up to the frame. The popup reads
 * the tab while its code loads, so these overlap: the note gives when each starts and ends.
 */
import { execFileSync } from 'node:child_process';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { clickToolbar, extensionLaunchOptions, openTab } from '../e2e/fixtures';
import { startFixtureServer } from '../tools/fixture-server';
import { quantile, type Benchmark } from './measure';

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
  w.bench = { boot: [], injection: [], persona: [], painted: [] };
  const api = chrome as unknown as {
    scripting: { executeScript: (...a: unknown[]) => Promise<unknown> };
    runtime: { sendMessage: (...a: unknown[]) => Promise<unknown> };
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
  new MutationObserver(() => {
    if (!w.bench.boot!.length && document.getElementById('app')?.firstChild) {
      w.bench.boot!.push(performance.now());
    }
    if (!w.bench.painted!.length && document.querySelector('[data-testid=score-number]')) {
      w.bench.painted!.push(-1);
      // The frame that shows it: a task queued from its animation frame runs once it is drawn.
      requestAnimationFrame(() => setTimeout(() => (w.bench.painted![0] = performance.now())));
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** One popup, on its own clock (ms from navigation start); steps overlap, so times are moments. */
interface Run {
  /** The first render ("Reading…"): the bundle loaded and booted. */
  boot: number;
  /** executeScript asked (the popup's entry asks it before loading the rest) and answered. */
  injectStart: number;
  injectEnd: number;
  /** The persona's answer (asked at boot, beside the capture). */
  persona: number;
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
    return {
      boot: b.boot![0]!,
      injectStart: b.injection![0]!,
      injectEnd: b.injection![1]!,
      persona: b.persona![1]!,
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

const bench: Benchmark = async () => {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  const server = await startFixtureServer();
  const context = await chromium.launchPersistentContext('', extensionLaunchOptions('fr-FR'));
  try {
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker');
    const extensionId = new URL(sw.url()).host;
    const runs: Run[] = [];
    const extraction: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      for (const site of SITES) {
        const url = server.siteUrl(site);
        const tabId = await openTab(sw, url);
        await clickToolbar(context, extensionId, url);
        const run = await onePopup(context, extensionId, tabId);
        if (i >= WARMUP) {
          runs.push(run);
          extraction.push(await extractionInPage(sw, tabId));
        }
        await sw.evaluate((id) => chrome.tabs.remove(id), tabId);
      }
    }
    const median = (xs: number[]) =>
      quantile(
        [...xs].sort((a, b) => a - b),
        0.5,
      );
    const steps = Object.fromEntries(
      (Object.keys(runs[0]!) as (keyof Run)[]).map((k) => [k, median(runs.map((r) => r[k]))]),
    ) as unknown as Run;
    const totals = runs.map((r) => r.total).sort((a, b) => a - b);
    const inPage = median(extraction);
    const ms = (n: number) => n.toFixed(0);
    const breakdown = [
      `boot (first render) at ${ms(steps.boot)}`,
      `executeScript from ${ms(steps.injectStart)} to ${ms(steps.injectEnd)}: injection ${ms(steps.injectEnd - steps.injectStart - inPage)} + extraction ${ms(inPage)}`,
      `persona at ${ms(steps.persona)}`,
      `scoring from ${ms(steps.scoringStart)}, ${steps.scoring.toFixed(1)} long`,
      `render ${ms(steps.render)}`,
    ].join('; ');
    return [
      {
        metric: 'popup.score-painted',
        value: Math.round(quantile(totals, 0.95)),
        note: `${runs.length} popups on ${SITES.length} sites; median ${median(totals).toFixed(0)} ms — ${breakdown} (medians, ms)`,
      },
    ];
  } finally {
    await context.close();
    await server.close();
  }
};
export default bench;
