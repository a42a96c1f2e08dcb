/**
 * The Excel (français) CSV and the .xlsx opened in a real spreadsheet, LibreOffice Calc headless,
 * with a French locale: every identifier and phone is text with all its digits, accents survive,
 * dates are dates, nothing computes page data. Then Calc saves each back as CSV and the import
 * reads the same prospects. Three conversions in all (about 1.5 s each).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLUMN_IDS, IMPORTABLE } from '@/utils/csv/columns';
import { prospectsToCsv } from '@/utils/csv/export';
import { parseProspectCsv } from '@/utils/csv/import';
import { PROFILES } from '@/utils/csv/profiles';
import { prospectsToXlsx } from '@/utils/csv/xlsx';
import { sampleProspects } from './samples';

const SOFFICE = process.env.SOFFICE ?? '/usr/bin/soffice';
const columns = [...COLUMN_IDS.filter((c) => IMPORTABLE.has(c)), 'band' as const, 'score' as const];
const profile = PROFILES['excel-fr'];
const dir = mkdtempSync(join(tmpdir(), 'glaneur-calc-'));

/** One soffice run, French locale, its own profile directory (other runs may be going on). */
function soffice(args: string[], outdir: string) {
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      ...args,
      '--outdir',
      join(dir, outdir),
    ],
    {
      env: { ...process.env, LC_ALL: 'fr_FR.UTF-8', LANG: 'fr_FR.UTF-8' },
      stdio: 'pipe',
      timeout: 60_000,
    },
  );
}

