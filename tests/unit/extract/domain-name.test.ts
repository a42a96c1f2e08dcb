import { describe, expect, it } from 'vitest';
import { parseDocument } from '@/utils/cli/read-site';
import { extractOrganisation } from '@/utils/extract';

const nameOf = (title: string, body: string) =>
  extractOrganisation(
    parseDocument(
      `<html lang="fr"><head><title>${title}</title></head><body>${body}</body></html>`,
    ),
    'https://www.atelierlisemorel.fr/confidentialite.html',
    new Date(0),
  ).name?.value;

describe('a page that names itself by its domain alone', () => {
  it('is named by that domain, as the last resort', () => {
    expect(
      nameOf(
        'Mentions légales',
        '<h2>Politique de confidentialité de atelierlisemorel.fr</h2><p>Les personnes travaillant pour www.atelierlisemorel.fr respectent vos données.</p>',
      ),
    ).toBe('atelierlisemorel.fr');
  });

  it('keeps any name the page gives, and takes no one else’s domain', () => {
    expect(
      nameOf('Atelier Lise Morel', '<p>Politique de confidentialité de atelierlisemorel.fr</p>'),
    ).toBe('Atelier Lise Morel');
    expect(nameOf('Mentions légales', '<p>Hébergé par ovh.com.</p>')).toBeUndefined();
  });
});
