import { describe, expect, it } from 'vitest';
import { SocialProfileSchema } from '@/utils/model/social-profile';
import { extractSite } from '@/utils/sites';
import { documentOf, socialFixtures } from './fixtures';

const fixtures = socialFixtures();

describe('social fixtures', () => {
  it('has at least 10 authored pages', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s gives its expected card', (_, f) => {
    if (f.card !== null) SocialProfileSchema.parse(f.card);
    const card = extractSite(documentOf(f.html), f.url);
    expect(card).toEqual(f.card);
    if (card) expect(SocialProfileSchema.safeParse(card).success).toBe(true);
  });
});
