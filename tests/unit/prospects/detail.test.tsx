import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { DetailFields } from '@/entrypoints/prospects/DetailFields';
import { cellText } from '@/entrypoints/prospects/list-model';
import { dialFromFrance } from '@/utils/csv/phone-format';
import type { Prospect } from '@/utils/model/prospect';
import { sampleProspects } from '../csv/samples';
import { sampleDraft, sampleQualification } from '../sample';
import { idsIn, internalIds, textsOf, useLocale } from './locale';

let root: HTMLElement;
beforeEach(() => {
  const { window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  Object.assign(globalThis, { document: window.document });
  root = window.document.getElementById('app') as unknown as HTMLElement;
});

const src = { source: 'jsonld' as const, confidence: 0.9 };
/** A prospect with every kind of field, scored, typed on, merged with another name. */
const full: Prospect = {
  ...sampleProspects[0]!,
  userEdited: ['description'],
  bandOverride: 'excellent',
  qualification: sampleQualification({ personaId: 'ux', personaName: 'Designer UX' }),
  organisation: sampleDraft({
    aliases: ['Lumen Graphisme'],
    legalName: { value: 'Atelier Lumen SCOP SARL', ...src },
    domain: { value: 'atelier-lumen.fr', source: 'url', confidence: 1 },
    description: {
      value: 'Design graphique.\nÉducation populaire.',
      source: 'user',
      confidence: 1,
    },
    logo: { value: 'https://www.atelier-lumen.fr/logo.svg', source: 'opengraph', confidence: 0.8 },
    language: { value: 'fr', source: 'meta', confidence: 0.8 },
    address: {
      value: {
        street: '12 rue Sainte-Catherine',
        postalCode: '69001',
        city: 'Lyon',
        country: 'FR',
      },
      source: 'hcard',
      confidence: 0.9,
    },
    emails: [{ value: 'bonjour@atelier-lumen.fr', source: 'mailto', confidence: 0.9 }],
    phones: [
      { value: '+33478123456', display: '04.78.12.34.56', source: 'tel', confidence: 0.9 },
      { value: '+41225550000', display: '+41 22 555 00 00', source: 'footer', confidence: 0.6 },
    ],
    socials: [
      {
        value: 'https://www.linkedin.com/company/atelier-lumen',
        network: 'linkedin',
        source: 'link',
        confidence: 0.9,
      },
    ],
    siren: { value: '732829320', valid: true, source: 'text', confidence: 0.9 },
    siret: {
      value: '73282932000075',
      valid: false,
      issue: 'check-digit',
      source: 'text',
      confidence: 0.9,
    },
    vat: { value: 'FR44732829320', valid: true, source: 'microdata', confidence: 0.9 },
    rcs: { value: 'Lyon', source: 'text', confidence: 0.7 },
    naf: { value: '74.10Z', source: 'registry', confidence: 1 },
    kind: { value: 'cooperative', source: 'jsonld', confidence: 0.9 },
    keywords: [{ value: 'graphisme', source: 'meta', confidence: 0.5 }],
  }),
};

const terms = () =>
  [...root.querySelectorAll('dt')].map((dt) => [
    dt.textContent,
    dt.nextElementSibling!.textContent,
  ]);

describe('the detail panel shows the fields as she knows them', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`no internal id is visible (${lang})`, () => {
      useLocale(lang);
      render(<DetailFields prospect={full} />, root);
      expect(idsIn(textsOf(root), internalIds(lang))).toEqual([]);
      expect(root.querySelectorAll('dt')).toHaveLength(20);
    });
  }

  it('labels, kinds, sources, phones and the fit in French', () => {
    useLocale('fr');
    render(<DetailFields prospect={full} />, root);
    expect(terms()).toEqual([
      [
        'Adéquation avec « Designer UX »',
        '72/100 · Excellente cible Niveau choisi par vous (calculé : Bonne cible).',
      ],
      ['Nom', 'Atelier Lumen (depuis JSON-LD)'],
      ['Raison sociale', 'Atelier Lumen SCOP SARL (depuis JSON-LD)'],
      ['Site web', 'https://www.atelier-lumen.fr/ (depuis JSON-LD)'],
      ['Domaine', 'atelier-lumen.fr (depuis adresse de la page)'],
      ['Description', 'Design graphique.\nÉducation populaire. (saisi par vous)'],
      ['Logo', 'https://www.atelier-lumen.fr/logo.svg (depuis OpenGraph)'],
      ['Langue', 'français (depuis balises meta)'],
      ['Adresse', '12 rue Sainte-Catherine, 69001 Lyon, France (depuis h-card)'],
      ['SIREN', '732829320 (depuis texte de la page)'],
      [
        'SIRET',
        '73282932000075 — invalide : la clé de contrôle ne correspond pas (depuis texte de la page)',
      ],
      ['N° de TVA', 'FR44732829320 (depuis microdonnées)'],
      ['RCS', 'Lyon (depuis texte de la page)'],
      ['Code NAF/APE', '74.10Z (depuis Sirene / RNE (répertoire national))'],
      ['Type', 'Coopérative (depuis JSON-LD)'],
      ['Autres noms', 'Lumen Graphisme'],
      ['E-mails', 'bonjour@atelier-lumen.fr (depuis lien e-mail)'],
      [
        'Téléphones',
        '04 78 12 34 56 (depuis lien téléphone)00 41 22 555 00 00 (depuis pied de page)',
      ],
      ['Réseaux sociaux', 'linkedin.com/company/atelier-lumen (depuis liens de la page)'],
      ['Mots-clés', 'graphisme (depuis balises meta)'],
    ]);
  });

  it('the list’s fit column gives the score with the band, in each language', () => {
    const scored: Prospect = { ...full, bandOverride: undefined };
    const day = (d: string) => d;
    expect(cellText(scored, 'band', { lang: 'en', day })).toBe('72 · Good fit');
    expect(cellText(scored, 'band', { lang: 'fr', day })).toBe('72 · Bonne cible');
    expect(cellText({ ...scored, qualification: undefined }, 'band', { lang: 'en', day })).toBe('');
    expect(cellText(scored, 'phones', { lang: 'fr', day, phone: dialFromFrance })).toBe(
      '04 78 12 34 56, 00 41 22 555 00 00',
    );
  });
});
