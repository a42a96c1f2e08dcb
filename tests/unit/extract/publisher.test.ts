import { describe, expect, it } from 'vitest';
import { parseDocument } from '@/utils/cli/read-site';
import { collectCandidates } from '@/utils/extract';

/** What the legal notice's publisher line gives, as (field, value) pairs. */
const publisherOf = (body: string) =>
  collectCandidates(
    parseDocument(
      `<html lang="fr"><head><title>Mentions</title></head><body>${body}</body></html>`,
    ),
    'https://example.fr/mentions-legales',
  )
    .candidates.filter(
      (c) => c.source === 'text' && (c.field === 'name' || c.field === 'legalName'),
    )
    .map((c) => [c.field, c.value]);

describe('the publisher named by the legal notice', () => {
  it.each([
    [
      '<p>Ce site est édité par Ébénisterie Morel SARL, RCS Besançon 481 236 578.</p>',
      [
        ['name', 'Ébénisterie Morel'],
        ['legalName', 'Ébénisterie Morel SARL'],
      ],
    ],
    [
      '<p>Raison sociale : Studio Nord SAS au capital de 1 000 €</p>',
      [
        ['name', 'Studio Nord'],
        ['legalName', 'Studio Nord SAS'],
      ],
    ],
    ['<p>Éditeur : l’association Les Jardins du Quai</p>', [['name', 'Les Jardins du Quai']]],
    [
      '<p>Le site cabinet-nord.fr est la propriété de SCM Cap Nord au capital de 2 000 €, immatriculée au RCS de Lille.</p>',
      [
        ['name', 'Cap Nord'],
        ['legalName', 'SCM Cap Nord'],
      ],
    ],
    [
      '<p>Site édité par Marie Dupont. Directrice de la publication.</p>',
      [['name', 'Marie Dupont']],
    ],
  ])('%s', (body, want) => expect(publisherOf(body)).toEqual(want));

  it('is not read from the host’s block, nor from ordinary prose', () => {
    expect(
      publisherOf('<h2>Hébergement</h2><p>Site édité par OVH SAS, 2 rue Kellermann, Roubaix.</p>'),
    ).toEqual([]);
    expect(publisherOf('<p>Un livre édité par mes soins en 2019.</p>')).toEqual([]);
    expect(publisherOf('<p>Les photos sont la propriété de leurs auteurs.</p>')).toEqual([]);
  });
});
