import { describe, expect, it } from 'vitest';
import { parseProspectCsv } from '@/utils/csv/import';
import { parseDay } from '@/utils/csv/row-schema';
import { fixture } from './samples';

const sheet = (name: string) => parseProspectCsv(fixture(`spreadsheet/${name}`));
const notesOf = (row: { notes: { column: string; code: string; kept: boolean }[] }) =>
  row.notes.map((n) => [n.column, n.code, n.kept]);

describe('a file a spreadsheet has damaged', () => {
  const preview = sheet('excel-damage.csv');
  const [perrin, favre, coeur, reunis] = preview.rows;

  it('imports every organisation, each with its spreadsheet row and name', () => {
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.record, r.name])).toEqual([
      [2, 'Menuiserie Perrin'],
      [3, 'Boulangerie Favre'],
      [4, 'Atelier Cœur de Bois'],
      // The multi-line notes of row 2 do not shift the row numbers after it.
      [5, 'Les Ateliers Réunis'],
    ]);
  });

  it('puts back leading zeros where certain, reads serial dates, keeps mangled numbers as text', () => {
    expect(perrin!.values).toMatchObject({
      phones: [{ value: '+33561000000', display: '0561000000' }],
      postalCode: '01000',
      followUpAt: '2026-12-01',
      emails: ['contact@menuiserie-perrin.fr'],
      street: '4 chemin des Vignes',
    });
    expect(perrin!.values.siret).toBeUndefined();
    expect(perrin!.values.notes).toBe(
      'Devis posé en mars.\nRappeler après le salon.\nSIRET: 8,12454E+13',
    );
    expect(notesOf(perrin!)).toEqual([
      ['Téléphone', 'lost-leading-zero', false],
      ['Code postal', 'lost-leading-zero', false],
      ['SIRET', 'scientific-notation', true],
      ['Relance', 'date-serial', false],
    ]);
    expect(reunis!.values.followUpAt).toBe('2027-01-13');
  });

  it('a bad e-mail, a short phone, a mangled SIREN: the row stays, each cell kept word for word', () => {
    expect(favre!.values).toMatchObject({
      name: 'Boulangerie Favre',
      website: 'https://boulangerie-favre.example',
      city: 'Grenoble',
      postalCode: '38000',
    });
    expect(favre!.values.notes).toBe('E-mail: bonjour@favre\nTéléphone: 06 12 34\nSIREN: 5,52E+08');
    expect(notesOf(favre!)).toEqual([
      ['E-mail', 'invalid-email', true],
      ['Téléphone', 'invalid-phone', true],
      ['SIREN', 'scientific-notation', true],
    ]);
    expect(notesOf(coeur!)).toEqual([['Relance', 'invalid-date', true]]);
    expect(coeur!.values.phones).toEqual([{ value: '+33612345678', display: '33612345678' }]);
  });
});

describe('rows with nothing that identifies an organisation', () => {
  it('are refused with exactly that reason; a name alone or an e-mail alone is enough', () => {
    const preview = sheet('nothing-identifying.csv');
    expect(preview.rows.map((r) => [r.record, r.name])).toEqual([
      [3, 'Atelier Sans Site'],
      [4, 'hello@anonyme.example'],
    ]);
    expect(preview.errors.map((e) => [e.record, e.line, e.code, e.reason])).toEqual([
      [
        2,
        2,
        'no-identity',
        'nothing identifies an organisation: no name, website, e-mail or identifier',
      ],
    ]);
  });
});

describe('dates as a spreadsheet writes them back', () => {
  it("reads JJ/MM/AA with the spreadsheets' 1930–2029 window", () => {
    const preview = parseProspectCsv('Nom;Relance;Capturé le\nA;01/12/26;10/01/30\n');
    expect(preview.rows[0]!.values).toMatchObject({
      followUpAt: '2026-12-01',
      capturedAt: '1930-01-10',
    });
  });

  it('reads only days of the calendar: leap years, short months, no month 13', () => {
    const read = [
      '29/02/2024',
      '29/02/2023',
      '29/02/1900',
      '2000-02-29',
      '31/04/2026',
      '30/04/2026',
      '2026-13-01',
      '00/01/2026',
      '1/2/0000',
      '2026-12-31T23:00:00Z',
    ].map(parseDay);
    expect(read).toEqual([
      '2024-02-29',
      undefined,
      undefined,
      '2000-02-29',
      undefined,
      '2026-04-30',
      undefined,
      undefined,
      '0000-02-01',
      '2026-12-31',
    ]);
  });
});
