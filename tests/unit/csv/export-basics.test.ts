import { describe, expect, it } from 'vitest';
import { guardFormula } from '@/utils/csv/formula-guard';
import { prospectsToCsv } from '@/utils/csv/export';
import type { Prospect } from '@/utils/model/prospect';
import { sampleDraft, sampleEdits, sampleProspect } from '../sample';

const prospect = (name: string, notes = ''): Prospect =>
  sampleProspect({
    ...sampleEdits({ notes, followUpAt: '2026-12-03' }),
    organisation: sampleDraft({ name: { value: name, source: 'user', confidence: 1 } }),
    userEdited: ['name'],
    sourceUrls: ['https://www.atelier-lumen.fr/'],
  });

describe('guardFormula', () => {
  it.each(['=1+1', '+33 4', '-2', '@SUM(A1)', '\tx', '\rx'])('neutralises %j', (cell) => {
    expect(guardFormula(cell)).toBe(`'${cell}`);
  });
  it.each(['Atelier', '', ' =1', '1=1'])('leaves %j alone', (cell) => {
    expect(guardFormula(cell)).toBe(cell);
  });
});

describe('prospectsToCsv (Excel, French)', () => {
  it('writes UTF-8 BOM, semicolons, CRLF, French dates and guarded cells', () => {
    const csv = prospectsToCsv([prospect('=HYPERLINK("http://evil")', 'ligne 1\nligne 2; fin')]);
    expect(csv.startsWith('\uFEFFNom;Site web;')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toMatch(
      /^"'=HYPERLINK\(""http:\/\/evil""\)";https:\/\/www\.atelier-lumen\.fr\/;/,
    );
    expect(csv).toContain(';03/12/2026;');
    expect(csv).toContain('"ligne 1\nligne 2; fin"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes only the header when there is nothing to export', () => {
    expect(prospectsToCsv([]).split('\r\n')).toHaveLength(2);
  });
});
