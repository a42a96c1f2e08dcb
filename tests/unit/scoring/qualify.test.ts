import { describe, expect, it } from 'vitest';
import { OrganisationDraftSchema, type OrganisationDraftInput } from '@/utils/model/organisation';
import { PersonaSchema, type PersonaInput } from '@/utils/model/persona';
import { bandOf, compilePersona, qualify } from '@/utils/scoring';

const draft = (extra: Partial<OrganisationDraftInput> = {}) =>
  OrganisationDraftSchema.parse({
    schemaVersion: 1,
    sourceUrl: 'https://example.org/',
    capturedAt: '2026-11-25T12:00:00.000Z',
    ...extra,
  });

const persona = (extra: Partial<PersonaInput> = {}) =>
  PersonaSchema.parse({
    schemaVersion: 1,
    id: 'p',
    name: 'P',
    values: [
      { id: 'coop', label: 'Coopération', weight: 5 },
      { id: 'edu', label: 'Éducation populaire', terms: ['éducation populaire', 'MJC'], weight: 5 },
    ],
    redFlags: [
      { id: 'price', label: 'Prix', terms: ['le moins cher'], weight: 4 },
      { id: 'casino', label: 'Casino', weight: 5, disqualifier: true },
    ],
    ...extra,
  });

const TEXT = 'Notre MJC vit de la coopération entre habitants. Éducation populaire depuis 1968.';

describe('qualify', () => {
  it('gives the same result for the same input', () => {
    const p = persona();
    expect(qualify(draft(), TEXT, p)).toEqual(qualify(draft(), TEXT, persona()));
    expect(qualify(draft(), TEXT, compilePersona(p))).toEqual(qualify(draft(), TEXT, p));
  });

  it('scores matched criteria and quotes the sentence and the field', () => {
    const result = qualify(
      draft({ description: { value: 'Une MJC.', source: 'meta', confidence: 0.8 } }),
      TEXT,
      persona(),
    );
    expect(result.score).toBe(100);
    const edu = result.criteria.find((c) => c.id === 'edu')!;
    expect(edu.evidence[0]).toEqual({
      quote: 'Une MJC.',
      source: 'description',
      page: 'https://example.org/',
    });
    expect(edu.evidence[1]?.quote).toBe('Notre MJC vit de la coopération entre habitants.');
    expect(edu.evidence[1]?.source).toBe('text');
  });

  it('takes points off for a red flag and disqualifies on a disqualifier', () => {
    const flagged = qualify(draft(), `${TEXT} Nous choisissons le moins cher.`, persona());
    expect(flagged.redFlags.map((r) => r.id)).toEqual(['price']);
    expect(flagged.score).toBe(100 - 4 * 5);
    expect(flagged.band).toBe('excellent');
    const casino = qualify(draft(), `${TEXT} Un casino en ville.`, persona());
    expect(casino.band).toBe('disqualified');
    expect(casino.redFlags[0]).toMatchObject({ id: 'casino', disqualifier: true });
  });

  it('lowers confidence, not the score, when data is missing', () => {
    const territory = { places: ['35'], remoteFriendly: false, weight: 3 };
    const withTerritory = persona({ profile: { territory } });
    const unknown = qualify(draft(), TEXT, withTerritory);
    expect(unknown.unchecked).toEqual(['profile.territory']);
    expect(unknown.confidence).toBeLessThan(1);
    expect(unknown.score).toBe(qualify(draft(), TEXT, persona()).score);
    const located = qualify(draft(), `${TEXT} 12 rue Haute, 35000 Rennes.`, withTerritory);
    expect(located.criteria.find((c) => c.id === 'profile.territory')?.matched).toBe(true);
    expect(located.confidence).toBe(1);
    const elsewhere = qualify(draft(), `${TEXT} 1 rue Basse, 69001 Lyon.`, withTerritory);
    expect(elsewhere.criteria.find((c) => c.id === 'profile.territory')?.matched).toBe(false);
    expect(elsewhere.score).toBeLessThan(located.score);
  });

  it('counts a remote-friendly organisation as in the territory when the persona allows it', () => {
    const territory = { places: ['Bretagne'], remoteFriendly: true, weight: 2 };
    const result = qualify(
      draft(),
      `${TEXT} Nos réunions se tiennent en visio.`,
      persona({ profile: { territory } }),
    );
    expect(result.criteria.find((c) => c.id === 'profile.territory')).toMatchObject({
      matched: true,
    });
  });

  it('prefers the declared kind of organisation over the words of the page', () => {
    const kinds = { values: ['association' as const], weight: 3 };
    const p = persona({ profile: { kinds } });
    const text = 'Nous accompagnons les associations. Société SARL au capital de 1000 €.';
    expect(qualify(draft(), text, p).criteria.find((c) => c.id === 'profile.kind')?.matched).toBe(
      false,
    );
    const declared = draft({ kind: { value: 'association', source: 'jsonld', confidence: 0.9 } });
    expect(qualify(declared, text, p).criteria.find((c) => c.id === 'profile.kind')?.matched).toBe(
      true,
    );
  });

  it("weighs an extractor's kind read from the text as one strong cue, not the last word", () => {
    const kinds = { values: ['cooperative' as const], weight: 3 };
    const p = persona({ profile: { kinds } });
    const guess = draft({ kind: { value: 'company', source: 'text', confidence: 0.7 } });
    const coop =
      'Greenfields Food Co-op Ltd, a registered cooperative society owned by its members.';
    expect(qualify(guess, coop, p).criteria.find((c) => c.id === 'profile.kind')?.matched).toBe(
      true,
    );
    const shop = 'Une boutique en ligne.';
    expect(qualify(guess, shop, p).criteria.find((c) => c.id === 'profile.kind')).toMatchObject({
      matched: false,
      evidence: [{ source: 'kind' }],
    });
  });

  it('checks the head count against the size range', () => {
    const p = persona({ profile: { size: { max: 50, weight: 2 } } });
    const small = qualify(draft(), `${TEXT} Une équipe de 12 personnes.`, p);
    expect(small.criteria.find((c) => c.id === 'profile.size')?.matched).toBe(true);
    const big = qualify(draft(), `${TEXT} 3000 salariés dans le monde.`, p);
    expect(big.criteria.find((c) => c.id === 'profile.size')?.matched).toBe(false);
  });

  it('checks nothing on an empty page', () => {
    const result = qualify(draft(), '', persona());
    expect(result).toMatchObject({ score: 0, band: 'poor', confidence: 0, criteria: [] });
    expect(result.unchecked).toEqual(['Coopération', 'Éducation populaire', 'Prix', 'Casino']);
  });
});

describe('bandOf', () => {
  it('places bands around the threshold', () => {
    expect([80, 79, 60, 59, 30, 29].map((s) => bandOf(s, 60, false))).toEqual([
      'excellent',
      'good',
      'good',
      'fair',
      'fair',
      'poor',
    ]);
    expect(bandOf(100, 90, false)).toBe('excellent');
    expect(bandOf(100, 60, true)).toBe('disqualified');
  });
});
