import { describe, expect, it } from 'vitest';
import { parseProspectCsv } from '@/utils/csv/import';
import { parseTags } from '@/utils/text';

describe('tags', () => {
  it('are split on commas and semicolons, trimmed, each kept once', () => {
    expect(parseTags('salon, ess; bio ;; ess,')).toEqual(['salon', 'ess', 'bio']);
    expect(parseTags('  ')).toEqual([]);
    expect(parseTags('réemploi|culture\nmobilité')).toEqual(['réemploi', 'culture', 'mobilité']);
  });

  it('an imported cell is read the same way', () => {
    const csv = 'Nom;Site web;Étiquettes\r\nAtelier Lumen;lumen.fr;"artisanat; lyon, salon"\r\n';
    expect(parseProspectCsv(csv).rows[0]!.values.tags).toEqual(['artisanat', 'lyon', 'salon']);
  });
});
