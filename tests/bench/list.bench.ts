/**
 * The list at 50,000 prospects, measured in Node (`npm run bench list`). What is and is not in
 * each figure:
 * - IndexedDB is fake-indexeddb: pure JS, in the same heap, 5–10× slower than a browser's native
 *   IndexedDB. Figures that include it are pessimistic; where it dominates, its share is given
 *   in the note rather than hidden.
 * - first paint = open the database, read the first screenful (updatedAt index, newest first),
 *   build and sort those rows, render the real <Table> with Preact into a linkedom document. No
 *   style, layout or pixels (a browser adds those). The full load that follows is in the note.
 * - search keystroke = words typed one key at a time; each key filters the rows (all 50,000 on
 *   the first key, the previous results while the query grows) and renders the first screenful;
 *   95th percentile over every keystroke.
 * - CSV export = prospectsToCsv of all 50,000, excel-fr; .xlsx export = prospectsToXlsx of the same.
 * - CSV import = decode, parse, validate each cell with zod, plan the import (each row merged, as
 *   the preview shows it) and build the saves (all our code);
 *   the merge-and-write transaction into fake-indexeddb is timed too and given in the note.
 * - CSV import, all merges = the same file imported over the 50,000 prospects it was exported
 *   from: every row is planned as a merge into its saved prospect and the preview's first page
 *   reads what changes, field by field (writing is not timed; the changes of every row, as a
 *   preview paged to its end would work them out, are timed apart and given in the note).
 * - memory = growth of the heap when the list page holds every prospect and its rows (the
 *   database's own copy, which a browser keeps outside the page, is measured apart, in the note).
 */
import './extension-api';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import 'fake-indexeddb/auto';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { prospectsToCsv } from '@/utils/csv/export';
import { parseProspectCsv } from '@/utils/csv/import';
import { planImport, planSaves } from '@/utils/csv/plan';
import { prospectsToXlsx } from '@/utils/csv/xlsx';
import type { SaveInput } from '@/utils/storage/merge';
import { PROFILES } from '@/utils/csv/profiles';
import type { Format } from '@/utils/csv/columns';
import { openGlaneurDB } from '@/utils/storage/db';
import { ProspectRepository } from '@/utils/storage/prospects';
import {
  filterRows,
  NO_FILTERS,
  searchRows,
  sortRows,
  toListing,
  toRows,
  type LastSearch,
  type Row,
} from '../../entrypoints/prospects/list-model';
import { PAGE_SIZE } from '../../entrypoints/prospects/ImportPreview';
import { readRecent } from '../../entrypoints/prospects/read';
import { generateProspects } from './generate-prospects';
import { quantile, timeRuns, type Benchmark } from './measure';

const COUNT = 50_000;
const TODAY = '2026-11-25';
const format: Format = { lang: 'fr', day: PROFILES['excel-fr'].day };
const columns = [
  'name',
  'domain',
  'city',
  'status',
  'band',
  'tags',
  'followUpAt',
  'capturedAt',
] as const;
const recentFirst = { column: null, descending: true };

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMB = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const ms = (start: number) => Math.round(performance.now() - start);

