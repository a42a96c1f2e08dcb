import { describe, expect, it } from 'vitest';
import { emptyPersona, type Persona } from '@/utils/model/persona';
import type { Prospect, Status } from '@/utils/model/prospect';
import type { Qualification } from '@/utils/model/qualification';
import {
  commonGround,
  criterionTerms,
  distinctiveTerms,
  prospectDoc,
  termKey,
  type LearnDoc,
} from '@/utils/scoring/learn';
import { sampleDraft, sampleProspect } from '../sample';

function prospect(
  id: string,
  status: Status,
  description: string,
  extra: { notes?: string; qualification?: Qualification } = {},
): Prospect {
  return sampleProspect({
    status,
    notes: extra.notes ?? '',
    id,
    organisation: sampleDraft({
      name: { value: `Org ${id}`, source: 'jsonld', confidence: 1 },
      description: { value: description, source: 'meta', confidence: 1 },
    }),
    ...(extra.qualification ? { qualification: extra.qualification } : {}),
  });
}

const doc = (id: string, text: string): LearnDoc => ({
  id,
  name: id,
  texts: [{ source: 'description', text }],
});

describe('distinctiveTerms', () => {
  const clients = [
    doc('a', 'Un atelier de réparation de vélos, ouvert aux écoles du quartier.'),
    doc('b', 'Nous organisons des ateliers de réparation pour les habitants.'),
    doc('c', 'Café associatif : réparations, couture et jardin partagé.'),
  ];
  const others = [
    doc('x', 'Agence de communication pour les entreprises du quartier.'),
    doc('y', 'Cabinet de conseil en stratégie pour les entreprises.'),
    doc('z', 'Un atelier de conseil pour les habitants du quartier.'),
  ];

  it('finds what the chosen share and the others lack, with how many of each', () => {
    const terms = distinctiveTerms(clients, others);
    expect(terms[0]).toMatchObject({ key: termKey('réparation'), count: 3, others: 0 });
    expect(terms[0]!.prospectIds).toEqual(['a', 'b', 'c']);
    // (3 + ½) / 4 against (0 + ½) / 4.
    expect(terms[0]!.ratio).toBeCloseTo(7);
    // Words everyone uses are not distinctive; function words are never terms.
    const keys = terms.map((t) => t.key);
    expect(keys).not.toContain(termKey('quartier'));
    expect(keys).not.toContain(termKey('habitants'));
    expect(keys.some((k) => ['de', 'des', 'pour', 'les'].includes(k))).toBe(false);
  });

  it('quotes each term verbatim from the prospect it came from', () => {
    const [first] = distinctiveTerms(clients, others);
    for (const q of first!.quotes) {
      const text = clients.find((c) => c.id === q.prospectId)!.texts[0]!.text;
      expect(text).toContain(q.quote);
      expect(q.source).toBe('description');
    }
    expect(first!.quotes[0]!.quote).toBe(
      'Un atelier de réparation de vélos, ouvert aux écoles du quartier.',
    );
    expect(first!.term).toBe('réparation');
  });

  it('keeps a pair of words over its words when the pair is found as often', () => {
    const chosen = [
      doc('a', 'Un lieu de zéro déchet au cœur de la ville.'),
      doc('b', 'Notre démarche zéro déchet depuis 2010.'),
    ];
    const keys = distinctiveTerms(chosen, others).map((t) => t.key);
    expect(keys).toContain(termKey('zéro déchet'));
    expect(keys).not.toContain(termKey('déchet'));
    // Words are paired only when they stand together, never across punctuation.
    expect(keys).not.toContain(termKey('ville notre'));
  });

  it('leaves out excluded keys, terms too rare among the chosen, and works with no one', () => {
    const exclude = new Set([termKey('réparation')]);
    const keys = distinctiveTerms(clients, others, { exclude }).map((t) => t.key);
    expect(keys).not.toContain(termKey('réparation'));
    // "vélos" is in one client only: below the two required.
    expect(keys).not.toContain(termKey('vélos'));
    expect(distinctiveTerms([], others)).toEqual([]);
  });
});

describe('prospectDoc', () => {
  it('reads the description, keywords, the excerpt and quotes kept, never her notes', () => {
    const p = prospect('p', 'client', 'Une ressourcerie.', {
      notes: 'secret: paie en retard',
      qualification: {
        personaId: 'x',
        personaName: 'X',
        score: 50,
        band: 'fair',
        criteria: [
          {
            id: 'c',
            label: 'Écologie',
            section: 'values',
            matched: true,
            weight: 3,
            evidence: [{ quote: 'Le réemploi au quotidien.', source: 'text' }],
          },
        ],
        redFlags: [],
        unchecked: [],
        confidence: 1,
        excerpt: 'Atelier vélo solidaire le samedi.',
      },
    });
    const texts = prospectDoc(p)
      .texts.map((t) => t.text)
      .join('\n');
    expect(texts).toContain('Une ressourcerie.');
    expect(texts).toContain('Le réemploi au quotidien.');
    expect(texts).toContain('Atelier vélo solidaire le samedi.');
    expect(texts).not.toContain('secret');
  });
});

describe('commonGround and criterionTerms', () => {
  const persona: Persona = {
    ...emptyPersona('ux', 'UX'),
    values: [{ id: 'eco', label: 'Écologie', terms: ['réemploi'], weight: 3, disqualifier: false }],
  };
  const scored = (matched: boolean, quote: string): Qualification => ({
    personaId: 'ux',
    personaName: 'UX',
    score: 50,
    band: 'fair',
    criteria: [
      {
        id: 'eco',
        label: 'Écologie',
        section: 'values',
        matched,
        weight: 3,
        evidence: matched ? [{ quote, source: 'text' }] : [],
      },
    ],
    redFlags: [],
    unchecked: [],
    confidence: 1,
  });
  const prospects = [
    prospect('a', 'client', 'Ressourcerie et réemploi solidaire.', {
      qualification: scored(true, 'Le réemploi des objets, la réparation des meubles.'),
    }),
    prospect('b', 'client', 'Ressourcerie de quartier, réemploi.', {
      qualification: scored(true, 'Réemploi et réparation toute l’année.'),
    }),
    prospect('c', 'contacted', 'Agence de communication.', { qualification: scored(false, '') }),
    prospect('d', 'to-qualify', 'Cabinet comptable.', { qualification: scored(false, '') }),
  ];

  it('compares clients with the others, leaving out what the persona has and what she dismissed', () => {
    const found = commonGround(prospects, persona, []);
    expect(found).toMatchObject({ clients: 2, others: 2 });
    const keys = found.terms.map((t) => t.key);
    expect(keys).toContain(termKey('ressourcerie'));
    expect(keys).not.toContain(termKey('réemploi'));
    const dismissed = commonGround(prospects, persona, [termKey('ressourcerie')]);
    expect(dismissed.terms.map((t) => t.key)).not.toContain(termKey('ressourcerie'));
  });

  it('suggests for a criterion the words beside its matches', () => {
    const terms = criterionTerms(prospects, persona);
    expect(terms.eco?.map((t) => t.key)).toContain(termKey('réparation'));
    expect(terms.eco?.map((t) => t.key)).not.toContain(termKey('réemploi'));
    // Scored against another persona: not hers to learn from.
    expect(criterionTerms(prospects, { ...persona, id: 'other' })).toEqual({});
  });
});
