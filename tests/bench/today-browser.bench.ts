/**
 * The Today page in real Chromium with the production build, 50,000 prospects of which 2,000
 * have a follow-up due: first paint of its rows from the navigation start, and from the key of an
 * outcome to the next row focused and drawn (the call is written by the background meanwhile),
 * both on the page's own clock.
 */
import { localDay } from '@/utils/day';
import { addDays } from '@/utils/plan';
import { withCallList } from '@/utils/storage/call-list';
import type { Page } from '@playwright/test';
import { launchWithProspects } from './browser';
import { generateProspects } from './generate-prospects';
import { quantile, type Benchmark } from './measure';

const COUNT = 50_000;
const DUE = 2_000;
const LOADS = 9;
const CALLS = 40;

/**
 * 2,000 follow-ups due over the last 30 days; the others' follow-ups are not due. Stored as the
 * repository stores them, with their place on the call list.
 */
function prospects() {
  const today = localDay();
  return generateProspects(COUNT).map((p, i) => {
    if (i < DUE) return withCallList({ ...p, followUpAt: addDays(today, -(i % 30)) });
    const { followUpAt, ...rest } = p;
    return withCallList(followUpAt ? { ...rest, followUpAt: addDays(today, 1 + (i % 60)) } : rest);
  });
}

interface Message {
  type: string;
  sent: number;
  answered: number;
}
interface Runtime {
  sendMessage(message: { type: string }): Promise<unknown>;
}

/**
 * Before the page's own scripts: when the first rows, then the candidates, were painted (a task
 * queued from the animation frame that shows them runs once it is drawn). No named inner
 * function: the script is sent as text, without the helpers tsx would name it with.
 */
function watchPaint() {
  const w = window as unknown as { painted: Record<string, number>; messages: Message[] };
  w.painted = {};
  // Each message to the background: when sent, when answered.
  w.messages = [];
  const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;
  const sendMessage = runtime.sendMessage.bind(runtime);
  runtime.sendMessage = (message) => {
    const entry: Message = { type: message.type, sent: performance.now(), answered: -1 };
    w.messages.push(entry);
    return sendMessage(message).then((reply) => {
      entry.answered = performance.now();
      return reply;
    });
  };
  const watched = [
    ['rows', '[data-testid="today-row"]'],
    ['candidates', '[data-testid="today-candidates"] [data-testid="today-row"]'],
  ] as const;
  new MutationObserver(() => {
    for (const [key, selector] of watched) {
      if (w.painted[key] !== undefined || !document.querySelector(selector)) continue;
      w.painted[key] = -1;
      requestAnimationFrame(() => setTimeout(() => (w.painted[key] = performance.now())));
    }
  }).observe(document, { childList: true, subtree: true });
}

/** The page shows what the data holds: every follow-up due counted, both lists filled. */
async function expectLists(page: Page, expected: number) {
  const count = async (id: string) =>
    Number((await page.locator(`#${id}`).textContent())?.replace(/\D/g, ''));
  const [due, toContact] = await Promise.all([
    count('due-heading'),
    count('candidates-heading'),
    page.getByTestId('today-candidates').getByTestId('today-row').first().waitFor(),
  ]);
  if (due !== DUE || toContact !== expected) {
    throw new Error(
      `Today counts ${due} due, ${toContact} to contact: ${DUE}, ${expected} expected`,
    );
  }
}

type Window = { painted: Record<string, number>; messages: Message[] };
const median = (values: number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/** One load of the page: its rows painted, and what the first paint waited for. */
async function load(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(
    () => {
      const p = (window as unknown as Window).painted;
      return (p.rows ?? 0) > 0 && (p.candidates ?? 0) > 0;
    },
    undefined,
    { timeout: 120_000 },
  );
  return page.evaluate(() => {
    const w = window as unknown as Window;
    const due = w.messages.find((m) => m.type === 'today.due')!;
    return {
      rows: w.painted.rows!,
      candidates: w.painted.candidates!,
      asked: due.sent,
      answered: due.answered,
    };
  });
}

/**
 * `calls` outcomes logged from the keyboard: from the key to the next row focused and drawn.
 * Each write is left to finish before the next call, as between two real calls.
 */
function logCalls(page: Page, calls: number) {
  return page.evaluate(async (calls) => {
    const w = window as unknown as Window;
    const next: number[] = [];
    const written: number[] = [];
    for (let i = 0; i < calls; i++) {
      const row = document.activeElement as HTMLElement;
      if (row.dataset.testid !== 'today-row') throw new Error('no row focused');
      const stop = new AbortController();
      const ready = new Promise<void>((resolve) =>
        document.addEventListener(
          'focusin',
          (e) => {
            if (e.target === row) return;
            stop.abort();
            requestAnimationFrame(() => setTimeout(resolve));
          },
          { signal: stop.signal },
        ),
      );
      const start = performance.now();
      row.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
      await ready;
      next.push(performance.now() - start);
      const sent = w.messages.filter((m) => m.type === 'activity.log').at(-1);
      if (!sent || sent.sent < start) throw new Error('no call logged');
      while (sent.answered < 0) await new Promise((resolve) => setTimeout(resolve, 5));
      written.push(sent.answered - start);
    }
    return { next, written };
  }, calls);
}

const bench: Benchmark = async () => {
  const data = prospects();
  const toContact = data.filter((p) => p.callList?.rank !== undefined).length;
  const { context, base } = await launchWithProspects(data);
  try {
    const page = await context.newPage();
    await page.addInitScript(watchPaint);
    const loads = [];
    for (let i = 0; i < LOADS; i++) loads.push(await load(page, `${base}/today.html`));
    await expectLists(page, toContact);
    const rows = loads.map((l) => l.rows).sort((a, b) => a - b);
    const { next, written } = await logCalls(page, CALLS);
    await page
      .getByTestId('today-calls')
      .filter({ hasText: String(CALLS) })
      .waitFor();
    next.sort((a, b) => a - b);
    const ms = (n: number) => `${Math.round(n)} ms`;
    return [
      {
        metric: 'today.first-paint',
        value: Math.round(quantile(rows, 0.5)),
        note:
          `median of ${LOADS} loads, p95 ${ms(quantile(rows, 0.95))}, first ${ms(loads[0]!.rows)}; ` +
          `medians: follow-ups asked at ${ms(median(loads.map((l) => l.asked)))}, ` +
          `answered ${ms(median(loads.map((l) => l.answered - l.asked)))} later, ` +
          `painted ${ms(median(loads.map((l) => l.rows - l.answered)))} after; ` +
          `prospects to contact painted at ${ms(median(loads.map((l) => l.candidates)))}`,
      },
      {
        metric: 'today.log-next',
        value: Math.round(quantile(next, 0.95) * 10) / 10,
        note:
          `p95 of ${CALLS} calls logged "no answer" from the keyboard, median ${quantile(next, 0.5).toFixed(1)} ms; ` +
          `the background's write answered after ${ms(median(written))} median`,
      },
    ];
  } finally {
    await context.close();
  }
};
export default bench;
