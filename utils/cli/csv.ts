/**
 * Developer CLI for checking CSV import and export with files nobody tuned for:
 *   npm run --silent csv -- import FILE                  → { "rows": [...], "errors": [{ "line", "reason" }] }
 *   npm run --silent csv -- export --profile excel-fr < prospects.jsonl > out.csv
 */
import { readFileSync } from 'node:fs';
import { StoredProspectSchema, type Prospect } from '../model/prospect';
import { prospectsToCsv } from '../csv/export';
import { parseProspectCsv } from '../csv/import';
import { PROFILE_IDS, PROFILES, type ProfileId } from '../csv/profiles';

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: csv import FILE | csv export --profile ${PROFILE_IDS.join('|')} < prospects.jsonl\n`,
  );
  process.exit(2);
}

function runImport(file: string | undefined) {
  if (!file) usage('missing FILE');
  const preview = parseProspectCsv(new Uint8Array(readFileSync(file)));
  const out = {
    rows: preview.rows.map((r) => ({ line: r.line, ...r.values })),
    errors: preview.errors.map((e) => ({ line: e.line, reason: e.reason })),
  };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

function runExport(args: string[]) {
  const at = args.indexOf('--profile');
  const profile = (at >= 0 ? args[at + 1] : 'excel-fr') as ProfileId;
  if (!PROFILE_IDS.includes(profile)) usage(`unknown profile ${profile}`);
  const prospects: Prospect[] = [];
  readFileSync(0, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const parsed = StoredProspectSchema.safeParse(JSON.parse(line));
      if (!parsed.success) usage(`line ${i + 1}: not a prospect`);
      prospects.push(parsed.data);
    });
  process.stdout.write(prospectsToCsv(prospects, PROFILES[profile]));
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'import') runImport(rest[0]);
else if (command === 'export') runExport(rest);
else usage(`unknown command ${command ?? ''}`);
