import { describe, expect, it } from 'vitest';
import { SITES } from '@/utils/sites';
import { socialFixtures } from './fixtures';
import { siteLayoutProblems } from './layout';

describe('utils/sites layout', () => {
  it('registers every site file once, each declaring its site, its reader and its test cases', async () => {
    expect(await siteLayoutProblems('.')).toEqual([]);
  });

  it.each(SITES.map((s) => [s.id] as const))(
    '%s has company and person fixtures in French and English',
    (site) => {
      const cards = socialFixtures().filter((f) => f.name.startsWith(`${site}-`));
      const kinds = new Set(cards.map((f) => (f.card as { kind?: string } | null)?.kind));
      expect(kinds).toContain('company');
      expect(kinds).toContain('person');
      const langs = new Set(cards.map((f) => /<html lang="(\w+)"/.exec(f.html)?.[1]));
      expect(langs).toContain('fr');
      expect(langs).toContain('en');
    },
  );
});
