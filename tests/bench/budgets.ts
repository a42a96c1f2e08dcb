/**
 * Every performance budget of the project, in one place. A benchmark reports measurements by
 * metric id; `npm run bench` compares each with its budget here and fails above it.
 */
export interface Budget {
  label: string;
  unit: 'ms' | 'KB' | 'MB' | 's' | 'requests';
  max: number;
}

export const BUDGETS = {
  'bundle.content-script.extract': {
    label: 'extract content script (minified)',
    unit: 'KB',
    max: 60,
  },
  'bundle.popup': { label: 'popup JS (minified)', unit: 'KB', max: 150 },
  // The social content script stays small (no zod: the background validates).
  'bundle.content-script.social': {
    label: 'social content script (minified)',
    unit: 'KB',
    max: 30,
  },
  // From the popup page's navigation start to the score painted (tests/bench/popup.bench.ts).
  'popup.score-painted': {
    label: 'toolbar click → score on screen, fixture sites (Chromium, p95)',
    unit: 'ms',
    max: 200,
  },
  // LinkedIn in-page navigation → side panel updated.
  'sidepanel.navigation': {
    label: 'LinkedIn navigation → side panel updated (median)',
    unit: 'ms',
    max: 300,
  },
  // The list at 50,000 prospects (tests/bench/list.bench.ts says how each is measured).
  'list.first-paint': { label: 'list first paint, 50k prospects', unit: 'ms', max: 300 },
  'list.search-keystroke': {
    label: 'search keystroke → results, 50k (Node, linkedom render)',
    unit: 'ms',
    max: 50,
  },
  'list.search-keystroke.chromium': {
    label: 'search keystroke → results laid out, 50k (Chromium)',
    unit: 'ms',
    max: 50,
  },
  'list.csv-export': { label: 'CSV export, 50k prospects', unit: 'ms', max: 2000 },
  'list.xlsx-export': { label: '.xlsx export, 50k prospects', unit: 'ms', max: 2000 },
  'list.csv-import': { label: 'CSV import, 50k rows', unit: 'ms', max: 6000 },
  'list.csv-import.merge': {
    label: 'CSV import, 50k rows all merging',
    unit: 'ms',
    max: 6000,
  },
  'list.memory': { label: 'memory with 50k prospects loaded', unit: 'MB', max: 300 },
  // The Today page at 50,000 prospects, 2,000 due (tests/bench/today-browser.bench.ts).
  'today.first-paint': {
    label: 'Today first paint, 50k prospects, 2k due (Chromium)',
    unit: 'ms',
    max: 300,
  },
  'today.log-next': {
    label: 'outcome key → next row ready, p95 (Chromium)',
    unit: 'ms',
    max: 50,
  },
  'qualify.200kb-60criteria': {
    label: 'qualify a 200 KB page, 60-criterion persona (median)',
    unit: 'ms',
    max: 10,
  },
  // All saved prospects scored again after a change of persona (tests/bench/rescore.bench.ts).
  'rescore.10k': {
    label: 'score 10k saved prospects again (Node, fake-indexeddb, CPU time)',
    unit: 's',
    max: 30,
  },
  'extract.page.median': { label: 'extraction per page ≤ 200 KB, median', unit: 'ms', max: 5 },
  'extract.page.p95': { label: 'extraction per page ≤ 200 KB, p95', unit: 'ms', max: 20 },
  'extract.page.5mb': { label: 'extraction of a 5 MB page', unit: 'ms', max: 300 },
  // A whole-file lookup in the national directory (tests/bench/registry.bench.ts): at its
  // 7 requests/s ceiling (1,000 in ≈ 143 s), never above it, the list responsive meanwhile.
  'registry.per-1000': {
    label: 'directory lookup: time per 1,000 requests (7/s ≈ 143 s)',
    unit: 's',
    max: 160,
  },
  'registry.busiest-second': {
    label: 'directory lookup: most requests in any one second',
    unit: 'requests',
    max: 7,
  },
  'registry.search-keystroke.chromium': {
    label: 'search keystroke → results laid out during a directory lookup (Chromium)',
    unit: 'ms',
    max: 50,
  },
} satisfies Record<string, Budget>;

export type MetricId = keyof typeof BUDGETS;