interface Cell {
  type: string;
  text: string;
  formula?: string;
  date: boolean;
}

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const texts = (xml: string) =>
  [...xml.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((m) => unescape(m[1]!)).join('');

/** The cells of an .xlsx Calc wrote, by header and row: type, text, formula, date or not. */
function readSheet(path: string): Record<string, Cell>[] {
  const zip = unzipSync(new Uint8Array(readFileSync(path)));
  const xml = (name: string) => (zip[name] ? strFromU8(zip[name]) : '');
  const shared = [...xml('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    texts(m[1]!),
  );
  const styles = xml('xl/styles.xml');
  const formats = new Map(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [
      m[1]!,
      unescape(m[2]!),
    ]),
  );
  const xfs = [
    ...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(
      /<xf [^>]*?numFmtId="(\d+)"/g,
    ),
  ].map((m) => m[1]!);
  const isDate = (style: string | undefined) => {
    const id = xfs[Number(style ?? 0)] ?? '0';
    const code = formats.get(id) ?? '';
    return (Number(id) >= 14 && Number(id) <= 22) || (/[dj]/i.test(code) && /[ya]/i.test(code));
  };
  const rows = [...xml('xl/worksheets/sheet1.xml').matchAll(/<row [^>]*>([\s\S]*?)<\/row>/g)].map(
    (row) =>
      [...row[1]!.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((c) => {
        const attrs = c[2]!;
        const body = c[3] ?? '';
        const type = /t="(\w+)"/.exec(attrs)?.[1] ?? 'n';
        const value = unescape(/<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? '');
        const formula = /<f[^>]*>([\s\S]*?)<\/f>/.exec(body)?.[1];
        const text =
          type === 's' ? shared[Number(value)]! : type === 'inlineStr' ? texts(body) : value;
        return {
          column: c[1]!,
          cell: {
            type,
            text,
            date: type === 'n' && isDate(/s="(\d+)"/.exec(attrs)?.[1]),
            ...(formula !== undefined ? { formula: unescape(formula) } : {}),
          },
        };
      }),
  );
  const header = new Map(rows[0]!.map(({ column, cell }) => [column, cell.text]));
  return rows
    .slice(1)
    .map((cells) =>
      Object.fromEntries(cells.map(({ column, cell }) => [header.get(column) ?? column, cell])),
    );
}

const csvPath = join(dir, 'export.csv');
const xlsxPath = join(dir, 'export.xlsx');
let fromCsv: Record<string, Cell>[];
let fromXlsx: Record<string, Cell>[];

beforeAll(() => {
  if (!existsSync(SOFFICE)) {
    throw new Error(
      `${SOFFICE} is missing: apt-get install libreoffice-calc-nogui (or npm test sets it up)`,
    );
  }
  writeFileSync(csvPath, prospectsToCsv(sampleProspects, profile, columns));
  writeFileSync(xlsxPath, prospectsToXlsx(sampleProspects, profile, columns));
  // 59 = ";", 34 = '"', 76 = UTF-8, from line 1, French (1036) number and date recognition.
  soffice(['--infilter=CSV:59,34,76,1,,1036', '--convert-to', 'xlsx', csvPath], 'csv-in-calc');
  soffice(['--convert-to', 'xlsx', xlsxPath], 'xlsx-in-calc');
  // Both sheets as Calc read them, saved back as CSV (two files, one run).
  writeFileSync(join(dir, 'from-csv.xlsx'), readFileSync(join(dir, 'csv-in-calc/export.xlsx')));
  soffice(
    [
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):59,34,76,1',
      join(dir, 'from-csv.xlsx'),
      xlsxPath,
    ],
    'saved',
  );
  fromCsv = readSheet(join(dir, 'csv-in-calc/export.xlsx'));
  fromXlsx = readSheet(join(dir, 'xlsx-in-calc/export.xlsx'));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const byName = (rows: Record<string, Cell>[], name: string) =>
  rows.find((r) => r.Nom?.text === name)!;
/** A formula that computes nothing: a string constant of validated characters. */
const CONSTANT = /^"[0-9A-Za-z +.,()]*"$/;

describe.each([
  ['Excel (français) CSV', () => fromCsv],
  ['.xlsx', () => fromXlsx],
])('%s opened in LibreOffice Calc (French locale)', (_, sheet) => {
  it('keeps identifiers, postcodes and phones as text, every digit there', () => {
    const rows = sheet();
    expect(rows).toHaveLength(sampleProspects.length);
    const lumen = byName(rows, 'Atelier Lumen');
    expect(lumen['Téléphones']).toMatchObject({ text: '04 78 00 00 00' });
    expect(lumen['Code postal']).toMatchObject({ text: '69001' });
    expect(byName(rows, 'Vélo Solidaire Nantes').SIREN).toMatchObject({ text: '732 829 320' });
    for (const row of rows) {
      for (const header of [
        'Téléphones',
        'Code postal',
        'SIREN',
        'SIRET',
        'N° TVA',
        'Téléphone du contact',
      ]) {
        const cell = row[header];
        if (cell)
          expect(['s', 'str', 'inlineStr'], `${row.Nom?.text} ${header}`).toContain(cell.type);
      }
    }
  });

  it('keeps accents, writes the fit in French, the score as a number and dates as dates', () => {
    const rows = sheet();
    expect(rows.map((r) => r.Nom!.text)).toEqual(
      sampleProspects
        .map((p) => p.organisation.name!.value)
        .map((n) => (n.startsWith('=') ? expect.stringContaining(n) : n)),
    );
    const velo = byName(rows, 'Vélo Solidaire Nantes');
    expect(velo['Adéquation']).toMatchObject({ text: 'Excellente cible', type: 's' });
    expect(velo.Score).toMatchObject({ type: 'n', text: '82' });
    // 2026-12-01 is day 46357 of the spreadsheet calendar.
    expect(byName(rows, 'Atelier Lumen').Relance).toMatchObject({
      type: 'n',
      text: '46357',
      date: true,
    });
    expect(velo['Capturé le']).toMatchObject({ type: 'n', date: true });
  });

  it('computes nothing taken from a page: no formula but text constants', () => {
    const formulas = sheet().flatMap((row) => Object.values(row).flatMap((c) => c.formula ?? []));
    for (const f of formulas) expect(f).toMatch(CONSTANT);
    const evil = sheet().find((r) => r.Nom!.text.includes('HYPERLINK'))!;
    expect(evil.Nom!.formula).toBeUndefined();
    expect(evil.Nom!.type).not.toBe('n');
  });
});

describe('saved back as CSV by Calc, then imported', () => {
  const original = () =>
    parseProspectCsv(new TextEncoder().encode(prospectsToCsv(sampleProspects, profile, columns)));
  it.each(['from-csv.csv', 'export.csv'])(
    '%s gives back the same prospects, nothing lost',
    (file) => {
      const again = parseProspectCsv(new Uint8Array(readFileSync(join(dir, 'saved', file))));
      expect(again.errors).toEqual([]);
      expect(again.rows.map((r) => r.values)).toEqual(original().rows.map((r) => r.values));
      expect(again.rows.flatMap((r) => r.notes)).toEqual([]);
    },
  );
});
