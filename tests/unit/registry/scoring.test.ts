import { describe, expect, it } from 'vitest';
import { applyMatch } from '@/utils/registry/apply';
import { mapResult } from '@/utils/registry/map';
import { parsePayload } from '@/utils/registry/schema';
import { PersonaSchema } from '@/utils/model/persona';
import { qualify } from '@/utils/scoring/qualify';
import { body, entry, prospect } from './helpers';

/** A prospect known only by name, then completed from the directory entry of `siren`. */
const completed = (siren: string) =>
  applyMatch(
    prospect(),
    mapResult(parsePayload(body([entry(siren)])).results[0]!, '2026-12-01'),
    '2026-12-01T09:00:00.000Z',
  ).prospect.organisation;

const persona = PersonaSchema.parse({
  schemaVersion: 1,
  id: 'p',
  name: 'Associations de quartier',
  profile: {
    kinds: { values: ['association'], weight: 3 },
    size: { min: 1, max: 5, weight: 2 },
    territory: { places: ['69'], remoteFriendly: false, weight: 2 },
  },
});
const criterion = (q: ReturnType<typeof qualify>, id: string) =>
  q.criteria.find((c) => c.id === id);

describe('the directory in the score', () => {
  it('kind, size, territory and sector come from the directory, said so', () => {
    const q = qualify(completed('775678907'), '', persona);
    expect(criterion(q, 'profile.kind')).toMatchObject({
      matched: true,
      evidence: [{ field: 'registry', value: 'Association déclarée', source: 'registry' }],
    });
    expect(criterion(q, 'profile.size')).toMatchObject({
      matched: true,
      evidence: [{ field: 'registry', value: '1 ou 2 salariés', source: 'registry' }],
    });
    expect(criterion(q, 'profile.territory')).toMatchObject({
      matched: true,
      evidence: [{ source: 'registry' }],
    });
    expect(q.unchecked).toEqual([]);
  });

  it('a band outside the range does not match; no band leaves the page text to decide', () => {
    const q = qualify(completed('216901231'), '', persona); // 50 to 99 employees, a commune
    expect(criterion(q, 'profile.size')).toMatchObject({
      matched: false,
      evidence: [{ field: 'registry', value: '50 à 99 salariés' }],
    });
    expect(criterion(q, 'profile.kind')).toMatchObject({ matched: false });
    const bare = qualify(prospect().organisation, 'Nous sommes 3 salariés.', persona);
    expect(criterion(bare, 'profile.size')?.evidence[0]?.source).toBe('text');
  });

  it('the NAF label is matched by a sector criterion', () => {
    const bakers = PersonaSchema.parse({
      schemaVersion: 1,
      id: 'b',
      name: 'Artisans',
      profile: { sectors: [{ id: 'b', label: 'Boulangerie' }] },
    });
    const q = qualify(completed('421234584'), '', bakers);
    const sector = q.criteria.find((c) => c.id === 'b')!;
    expect(sector.matched).toBe(true);
    expect(sector.evidence).toContainEqual(
      expect.objectContaining({
        field: 'registry',
        source: 'registry',
        value: 'Boulangerie et boulangerie-pâtisserie',
      }),
    );
  });
});
