import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { storedProspects } from '@/utils/cli/stored-prospects';

const v1 = (
  JSON.parse(readFileSync('tests/fixtures/storage/v1-prospects.json', 'utf8')) as object[]
)
  .map((p) => JSON.stringify(p))
  .join('\n');
const today = readFileSync('tests/fixtures/csv/prospects.jsonl', 'utf8');
const cli = (args: string[], input: string) =>
  execFileSync('node', ['--import', 'tsx', 'utils/cli/csv.ts', ...args], { input });

describe('csv export CLI', () => {
  it('reads prospects of every schema version, brought up to date by the migrations', async () => {
    const old = await storedProspects(v1);
    expect(old).toHaveLength(3);
    expect(old.every((p) => p.identityKeys?.length)).toBe(true);
    expect(old[0]!.identityKeys).toContain('domain:atelier-lumen.fr');
    expect((await storedProspects(today)).map((p) => p.id)).toEqual(
      today
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { id: string }).id),
    );
  });

  it('writes the CSV of a profile, or with --xlsx the workbook bytes', () => {
    const csv = cli(['export', '--profile', 'excel-fr'], today).toString('utf8');
    expect(csv).toBe(readFileSync('tests/fixtures/csv/golden/excel-fr.csv', 'utf8'));
    const xlsx = unzipSync(new Uint8Array(cli(['export', '--profile', 'excel-fr', '--xlsx'], v1)));
    const sheet = strFromU8(xlsx['xl/worksheets/sheet1.xml']!);
    expect(sheet.match(/<row /g)).toHaveLength(1 + 3);
    expect(sheet).toContain('Atelier Lumen');
  }, 60_000);
});
