import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headcountBand, legalFormLabel, nafLabel } from '@/utils/registry/nomenclature';
import { kindOf } from '@/utils/registry/map';
import { ResultSchema } from '@/utils/registry/schema';

/** The nomenclatures as the API's repository publishes them (kept in tests/fixtures). */
const ref = (name: string): Record<string, string> =>
  JSON.parse(readFileSync(`tests/fixtures/registry/nomenclatures/${name}.json`, 'utf8'));
const tidy = (s: string) => s.split(/\s+/).filter(Boolean).join(' ');

describe('nomenclatures', () => {
  it('every NAF code has its French label', () => {
    const naf = ref('codes-NAF');
    expect(Object.keys(naf).length).toBeGreaterThan(700);
    for (const [code, label] of Object.entries(naf)) expect(nafLabel(code), code).toBe(tidy(label));
    expect(nafLabel('99.99X')).toBeUndefined();
  });

  it('every legal form has its French label', () => {
    for (const [code, label] of Object.entries(ref('natures-juridiques'))) {
      expect(legalFormLabel(code), code).toBe(tidy(label));
    }
  });

  it('every headcount band has its label and bounds that follow each other', () => {
    const bands = ref('tranches-effectifs');
    let previousMax = 0;
    // Sorted: JSON key order puts "11" before "01" once parsed.
    for (const [code, label] of Object.entries(bands).sort(([a], [b]) => a.localeCompare(b))) {
      const band = headcountBand(code)!;
      expect(band.label, code).toBe(label);
      if (code === 'NN' || code === '00') {
        expect(band).toMatchObject({ min: 0, max: 0 });
        continue;
      }
      expect(band.min, code).toBe(previousMax + 1);
      // The label states the bounds: "6 à 9 salariés", "10 000 salariés et plus".
      const numbers = label
        .replace(/(\d) (\d)/g, '$1$2')
        .match(/\d+/g)!
        .map(Number);
      expect(numbers[0], code).toBe(band.min);
      if (band.max !== undefined) expect(numbers[1], code).toBe(band.max);
      previousMax = band.max ?? Infinity;
    }
    expect(previousMax).toBe(Infinity);
    expect(headcountBand('99')).toBeUndefined();
  });

  it('the kind of organisation from the legal category and the complements', () => {
    const kind = (nature: string, complements = {}) =>
      kindOf(
        ResultSchema.parse({
          siren: '912345675',
          etat_administratif: 'A',
          nature_juridique: nature,
          complements,
        }),
      );
    expect(kind('5710')).toBe('company');
    expect(kind('5499')).toBe('company');
    expect(kind('6540')).toBe('company');
    expect(kind('9220', { est_association: true })).toBe('association');
    // An Alsace-Moselle cooperative association is an association first.
    expect(kind('5195', { est_association: true })).toBe('association');
    expect(kind('5458')).toBe('cooperative');
    expect(kind('5560')).toBe('cooperative');
    expect(kind('7210')).toBe('public-body');
    expect(kind('4110')).toBe('public-body');
    expect(kind('9220', { est_administration: true })).toBe('public-body');
    expect(kind('1000')).toBe('independent');
    expect(kind('9300')).toBeUndefined(); // a foundation: none of the kinds
  });
});
