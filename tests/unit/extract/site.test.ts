import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { baseDomain, sameSite } from '@/utils/extract/core/site';

const SITES = 'tests/fixtures/sites';
const fixtureHosts = readdirSync(SITES).map(
  (site) =>
    new URL(
      (JSON.parse(readFileSync(join(SITES, site, 'expected.json'), 'utf8')) as { url: string }).url,
    ).hostname,
);

describe('baseDomain, the content script’s stand-in for the Public Suffix List', () => {
  it('agrees with tldts on every fixture host and on the suffixes French pages use', () => {
    const hosts = [
      ...fixtureHosts,
      'www.mairie-saint-julien.fr',
      'boutique.atelier-lumen.fr',
      'a.b.co.uk',
      'www.example.com.au',
      'cc-pays-vert.gouv.fr',
      'velo.asso.fr',
      'brasserie.be',
      'www.shop.ch',
    ];
    const differ = hosts.filter((h) => baseDomain(h) !== getDomain(h));
    expect(differ).toEqual([]);
  });

  it('tells the site’s own URLs from others', () => {
    const page = new URL('https://www.atelier-lumen.fr/contact');
    expect(sameSite('https://atelier-lumen.fr/', page)).toBe(true);
    expect(sameSite('/mentions-legales', page)).toBe(true);
    expect(sameSite('https://agence-web.fr/', page)).toBe(false);
    expect(sameSite(undefined, page)).toBe(false);
  });
});