/** A DOM for Preact, and the real Table component rendered into it. */
async function domRenderer() {
  const { window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  Object.assign(globalThis, { window, document: window.document, HTMLElement: window.HTMLElement });
  const { Table } = await import('../../entrypoints/prospects/Table');
  const root = window.document.getElementById('app')!;
  const rendered = () => root.querySelectorAll('[data-testid="prospect-row"]').length;
  const renderRows = (rows: Row[]) => {
    render(
      h(Table, {
        rows,
        columns: [...columns],
        format,
        sort: recentFirst,
        selected: new Set<string>(),
        onSort() {},
        onToggle() {},
        onToggleAll() {},
        onOpen() {},
      }),
      root,
    );
  };
  return { renderRows, rendered };
}

const bench: Benchmark = async () => {
  const { renderRows: renderTable, rendered: countRendered } = await domRenderer();
  const heapStart = heapMB();
  const name = `bench-${Date.now()}`;
  let fillMs: number;
  {
    // Fill the database as the background would; the generated objects are then dropped.
    const prospects = generateProspects(COUNT);
    const db = await openGlaneurDB(name);
    const start = performance.now();
    const tx = db.transaction('prospects', 'readwrite');
    for (const p of prospects) void tx.store.put(p);
    await tx.done;
    fillMs = ms(start);
    db.close();
  }
  const heapFilled = heapMB();

  let rendered = 0;
  const firstPaint = await timeRuns(
    async () => {
      const db = await openGlaneurDB(name);
      const recent = await readRecent(db, 60);
      db.close();
      renderTable(
        filterRows(toListing(sortRows(toRows(recent), recentFirst, format)), NO_FILTERS, TODAY),
      );
    },
    7,
    2,
  );

  rendered = countRendered();
  let start = performance.now();
  const db = await openGlaneurDB(name);
  const all = await db.getAll('prospects');
  db.close();
  const readMs = ms(start);
  start = performance.now();
  const listing = toListing(sortRows(toRows(all), recentFirst, format));
  renderTable(filterRows(listing, NO_FILTERS, TODAY));
  const rowsMs = ms(start);
  const memory = heapMB() - heapFilled;

  // The page's heap holds the rows, not the database (a browser keeps it in another process):
  // drop fake-indexeddb's copy so that its garbage collection does not land in a keystroke.
  await new Promise((done) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = done;
  });
  heapMB();
  // Words typed one key at a time, as the search box sees them (each keystroke timed).
  const typed = ['lyon', 'COLIBRI', 'besancon', 'rappeler mardi', 'salon', '04 71 00 12', 'zzz'];
  const search: number[] = [];
  let last: LastSearch | undefined;
  for (const word of ['warm', ...typed]) {
    for (let i = 1; i <= word.length; i++) {
      const t0 = performance.now();
      last = searchRows(listing, { ...NO_FILTERS, query: word.slice(0, i) }, TODAY, last);
      renderTable(last.rows);
      if (word !== 'warm') search.push(performance.now() - t0);
    }
  }
  search.sort((a, b) => a - b);
  if (process.env.BENCH_VERBOSE) console.log(search.map((x) => x.toFixed(1)).join(' '));

  let csv = '';
  const exportTimes = await timeRuns(() => (csv = prospectsToCsv(all, PROFILES['excel-fr'])), 3, 1);

  let xlsxBytes = 0;
  const xlsxTimes = await timeRuns(
    () => (xlsxBytes = prospectsToXlsx(all, PROFILES['excel-fr']).length),
    3,
    1,
  );

  const bytes = new TextEncoder().encode(csv);
  let saves: SaveInput[] = [];
  const importTimes = await timeRuns(
    () => {
      const preview = parseProspectCsv(bytes);
      saves = planSaves(planImport(preview.rows, [], new Date()));
    },
    3,
    1,
  );
  // The same file imported again: every row matches a saved prospect and is planned as a merge.
  let merges = 0;
  let shown = 0;
  const mergeTimes = await timeRuns(
    () => {
      const plan = planImport(parseProspectCsv(bytes).rows, all, new Date());
      merges = plan.filter((item) => item.kind === 'merge').length;
      // The preview's first page reads its items' changes; the others are worked out when shown.
      for (const item of plan.slice(0, PAGE_SIZE)) shown += item.changes.length + item.kept.length;
      planSaves(plan);
    },
    3,
    1,
  );
  if (merges !== COUNT) throw new Error(`planned ${merges} merges of ${COUNT}`);
  // Every item's changes, as a preview paged through to the end would have worked them out.
  const everyPlan = planImport(parseProspectCsv(bytes).rows, all, new Date());
  let everyShown = 0;
  start = performance.now();
  for (const item of everyPlan) everyShown += item.changes.length + item.kept.length;
  const everyDiffMs = Math.round(performance.now() - start);

  start = performance.now();
  const repo = new ProspectRepository(await openGlaneurDB(`import-${Date.now()}`));
  const result = await repo.saveMany(saves);
  const writeMs = ms(start);
  if (result.created !== COUNT) throw new Error(`imported ${result.created} of ${COUNT}`);

  const env = `Node ${process.version}`;
  return [
    {
      metric: 'list.first-paint',
      value: Math.round(quantile(firstPaint, 0.5)),
      note: `median of 7, ${rendered} rows rendered; then full load: read ${readMs} ms + rows/sort/render ${rowsMs} ms (${env}, fake-indexeddb)`,
    },
    {
      metric: 'list.search-keystroke',
      value: Math.round(quantile(search, 0.95) * 10) / 10,
      note: `p95 of ${search.length} keystrokes typing ${typed.length} words over ${COUNT} rows, filter + render`,
    },
    {
      metric: 'list.csv-export',
      value: Math.round(quantile(exportTimes, 0.5)),
      note: `excel-fr, ${COUNT} rows, ${(bytes.length / 2 ** 20).toFixed(1)} MB`,
    },
    {
      metric: 'list.xlsx-export',
      value: Math.round(quantile(xlsxTimes, 0.5)),
      note: `excel-fr columns, ${COUNT} rows, ${(xlsxBytes / 2 ** 20).toFixed(1)} MB`,
    },
    {
      metric: 'list.csv-import',
      value: Math.round(quantile(importTimes, 0.5)),
      note: `decode+parse+validate+plan+build, ${COUNT} rows; merge+write transaction ${writeMs} ms in fake-indexeddb (plain put of 50k: ${fillMs} ms)`,
    },
    {
      metric: 'list.csv-import.merge',
      value: Math.round(quantile(mergeTimes, 0.5)),
      note: `the same, each of the ${COUNT} rows matching a saved prospect, and the preview's first page of changes (${shown} values on it; every row's changes and kept values: ${everyDiffMs} ms more, ${everyShown} values, the file being the list's own export)`,
    },
    {
      metric: 'list.memory',
      value: Math.round(memory),
      note: `page heap: all prospects + rows; fake-indexeddb's own copy ${Math.round(heapFilled - heapStart)} MB`,
    },
  ];
};
export default bench;
