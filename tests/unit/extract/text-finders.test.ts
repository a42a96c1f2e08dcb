import { describe, expect, it } from 'vitest';
import { findAddresses } from '@/utils/extract/address';
import { decodeCfEmail, findEmails } from '@/utils/extract/core/email';
import { findPhones, parseTel } from '@/utils/extract/core/phone';
import { classifySocial } from '@/utils/extract/social-links';
import { altName, titleName } from '@/utils/extract/meta';

describe('emails', () => {
  it.each([
    ['bonjour [at] atelier-lumen [dot] fr', ['bonjour@atelier-lumen.fr']],
    ['contact (arobase) asso.org', ['contact@asso.org']],
    ['karim at coach-haddad dot fr', ['karim@coach-haddad.fr']],
    ['jean.dupont@example.com, nom@domaine.fr', []],
    ['logo@2x.png and icon@3x.jpg', []],
    ['8f7a6b5c4d3e2f1a8f7a6b5c4d3e2f1a@o1.ingest.sentry.io', []],
    ['We meet at the office. Dot points follow.', []],
  ])('%s', (text, want) => expect(findEmails(text).map((e) => e.value)).toEqual(want));

  it('decodes Cloudflare email protection', () => {
    expect(decodeCfEmail('422a272e2e2d02313637262b2d6f322b3a272e6c2430')).toBe(
      'hello@studio-pixel.fr',
    );
    expect(decodeCfEmail('zz')).toBeUndefined();
  });
});

describe('phones', () => {
  it.each([
    ['Tél. 04 78 12 34 56', 'FR', ['+33478123456']],
    ['+33 (0)6 71 23 45 67', 'FR', ['+33671234567']],
    ['SIRET 732 829 320 00074', 'FR', []],
    ['SIREN : 732 829 320', 'FR', []],
    ['Fax : 01 23 45 67 89', 'FR', []],
    ['commande n° 0612457890', 'FR', []],
    ['le 24/12/2025 à 18h00', 'FR', []],
    ['732 829 320', 'FR', []],
    ['(212) 736-5000', 'US', ['+12127365000']],
    ['Tél. 02 412 56 10', 'BE', ['+3224125610']],
  ])('%s (%s)', (text, region, want) =>
    expect(findPhones(text, region).map((p) => p.value)).toEqual(want),
  );

  it('reads national tel: links with the page region', () => {
    expect(parseTel('tel:0478123456', 'FR')).toBe('+33478123456');
    expect(parseTel('tel:', 'FR')).toBeUndefined();
  });
});

describe('addresses', () => {
  it.each([
    ['12 rue des Tanneurs, 69001 Lyon', 'FR', '12 rue des Tanneurs|69001|Lyon|FR'],
    [
      '1 place de la République 44000 NANTES CEDEX 1',
      'FR',
      '1 place de la République|44000|Nantes|FR',
    ],
    ['Rue de la Loi 16, 1000 Bruxelles', 'BE', 'Rue de la Loi 16|1000|Bruxelles|BE'],
    ['Chemin des Vignes 4, CH-1009 Pully', 'FR', 'Chemin des Vignes 4|1009|Pully|CH'],
  ])('%s', (text, region, want) => {
    const a = findAddresses(text, region)[0]?.address;
    expect([a?.street, a?.postalCode, a?.city, a?.country].join('|')).toBe(want);
  });

  it('does not guess the country of a 4-digit postcode without a hint', () => {
    expect(findAddresses('Bahnhofstrasse 10, 8001 Zürich', 'FR')).toEqual([]);
  });
});

describe('social profiles', () => {
  it.each([
    [
      'https://www.linkedin.com/company/atelier-lumen/about/',
      'https://www.linkedin.com/company/atelier-lumen',
    ],
    ['https://twitter.com/intent/tweet?url=x', undefined],
    ['https://www.facebook.com/sharer/sharer.php?u=x', undefined],
    ['https://www.instagram.com/p/C0ab12/', undefined],
    ['https://twitter.com/WordPress', undefined],
    ['https://github.com/withastro/astro', undefined],
    ['https://www.youtube.com/watch?v=x', undefined],
    ['https://mastodon.social/@studio', 'https://mastodon.social/@studio'],
    ['https://example.org/@someone', undefined],
  ])('%s', (href, want) => expect(classifySocial(href)?.url).toBe(want));
});

describe('names from titles', () => {
  it.each([
    ['Accueil - Atelier Lumen | Design graphique à Lyon', 'atelier-lumen.fr', '', 'Atelier Lumen'],
    ['Lefèvre Plomberie | Plombier chauffagiste à Nantes', 'x.fr', '', 'Lefèvre Plomberie'],
    ['Contact – Studio X', 'x.fr', '', 'Studio X'],
    ['Ouverture prochaine', 'x.fr', '', ''],
  ])('%s', (title, host, h1, want) => expect(titleName(title, host, h1)).toBe(want));
});

describe('names from logo alt text', () => {
  it.each([
    ['Logo de Atelier Lumen', 'Atelier Lumen'],
    ['Fleurs de Lune logo', 'Fleurs de Lune'],
    ['Logo de la commune', ''],
    ['logo', ''],
    ['Accueil', ''],
  ])('%s', (alt, want) => expect(altName(alt)).toBe(want));
});
