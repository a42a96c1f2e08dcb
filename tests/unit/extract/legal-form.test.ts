import { describe, expect, it } from 'vitest';
import { parseDocument } from '@/utils/cli/read-site';
import { extractOrganisation } from '@/utils/extract';

const read = (title: string, body: string, url = 'https://www.boreal-logiciel.ca/') => {
  const draft = extractOrganisation(
    parseDocument(`<html><head><title>${title}</title></head><body>${body}</body></html>`),
    url,
    new Date(0),
  );
  return { legalName: draft.legalName?.value, kind: draft.kind?.value };
};

describe('the site’s own name written with its legal form', () => {
  it('is the legal name, as a sentence writes it rather than a heading in capitals', () => {
    expect(
      read(
        'Logiciel sur mesure - Boréal Logiciel Inc.',
        '<header><h1>BORÉAL LOGICIEL INC</h1></header><p>Des logiciels faits pour vous.</p><footer><h2>Boréal Logiciel inc., 12 rue des Pins<br>Rimouski (Québec) G5L 1A1</h2></footer>',
      ),
    ).toEqual({ legalName: 'Boréal Logiciel inc.', kind: 'company' });
    expect(
      read(
        'Accueil',
        '<footer>Studio Nord SARL – 3 rue Basse, 59000 Lille</footer>',
        'https://studio-nord.fr/',
      ),
    ).toEqual({ legalName: 'Studio Nord SARL', kind: 'company' });
  });

  it('is not a client’s name, nor a person’s trading as an EI', () => {
    expect(read('Boréal Logiciel', '<p>Nos clients : Renault SAS, Airbus SE.</p>')).toEqual({
      legalName: undefined,
      kind: undefined,
    });
    expect(
      read('Julie Roy, graphiste', '<footer>Julie Roy EI – Lille</footer>', 'https://julieroy.fr/'),
    ).toEqual({ legalName: undefined, kind: 'independent' });
  });
});
