/**
 * The Today page in real Chromium with the production build, 50,000 prospects of which 2,000
 * have a follow-up due: first paint of its rows from the navigation start, and from the key of an
 * outcome to the next row focused and laid out (the call logged by the background in between),
 * both on the page's own clock.
 */
import { localDay } from '@/utils/day';
import { addDays } from '@/utils/plan';
import { launchWithProspects } from './browser';
import { generateProspects } from './generate-prospects';
import { quantile, type Benchmark } from './measure';

const COUNT = 50_000;
const DUE = 2_000;
const LOADS = 9;
const CALLS = 40;

/** 2,000 follow-ups due over the last 30 days; the others' follow-ups are not due. */
function prospects() {
  const today = localDay();
  return generateProspects(COUNT).map((p, i) => {
    if (i < DUE) return { ...p, followUpAt: addDays(today, -(i % 30)) };
    const { followUpAt, ...rest } = p;
    return followUpAt ? { ...rest, followUpAt: addDays(today, 1 + (i % 60)) } : rest;
  });
}

/** Before the page's own scripts: when the first rows, then the candidates, were painted. */
function watchPaint() {
  const w = window as unknown as { painted: Record<string, number> };
  w.painted = {};
  const seen = (selector: string, key: string) => {
    if (w.painted[key] === undefined && document.querySelector(selector)) {
      w.painted[key] = -1;
      requestAnimationFrame(() => (w.painted[key] = performance.now()));
    }
  };
  new MutationObserver(() => {
    seen('[data-testid="today-row"]', 'rows');
    seen('[data-testid="today-candidates"] [data-testid="today-row"]', 'candidates');
  }).observe(document, { childList: true, subtree: true });
}

const bench: Benchmark = async () => {
  const { context, base } = await launchWithProspects(prospects());
  try {
    const page = await context.newPage();
    await page.addInitScript(watchPaint);
    const rows: number[] = [];
    const candidates: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      await page.goto(`${base}/today.html`);
      const painted = await page.waitForFunction(
        () => {
          const p = (window as unknown as { painted: Record<string, number> }).painted;
          return (p.rows ?? 0) > 0 && (p.candidates ?? 0) > 0 && p;
        },
        undefined,
        { timeout: 120_000 },
      );
      const { rows: r, candidates: c } = (await painted.jsonValue()) as Record<string, number>;
      rows.push(r!);
      candidates.push(c!);
    }
    const cold = { rows: rows[0]!, candidates: candidates[0]! };
    rows.sort((a, b) => a - b);
    candidates.sort((a, b) => a - b);

    const times = await page.evaluate(async (calls) => {
      const out: number[] = [];
      for (let i = 0; i < calls; i++) {
        const row = document.activeElement as HTMLElement;
        if (row.dataset.testid !== 'today-row') throw new Error('no row focused');
        const next = new Promise<void>((resolve) =>
          document.addEventListener('focusin', function moved(e) {
            if (e.target !== row) {
              document.removeEventListener('focusin', moved);
              resolve();
            }
          }),
        );
        const start = performance.now();
        row.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
        await next;
        void document.body.offsetHeight;
        out.push(performance.now() - start);
      }
      return out;
    }, CALLS);
    times.sort((a, b) => a - b);
    return [
      {
        metric: 'today.first-paint',
        value: Math.round(quantile(rows, 0.5)),
        note: `median of ${LOADS} loads (p95 ${Math.round(quantile(rows, 0.95))} ms; the first, with the background's ranking still cold, ${Math.round(cold.rows)} ms); best prospects to contact painted after ${Math.round(quantile(candidates, 0.5))} ms median, ${Math.round(cold.candidates)} ms cold`,
      },
      {
        metric: 'today.log-next',
        value: Math.round(quantile(times, 0.95) * 10) / 10,
        note: `p95 of ${CALLS} calls logged "no answer" from the keyboard; median ${quantile(times, 0.5).toFixed(1)} ms`,
      },
    ];
  } finally {
    await context.close();
  }
};
export default bench;
