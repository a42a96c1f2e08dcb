/**
 * `npm run extract:report [--misses] [--authored|--real]`: per-field precision, recall and F1
 * of the extraction engine over
 * - the authored fixture sites in tests/fixtures/sites/<case>/ (index.html + expected.json,
 *   with enrichment); `--misses` also lists their wrong values;
 * - the real pages of the corpus (see real-pages.ts), each page alone, with every miss listed,
 *   the third-party values extracted, and the LinkedIn cards field by field.
 * Exits non-zero when the corpus cannot be found: the real-page part never skips silently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELDS, fieldTotals, rates, scoreField, type Expected, type Score } from './compare';
import { plainDraft } from './plain';
import { readSite } from './read-site';
import { floorFailures } from './real-floors';
import { CorpusMissing, realReport, type RealReport } from './real-pages';

const DIR = 'tests/fixtures/sites';
const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const only = args.includes('--authored') ? 'authored' : args.includes('--real') ? 'real' : 'all';

const pct = (n: number | undefined) => (n === undefined ? '  –  ' : n.toFixed(3));

function printTable(title: string, totals: Map<string, Score>) {
  const rows = [['field', 'precision', 'recall', 'f1', 'expected', 'tp', 'fp', 'fn']];
  for (const [field, s] of totals) {
    const r = rates(s);
    rows.push(
      [field, pct(r.precision), pct(r.recall), pct(r.f1), String(r.expected)].concat(
        [s.tp, s.fp, s.fn].map(String),
      ),
    );
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log(title);
  for (const r of rows)
    console.log(
      r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '),
    );
}

async function authored() {
  const cases = readdirSync(DIR)
    .filter((d) => !d.startsWith('.'))
    .sort();
  const pages = [];
  for (const name of cases) {
    const expected = JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8')) as Expected;
    const actual = plainDraft(
      await readSite(join(DIR, name, 'index.html'), expected.url, { now: new Date(0) }),
    );
    const fields = Object.fromEntries(FIELDS.map((f) => [f, scoreField(f, expected, actual)]));
    pages.push(fields);
    if (showMisses)
      for (const [field, s] of Object.entries(fields))
        if (s.fp || s.fn)
          console.log(
            `${name} ${field}: got wrong ${JSON.stringify(s.wrong)} missing ${JSON.stringify(s.missing)}`,
          );
  }
  printTable(`${cases.length} authored fixture sites`, fieldTotals(pages));
}

function printReal(report: RealReport) {
  const sites = new Set(report.pages.map((p) => p.page.split('/')[1]));
  printTable(
    `\n${report.pages.length} real pages of ${sites.size} sites (${report.corpus})`,
    fieldTotals(report.pages.map((p) => p.fields)),
  );
  console.log('\nmisses on real pages (page field: missing … | wrong …)');
  for (const p of report.pages)
    for (const [field, s] of Object.entries(p.fields))
      if (s.fp || s.fn)
        console.log(
          `  ${p.page} ${field}:${s.missing.length ? ` missing ${JSON.stringify(s.missing)}` : ''}${s.wrong.length ? ` wrong ${JSON.stringify(s.wrong)}` : ''}`,
        );
  const forbidden = report.pages.flatMap((p) => p.forbidden.map((f) => ({ page: p.page, ...f })));
  console.log(`\nthird-party values extracted (host, agency, vendor…): ${forbidden.length}`);
  for (const f of forbidden)
    console.log(`  ${f.page} ${f.field}: ${JSON.stringify(f.value)} (matches "${f.rule}")`);
  console.log(`\n${report.cards.length} LinkedIn pages (right / wrong / missing)`);
  for (const c of report.cards)
    console.log(
      `  ${c.page} [${c.kind}] right ${c.right.length}: ${c.right.join(' ')}; wrong ${c.wrong.length}: ${c.wrong.map((w) => `${w.field} ${JSON.stringify(w.got)} want ${JSON.stringify(w.want)}`).join(', ')}; missing ${c.missing.length}: ${c.missing.join(' ')}`,
    );
  const below = floorFailures(report);
  console.log(`\nfloors (REAL_FLOORS in utils/cli/real-floors.ts): ${below.length} not met`);
  for (const f of below) console.log(`  ${f}`);
  for (const u of report.unmatched) console.error(`UNMATCHED ${u}`);
  if (report.unmatched.length) process.exitCode = 1;
}

if (only !== 'real') await authored();
if (only !== 'authored') {
  try {
    printReal(await realReport());
  } catch (error) {
    if (!(error instanceof CorpusMissing)) throw error;
    console.error(`\nERROR: ${error.message}`);
    process.exitCode = 1;
  }
}
