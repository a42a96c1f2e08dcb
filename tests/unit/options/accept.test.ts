import { describe, expect, it } from 'vitest';
import { acceptTerm, withTerm } from '@/entrypoints/options/accept';
import { emptyPersona, type Criterion } from '@/utils/model/persona';

const criterion = (id: string, terms: string[] = []): Criterion => ({
  id,
  label: `Label ${id}`,
  terms,
  weight: 3,
  disqualifier: false,
});
const persona = {
  ...emptyPersona('p', 'P'),
  values: [criterion('eco', ['réemploi']), criterion('bare')],
};

describe('accepting a learnt term', () => {
  it('creates a criterion named after it in the section she chose', () => {
    const values = acceptTerm(persona, 'jardins collectifs', 'values').values;
    expect(values).toHaveLength(3);
    expect(values[2]).toMatchObject({ label: 'jardins collectifs', terms: ['jardins collectifs'] });
    const sectors = acceptTerm(persona, 'ressourcerie', 'sectors').profile.sectors;
    expect(sectors.map((c) => c.label)).toEqual(['ressourcerie']);
    expect(acceptTerm(persona, 'x', 'helpWith').helpWith).toHaveLength(1);
  });

  it('adds it to an existing criterion, whose label stays looked for when it had no terms', () => {
    const next = acceptTerm(persona, 'réparation', 'criterion:eco');
    expect(next.values[0]!.terms).toEqual(['réemploi', 'réparation']);
    expect(acceptTerm(persona, 'zéro déchet', 'criterion:bare').values[1]!.terms).toEqual([
      'Label bare',
      'zéro déchet',
    ]);
    expect(withTerm(criterion('x', ['a']), 'a')).toEqual(['a']);
  });
});
