/**
 * 50,000 plausible prospects, the same on every run (seeded): French organisation names, cities,
 * e-mails, phones, notes, tags, statuses, scores, some follow-ups, a few long notes.
 */
import type { Prospect, Status } from '@/utils/model/prospect';
import { STATUSES } from '@/utils/model/prospect';
import { BANDS } from '@/utils/model/qualification';

const KINDS = [
  'Atelier',
  'Coopérative',
  'Association',
  'Librairie',
  'Studio',
  'Ferme',
  'Maison',
  'Collectif',
  'Boulangerie',
  'Agence',
];
const WORDS = [
  'Lumen',
  'Rhizome',
  'Éveil',
  'Colibri',
  'Tisserand',
  'Horizon',
  'Garance',
  'Sève',
  'Mésange',
  'Ondine',
  'Pivoine',
  'Boréal',
  'Cèdre',
  'Ardoise',
  'Cigale',
];
const CITIES = [
  'Lyon',
  'Nantes',
  'Besançon',
  'Rennes',
  'Grenoble',
  'Bordeaux',
  'Montréal',
  'Liège',
  'Genève',
  'Saint-Étienne',
  'Périgueux',
  'Nîmes',
];
const TAGS = ['salon', 'ess', 'artisanat', 'bio', 'réemploi', 'numérique', 'culture', 'mobilité'];
const PERSONAS = ['Associations de l’ESS', 'Artisans engagés', 'Collectivités'];

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

export function generateProspects(count: number, seed = 42): Prospect[] {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const start = Date.parse('2022-01-01T00:00:00Z');
  const span = Date.parse('2026-11-20T00:00:00Z') - start;
  return Array.from({ length: count }, (_, i) => {
    const name = `${pick(KINDS)} ${pick(WORDS)} ${pick(WORDS)} ${i}`;
    const slug = name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
    const domain = `${slug}.fr`;
    const at = new Date(start + random() * span).toISOString();
    const status: Status = pick(STATUSES);
    const city = pick(CITIES);
    const score = Math.floor(random() * 100);
    const notes =
      random() < 0.3
        ? `Vu à ${city}, rappeler ${pick(['lundi', 'mardi', 'jeudi'])}. ${'Très intéressé par un accompagnement. '.repeat(Math.floor(random() * 5))}`
        : '';
    const src = { source: 'jsonld' as const, confidence: 0.9 };
    return {
      schemaVersion: 2 as const,
      id: `bench-${i}`,
      status,
      notes,
      ...(random() < 0.2
        ? { followUpAt: new Date(start + random() * span * 1.1).toISOString().slice(0, 10) }
        : {}),
      tags:
        random() < 0.5 ? [pick(TAGS), pick(TAGS)].filter((t, j, all) => all.indexOf(t) === j) : [],
      contacts: random() < 0.3 ? [{ name: `Claire Martin ${i}`, email: `claire@${domain}` }] : [],
      doNotContact: false,
      organisation: {
        schemaVersion: 1,
        name: { value: name, ...src },
        website: { value: `https://www.${domain}/`, ...src },
        domain: { value: domain, source: 'url', confidence: 1 },
        description: { value: `${name} : activité à ${city}.`, source: 'meta', confidence: 0.6 },
        emails: [{ value: `contact@${domain}`, source: 'mailto', confidence: 0.9 }],
        phones: [
          {
            value: `+3347${String(1000000 + i).slice(-7)}`,
            display: '04 7x xx xx xx',
            source: 'tel',
            confidence: 0.9,
          },
        ],
        address: {
          value: { postalCode: String(10000 + (i % 89999)), city, country: 'FR' },
          ...src,
        },
        socials: [],
        keywords: [],
        people: [],
        sourceUrl: `https://www.${domain}/contact`,
        capturedAt: at,
      },
      userEdited: [],
      qualification: {
        personaId: 'p',
        personaName: pick(PERSONAS),
        score,
        band: BANDS[Math.min(4, Math.floor((100 - score) / 20))]!,
        confidence: 1,
        criteria: [],
        redFlags: [],
        unchecked: [],
      },
      sourceUrls: [`https://www.${domain}/contact`],
      capturedAt: at,
      createdAt: at,
      updatedAt: at,
      legalBasis: 'legitimate-interest',
      history: [{ at, kind: 'captured', url: `https://www.${domain}/contact` }],
      activities: [],
      identityKeys: [`domain:${domain}`],
    } satisfies Prospect;
  });
}
