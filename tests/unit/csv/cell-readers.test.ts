import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CELL_READERS, UNSURE } from '@/utils/csv/cell-readers';
import { prospectsToCsv } from '@/utils/csv/export';
import { mapHeaders } from '@/utils/csv/header-map';
import { PROFILE_IDS, PROFILES } from '@/utils/csv/profiles';
import { FIELD_SCHEMAS, type ImportField } from '@/utils/csv/row-schema';
import { generateProspects } from '../../bench/generate-prospects';

const many = (cell: string, n: number) => Array.from({ length: n }, () => cell).join('; ');

/** Cells at the edges of what each schema accepts. */
const EDGES = [
  'x',
  'x'.repeat(20),
  'x'.repeat(21),
  'x'.repeat(301),
  '😀'.repeat(200),
  '😀'.repeat(1001),
  'é'.repeat(2001),
  'example',
  'example.fr',
  'Example.FR',
  'exa_mple.fr',
  'a..b',
  'https://www.example.fr/contact',
  'http://localhost',
  'ftp://example.fr',
  'https://exa mple.fr',
  `https://${'x'.repeat(2050)}.fr`,
  'linkedin.com/company/atelier',
  'https://www.linkedin.com/in/claire',
  'https://example.fr/linkedin.com/',
  'a@b.fr',
  'a@b',
  'a@b.fr; c@d.fr, e@f.fr',
  'é@x.fr',
  ',,',
  many('a@b.fr', 50),
  many('a@b.fr', 51),
  '04 71 00 00 00',
  '0471000000',
  '04.71.00.00.00',
  '+33 6 12 34 56 78',
  '06 12 34',
  '+1 202 555 0100',
  '0471000000, 0612345678',
  many('0471000000', 51),
  '123 456 789',
  '123456789',
  '12345678',
  '8,12454E+13',
  '123 456 789 00012',
  '12345678900012',
  'À contacter',
  'contacted',
  'CONTACTÉ',
  'nope',
  'a, b; a',
  'x'.repeat(61),
  many('t', 51),
  Array.from({ length: 51 }, (_, i) => `t${i}`).join(', '),
  '01/02/2023',
  '1/2/23',
  '31/12/1999',
  '2023-02-30',
  '2023-13-01',
  '2023-02-02T10:00:00Z',
  '29/02/2024',
  '29/02/2023',
  '45000',
  'demain',
];

/** The cells of generated files in every profile, by the field their column fills. */
function generatedCells(): Map<ImportField, Set<string>> {
  const cells = new Map<ImportField, Set<string>>();
  const prospects = generateProspects(300, 3);
  for (const id of PROFILE_IDS) {
    const [headers = [], ...rows] = Papa.parse<string[]>(prospectsToCsv(prospects, PROFILES[id]), {
      skipEmptyLines: true,
    }).data;
    mapHeaders(headers).forEach((field, i) => {
      if (!field || !(field in FIELD_SCHEMAS)) return;
      const set = cells.get(field as ImportField) ?? new Set();
      for (const row of rows) if (row[i]?.trim()) set.add(row[i]!.trim());
      cells.set(field as ImportField, set);
    });
  }
  return cells;
}

describe('cell readers', () => {
  const generated = generatedCells();
  const fields = Object.keys(FIELD_SCHEMAS) as ImportField[];

  it('give what zod gives for every cell they are sure of, and leave the others to it', () => {
    for (const field of fields) {
      for (const cell of [...EDGES, ...(generated.get(field) ?? [])]) {
        const read = CELL_READERS[field](cell);
        if (read === UNSURE) continue;
        const parsed = FIELD_SCHEMAS[field].safeParse(cell);
        expect(parsed.success, `${field}: ${cell}`).toBe(true);
        expect(read, `${field}: ${cell}`).toEqual(parsed.data);
      }
    }
  });

  it('read every cell of a generated file that zod accepts', () => {
    expect(generated.size).toBeGreaterThan(15);
    for (const [field, cells] of generated) {
      for (const cell of cells) {
        if (!FIELD_SCHEMAS[field].safeParse(cell).success) continue;
        expect(CELL_READERS[field](cell), `${field}: ${cell}`).not.toBe(UNSURE);
      }
    }
  });
});
