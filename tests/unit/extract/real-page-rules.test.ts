import { describe, expect, it } from 'vitest';
import { parseDocument } from '@/utils/cli/read-site';
import { extractOrganisation } from '@/utils/extract';

/** The rules real pages needed, each on an invented page (the real ones are scored in real-pages). */
const read = (html: string, url = 'https://www.atelier-lumen.fr/mentions-legales') =>
  extractOrganisation(parseDocument(html), url, new Date(0));

describe('rules learnt from real pages', () => {
  it('reads a phone whose next block starts with digits', () => {
    const d = read('<p>Tél : 01 34 21 00 00</p><p>13 rue de la Gare, 95000 Cergy</p>');
    expect(d.phones.map((p) => p.value)).toEqual(['+33134210000']);
  });

  it('reads North American numbers and addresses on a Québec page', () => {
    const d = read(
      '<p>Logicus inc., 31 des Alouettes<br>Sainte-Anne-des-Lacs, Québec, Canada J0R 1B0<br>Sans frais: 1 888 824-7474</p>',
      'https://www.logicus.qc.ca/',
    );
    expect(d.phones.map((p) => p.value)).toEqual(['+18888247474']);
    expect(d.address?.value).toMatchObject({ postalCode: 'J0R 1B0', country: 'CA' });
  });

  it('takes the language from the text when <html lang> says otherwise', () => {
    const d = read(
      '<html lang="en"><body><p>Nous sommes une entreprise de rénovation et nous intervenons dans la région pour les particuliers. Appelez le 06 12 34 56 78.</p></body></html>',
    );
    expect(d.language?.value).toBe('fr');
    expect(d.phones.map((p) => p.value)).toEqual(['+33612345678']);
  });

  it('leaves out the parties a legal notice credits: webmaster, host, their e-mails', () => {
    const d =
      read(`<p><strong>Propriétaire</strong> : Atelier Lumen – SARL 73282932000074 – 12 rue des Tanneurs 69001 Lyon<br>
      <strong>Créateur</strong> : Paul Agence<br>
      <strong>Responsable publication</strong> : Paul Agence – paul@agence-web.fr<br>
      <strong>Hébergeur</strong> : OVH – 2 rue Kellermann - 59100 Roubaix - France</p>`);
    expect(d.emails).toEqual([]);
    expect(d.people).toEqual([]);
    expect(d.address?.value).toMatchObject({ city: 'Lyon' });
    expect(d.siret?.value).toBe('73282932000074');
    expect(d.kind?.value).toBe('company');
  });

  it('names the publication director written as a sentence', () => {
    const d = read('<p>La directrice de la publication est Camille Martin.</p>');
    expect(d.people.map((p) => p.value.name)).toEqual(['Camille Martin']);
  });

  it('prefers the name the domain spells to a title written for search engines', () => {
    const d = read(
      '<html><head><title>Cincinnati rental apartments new</title></head><body><header><img src="/l.png" alt="OTR Lofts logo"></header></body></html>',
      'https://www.otrlofts.com/',
    );
    expect(d.name?.value).toBe('OTR Lofts');
  });

  it('keeps a project site on github.io and never a local build as the website', () => {
    const project = read('<p>x</p>', 'https://asso.github.io/projet/mentions.html');
    expect(project.website?.value).toBe('https://asso.github.io/projet/');
    const local = read(
      '<html><head><link rel="canonical" href="http://localhost:4000/"></head><body></body></html>',
      'https://10f.example/',
    );
    expect(local.website?.value).toBe('https://10f.example/');
  });
});
