import { describe, expect, it } from 'vitest';
import { EXCERPT_CHARS } from '@/utils/model/qualification';
import { ownExcerpt } from '@/utils/scoring';

const OWN =
  'Notre association répare les objets du quotidien avec les habitants du quartier, chaque samedi.';

describe('the excerpt kept with a score', () => {
  it('keeps the words the score counts: not menus far from prose, banners or footers', () => {
    const text = [
      'Accueil',
      'Ateliers',
      'Agenda',
      'Contact',
      'Nous utilisons des cookies pour mesurer l’audience de ce site, acceptez-vous ces traceurs ?',
      OWN,
      'Mentions légales · © 2026 Tous droits réservés',
    ].join('\n');
    // Short lines next to prose are its headings, and count as such.
    expect(ownExcerpt('https://repair.example/', text)).toBe(`Agenda\nContact\n${OWN}`);
  });

  it('is bounded, cut between lines', () => {
    const text = Array.from({ length: 200 }, (_, i) => `${OWN} (${i})`).join('\n');
    const excerpt = ownExcerpt('https://repair.example/', text);
    expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_CHARS);
    expect(excerpt.length).toBeGreaterThan(EXCERPT_CHARS - OWN.length - 10);
    expect(excerpt.split('\n').every((line) => text.includes(line))).toBe(true);
  });

  it('is empty for a page that does not present the organisation', () => {
    expect(ownExcerpt('https://repair.example/mentions-legales', OWN)).toBe('');
  });
});
