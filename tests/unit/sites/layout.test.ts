import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '@/utils/sites';
import { socialFixtures } from './fixtures';

/** Files of utils/sites/ that are not site adapters. */
const SUPPORT = ['adapter.ts', 'dom.ts', 'index.ts', 'selectors.ts', 'to-draft.ts'];

describe('utils/sites layout', () => {
  const files = readdirSync('utils/sites').filter((f) => !SUPPORT.includes(f));

  it('registers every site file', () => {
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(
      SITE_ADAPTERS.map((a) => a.site).sort(),
    );
  });

  it.each(SITE_ADAPTERS.map((a) => [a.site] as const))(
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
