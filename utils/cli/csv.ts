/**
 * Developer CLI for checking CSV import and export with files nobody tuned for:
 *   npm run --silent csv -- import FILE                  → { "rows": [...], "errors": [{ "line", "reason" }] }
 *     each row also gives its spreadsheet row number ("record"), the cells kept as text in its notes
 *     ("kept") and the cells repaired ("warnings"); each error its record and organisation name
 *   npm run --silent csv -- export --profile excel-fr [--xlsx] < prospects.jsonl > out.csv
 *     prospects of any schema version the database has had, brought up to date by its migrations
 */
import { readFileSync } from 'node:fs';
import { prospectsToCsv } from '../csv/export';
import { prospectsToXlsx } from '../csv/xlsx';
import { storedProspects } from './stored-prospects';
import { parseProspectCsv, type CellNote } from '../csv/import';
import { REASONS } from '../csv/row-schema';
import { PROFILE_IDS, PROFILES, type ProfileId } from '../csv/profiles';

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: csv import FILE | csv export --profile ${PROFILE_IDS.join('|')} [--xlsx] < prospects.jsonl\n`,
  );
  process.exit(2);
}

const noteJson = (n: CellNote) => ({ column: n.column, cell: n.cell, reason: REASONS[n.code] });

function runImport(file: string | undefined) {
  if (!file) usage('missing FILE');
  const preview = parseProspectCsv(new Uint8Array(readFileSync(file)));
  const out = {
    rows: preview.rows.map((r) => ({
      line: r.line,
      ...r.values,
      record: r.record,
      kept: r.notes.filter((n) => n.kept).map(noteJson),
      warnings: r.notes.filter((n) => !n.kept).map(noteJson),
    })),
    errors: preview.errors.map((e) => ({
      line: e.line,
      reason: e.reason,
      record: e.record,
      ...(e.name ? { name: e.name } : {}),
    })),
  };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

async function runExport(args: string[]) {
  const at = args.indexOf('--profile');
  const profile = (at >= 0 ? args[at + 1] : 'excel-fr') as ProfileId;
  if (!PROFILE_IDS.includes(profile)) usage(`unknown profile ${profile}`);
  let prospects;
  try {
    prospects = await storedProspects(readFileSync(0, 'utf8'));
  } catch (error) {
    usage(error instanceof Error ? error.message : String(error));
  }
  process.stdout.write(
    args.includes('--xlsx')
      ? prospectsToXlsx(prospects, PROFILES[profile])
      : prospectsToCsv(prospects, PROFILES[profile]),
  );
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'import') runImport(rest[0]);
else if (command === 'export') await runExport(rest);
else usage(`unknown command ${command ?? ''}`);
