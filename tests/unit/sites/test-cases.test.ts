import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractSite } from '@/utils/sites';
import type { SiteReader } from '@/utils/sites/site';
import { documentOf, socialFixtures } from './fixtures';
import { SUPPORT } from './layout';

interface SiteFile {
  site: { id: string };
  read: SiteReader;
  testCases: readonly string[];
}

const files = readdirSync('utils/sites').filter((f) => !SUPPORT.includes(f));
const sites = await Promise.all(
  files.map((f) => import(pathToFileURL(resolve('utils/sites', f)).href) as Promise<SiteFile>),
);
const fixtures = new Map(socialFixtures().map((f) => [f.name, f]));

describe('each site names the pages it reads', () => {
  it.each(sites.flatMap((s) => (s.testCases ?? []).map((name) => [s.site.id, name, s] as const)))(
    '%s reads a card from %s',
    (id, name, s) => {
      const f = fixtures.get(name);
      expect(f, `tests/fixtures/social/${name}`).toBeDefined();
      const card = s.read(documentOf(f!.html), new URL(f!.url));
      expect(card?.site).toBe(id);
      expect(card?.name).toBeTruthy();
      expect(extractSite(documentOf(f!.html), f!.url)).toEqual(card);
    },
  );

  it('every fixture page with a card is named by exactly one site', () => {
    const named = sites.flatMap((s) => s.testCases ?? []);
    const withCard = [...fixtures.values()].filter((f) => f.card !== null).map((f) => f.name);
    expect([...named].sort()).toEqual(withCard.sort());
  });
});
