import { describe, expect, it } from 'vitest';
import { parseDocument } from '@/utils/cli/read-site';
import { extractOrganisation } from '@/utils/extract';

const addressOf = (body: string) =>
  extractOrganisation(
    parseDocument(
      `<html lang="fr"><head><title>Mentions légales</title></head><body>${body}</body></html>`,
    ),
    'https://atelier-lise.fr/mentions.html',
    new Date(0),
  ).address?.value;

describe('a town alone, the last resort for an address', () => {
  it('is the town a legal notice gives after the organisation’s SIRET or SIREN', () => {
    expect(
      addressOf('<p>Propriétaire : Atelier Lise – 732 829 320 00074 – Aix-en-Provence</p>'),
    ).toEqual({ city: 'Aix-en-Provence', country: 'FR' });
    expect(addressOf('<p>Éditeur : Atelier Lise — 732829320 — Le Havre</p>')).toEqual({
      city: 'Le Havre',
      country: 'FR',
    });
  });

  it('is not what follows a number that is no identifier, nor a sentence', () => {
    expect(addressOf('<p>Commande n° 123 456 789 00012 – Toulon</p>')).toBeUndefined();
    expect(
      addressOf('<p>Atelier Lise – 732 829 320 00074 – Tous droits réservés</p>'),
    ).toBeUndefined();
  });
});
