import { describe, expect, it } from 'vitest';
import { decodeCsv } from '@/utils/csv/decode';
import { mapHeaders } from '@/utils/csv/header-map';
import { parseProspectCsv, rowToSaveInput } from '@/utils/csv/import';
import { fixture } from './samples';

const broken = (name: string) => parseProspectCsv(fixture(`broken/${name}`));
const lines = (errors: { line: number }[]) => errors.map((e) => e.line);

describe('CSV import', () => {
  it('guesses the delimiter of a two-column file however its lines end', () => {
    for (const [delimiter, text] of [
      [';', 'Nom;Site web\nAtelier A;a.example\n'],
      [';', 'Nom;Site web\r\nAtelier A;a.example\r\n\r\nAtelier B;b.example\r\n'],
      ['\t', 'Nom\tSite web\nAtelier A\ta.example\n'],
      [',', 'Nom,Site web\nAtelier A,a.example\n'],
    ] as const) {
      const preview = parseProspectCsv(text);
      expect(preview.delimiter, JSON.stringify(text)).toBe(delimiter);
      expect(preview.rows.map((r) => [r.record, r.name, r.values.website])).toEqual(
        text.includes('Atelier B')
          ? [
              [2, 'Atelier A', 'https://a.example'],
              [4, 'Atelier B', 'https://b.example'],
            ]
          : [[2, 'Atelier A', 'https://a.example']],
      );
    }
  });

  it('maps French and English headers by synonym, accent- and case-insensitively', () => {
    expect(
      mapHeaders(['Raison sociale', 'COURRIEL', 'Site Internet', 'CP', 'Company Domain Name', 'x']),
    ).toEqual(['legalName', 'emails', 'website', 'postalCode', 'domain', null]);
    expect(mapHeaders(['Nom', 'Name'])).toEqual(['name', null]);
  });

  it('imports every row of the sample that names an organisation; a bad cell is kept in the notes', () => {
    const preview = parseProspectCsv(fixture('sample-with-errors.csv'));
    expect(preview.delimiter).toBe(';');
    expect(preview.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 7, 8, 9]);
    expect(
      preview.rows.flatMap((r) => r.notes.map((n) => [r.record, r.name, n.code, n.column])),
    ).toEqual([
      [3, 'Vélo Solidaire Nantes', 'invalid-email', 'E-mail'],
      [4, "Les Jardins d'Ève", 'invalid-status', 'Statut'],
      [5, 'La Fabrique à Pain', 'invalid-date', 'Relance'],
      [7, 'Coop Rhizome', 'invalid-siren', 'SIREN'],
    ]);
    expect(preview.rows[1]!.values.notes).toBe('E-mail: pas-un-email');
    expect(preview.rows[1]!.values.emails).toBeUndefined();
    expect(preview.rows[3]!.values.notes).toBe('Relance: 31/02/2026');
    expect(preview.errors.map((e) => [e.line, e.record, e.code, e.reason])).toEqual([
      [
        6,
        6,
        'no-identity',
        'nothing identifies an organisation: no name, website, e-mail or identifier',
      ],
    ]);
    const lumen = preview.rows[0]!.values;
    expect(lumen).toMatchObject({
      name: 'Atelier Lumen',
      website: 'https://atelier-lumen.fr',
      emails: ['contact@atelier-lumen.fr'],
      status: 'to-contact',
      followUpAt: '2026-12-01',
      tags: ['artisanat', 'lyon'],
    });
  });

  it('a manual mapping overrides the automatic one', () => {
    const preview = parseProspectCsv(fixture('sample-with-errors.csv'), [
      'name',
      'website',
      null,
      'notes',
      null,
      null,
      null,
      null,
    ]);
    expect(preview.errors).toEqual([expect.objectContaining({ line: 6, code: 'no-identity' })]);
    expect(preview.rows[0]!.values.notes).toBe('Lyon');
    expect(preview.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 7, 8, 9]);
  });

  it('unclosed quote: the lines before are kept, the broken row is reported', () => {
    const preview = broken('unclosed-quote.csv');
    expect(preview.rows.map((r) => r.values.name)).toEqual(['Atelier Lumen']);
    expect(preview.errors).toEqual([expect.objectContaining({ line: 3, code: 'unclosed-quote' })]);
  });

  it('wrong delimiter: a row with unquoted commas is rejected, not shifted', () => {
    const preview = broken('wrong-delimiter.csv');
    expect(preview.delimiter).toBe(',');
    expect(preview.rows.map((r) => r.values.city)).toEqual(['Lyon', 'Paris']);
    expect(preview.errors).toEqual([expect.objectContaining({ line: 3, code: 'too-many-fields' })]);
  });

  it('a file with no known column says so once', () => {
    expect(broken('unknown-columns.csv').errors).toEqual([
      expect.objectContaining({ line: 1, code: 'no-known-column' }),
    ]);
  });

  it('Latin-1 / Windows-1252 bytes are detected and decoded (Œ, —, é)', () => {
    const bytes = fixture('broken/latin1.csv');
    expect(decodeCsv(bytes).encoding).toBe('windows-1252');
    const preview = parseProspectCsv(bytes);
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.rows.map((r) => [r.values.legalName, r.values.city])).toEqual([
      ['Café des Éditeurs', 'Besançon'],
      ["Œuvre d'Orient — antenne", 'Lyon'],
    ]);
    expect(rowToSaveInput(preview.rows[0]!.values, new Date()).draft.name?.value).toBe(
      'Café des Éditeurs',
    );
  });

  it('a UTF-8 BOM is detected and removed', () => {
    const preview = broken('header-only.csv');
    expect(preview.encoding).toBe('utf-8');
    expect(preview.headers[0]).toBe('Nom');
  });

  it('formula cells come in as plain text; our own guard apostrophe is removed', () => {
    const preview = broken('formula.csv');
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => r.values.name)).toEqual([
      '=HYPERLINK("http://evil.example";"x")',
      '=1+1',
    ]);
    expect(preview.rows[1]!.values.phones).toEqual([
      { value: '+33478000000', display: '+33478000000' },
    ]);
  });

  it('empty and header-only files', () => {
    expect(lines(broken('empty.csv').errors)).toEqual([1]);
    expect(broken('empty.csv').errors[0]!.code).toBe('empty-file');
    const headerOnly = broken('header-only.csv');
    expect(headerOnly.rows).toEqual([]);
    expect(headerOnly.errors.map((e) => e.code)).toEqual(['header-only']);
  });

  it('line numbers count the lines of multi-line cells', () => {
    const preview = parseProspectCsv('Nom,Notes\nA,"one\ntwo\nthree"\nB,x\n,\nC,"bad""\n');
    expect(preview.rows.map((r) => [r.values.name, r.line])).toEqual([
      ['A', 2],
      ['B', 5],
    ]);
    // The spreadsheet's own row numbers: the multi-line cell is one row, the empty row counts.
    expect(preview.rows.map((r) => r.record)).toEqual([2, 3]);
    expect(preview.errors.map((e) => [e.record, e.code])).toEqual([[5, 'unclosed-quote']]);
  });

  it('a row becomes an import save: source "import", the edits it gives and only those', () => {
    const preview = parseProspectCsv(fixture('sample-with-errors.csv'));
    const sarl = preview.rows.find((r) => r.name === 'Atelier Lumen SARL')!;
    const save = rowToSaveInput(sarl.values, new Date('2026-11-25T00:00:00Z'));
    expect(save.via).toBe('imported');
    expect(save.provided).toEqual(['tags']);
    expect(save.draft.website).toEqual({
      value: 'https://www.atelier-lumen.fr/contact',
      source: 'import',
      confidence: 1,
    });
  });
});
