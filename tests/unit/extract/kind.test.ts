import { describe, expect, it } from 'vitest';
import { parseDocument } from '@/utils/cli/read-site';
import { extractOrganisation } from '@/utils/extract';

const kindOf = (title: string, body: string, url = 'https://www.studio-nord.fr/') =>
  extractOrganisation(
    parseDocument(`<html><head><title>${title}</title></head><body>${body}</body></html>`),
    url,
    new Date(0),
  ).kind?.value;

describe('kind of organisation', () => {
  it.each([
    ['Studio Nord', '<p>Nos clients : Renault SAS, Airbus SE, Decathlon SA.</p>', undefined],
    ['Studio Nord', '<p>Nous accompagnons les associations et les collectivités.</p>', undefined],
    [
      'Studio Nord',
      '<p>Nous travaillons pour la mairie et le conseil départemental.</p>',
      undefined,
    ],
    ['Studio Nord', '<footer>Studio Nord SARL – 3 rue Basse, 59000 Lille</footer>', 'company'],
    [
      'Les Amis du Parc',
      '<p>Les Amis du Parc, association loi 1901 déclarée en préfecture.</p>',
      'association',
    ],
    ['Studio Nord', '<p>Studio Nord, SCOP SARL au capital variable.</p>', 'cooperative'],
    ['Nord Studio — Lille Web Design Agency', '<p>Our team builds websites.</p>', 'company'],
    ['Studio Nord — agence web à Lille', '<p>Nous concevons des sites.</p>', 'company'],
    ['Environment Agency', '<p>Flood warnings.</p>', undefined],
    [
      'Julie Roy — agence web',
      '<p>Je suis graphiste freelance, micro-entreprise.</p>',
      'independent',
    ],
    [
      'Julie Roy',
      '<p>Julie Roy – micro-entreprise – TVA non applicable, art. 293 B du CGI</p>',
      'independent',
    ],
  ])('%s: %s', (title, body, want) => expect(kindOf(title, body)).toBe(want));

  it('knows one person’s practice by the profile its structured data says it is', () => {
    const org = (sameAs: string) =>
      `<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'Organization',
        name: 'Studio Nord',
        url: 'https://www.studio-nord.fr/',
        sameAs: [sameAs],
      })}</script><p>Bienvenue</p>`;
    expect(kindOf('Studio Nord', org('https://www.linkedin.com/in/julie-roy/'))).toBe(
      'independent',
    );
    expect(kindOf('Studio Nord', org('https://www.linkedin.com/company/studio-nord/'))).toBe(
      undefined,
    );
  });

  it('knows public bodies by their domain', () => {
    expect(kindOf('Accueil', '<p>Bienvenue</p>', 'https://www.lyon.gouv.fr/')).toBe('public-body');
  });
});
