/**
 * `npm run extract:report`: per-field precision and recall of the extraction engine (with
 * enrichment) over every fixture site in tests/fixtures/sites/<case>/ (index.html +
 * expected.json). `--misses` also lists each wrong value.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELDS, keys, scoreField, type Expected, type Score } from './compare';
import { plainDraft } from './plain';
import { readSite } from './read-site';

const DIR = 'tests/fixtures/sites';
const showMisses = process.argv.includes('--misses');
const totals = new Map(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 } as Score]));
const cases = readdirSync(DIR)
  .filter((d) => !d.startsWith('.'))
  .sort();
for (const name of cases) {
  const expected = JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8')) as Expected;
  const actual = plainDraft(
    await readSite(join(DIR, name, 'index.html'), expected.url, { now: new Date(0) }),
  );
  for (const field of FIELDS) {
    const s = scoreField(field, expected, actual);
    const t = totals.get(field)!;
    t.tp += s.tp;
    t.fp += s.fp;
    t.fn += s.fn;
    if (showMisses && (s.fp || s.fn))
      console.log(
        `${name} ${field}: got ${JSON.stringify(keys(field, actual[field]))} want ${JSON.stringify(keys(field, expected[field]))}`,
      );
  }
}
const pct = (n: number, d: number) => (d === 0 ? '  –  ' : (n / d).toFixed(3));
const rows = [['field', 'precision', 'recall', 'tp', 'fp', 'fn']];
for (const [field, s] of totals)
  rows.push([
    field,
    pct(s.tp, s.tp + s.fp),
    pct(s.tp, s.tp + s.fn),
    String(s.tp),
    String(s.fp),
    String(s.fn),
  ]);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log(`${cases.length} fixture sites`);
for (const r of rows)
  console.log(
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '),
  );
