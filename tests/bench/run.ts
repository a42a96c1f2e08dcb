/**
 * `npm run bench`: runs every tests/bench/*.bench.ts (or those named on the command line),
 * prints one table (metric, budget, measured, pass/fail) and writes tests/bench/results.json.
 * Exits 1 when a budget is exceeded.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUDGETS } from './budgets';
import type { Benchmark, Measurement } from './measure';

const dir = 'tests/bench';
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.includes(basename(f, '.bench.ts')))
  .sort();

const rows: (Measurement & { label: string; unit: string; budget: number; pass: boolean })[] = [];
for (const file of files) {
  const bench = (await import(pathToFileURL(join(dir, file)).href)).default as Benchmark;
  for (const m of await bench()) {
    const budget = BUDGETS[m.metric];
    rows.push({ ...m, ...budget, budget: budget.max, pass: m.value <= budget.max });
  }
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
const table = [
  ['metric', 'budget', 'measured', 'result'],
  ...rows.map((r) => [
    r.label,
    `≤ ${r.budget} ${r.unit}`,
    `${fmt(r.value)} ${r.unit}`,
    r.pass ? 'pass' : 'FAIL',
  ]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
writeFileSync(
  join(dir, 'results.json'),
  JSON.stringify({ date: new Date().toISOString(), results: rows }, null, 2) + '\n',
);
process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
