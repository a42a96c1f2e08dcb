import { describe, expect, it } from 'vitest';
import { emptyPersona, PersonaSchema } from '@/utils/model/persona';
import { OrganisationDraftSchema } from '@/utils/model/organisation';
import { ownWords } from '@/utils/scoring/content';
import { pageKindOf } from '@/utils/scoring/page-kind';
import { MAX_QUOTE, quoteAround } from '@/utils/scoring/quote';
import { qualify } from '@/utils/scoring';

const draft = (url = 'https://org.example/') =>
  OrganisationDraftSchema.parse({
    schemaVersion: 1,
    sourceUrl: url,
    capturedAt: '2026-11-25T12:00:00.000Z',
  });

describe('quotes', () => {
  it('quotes the clause in its block, a block boundary inside it as a space', () => {
    const text = 'Accueil\nNous animons des ateliers de réparation; le samedi. Autre phrase.';
    const at = text.indexOf('ateliers');
    expect(quoteAround(text, at, at + 8)).toBe('Nous animons des ateliers de réparation');
    const across = 'Menu\nUn service\npublic de la culture. Fin';
    const from = across.indexOf('service');
    expect(quoteAround(across, from, across.indexOf('public') + 6)).toBe(
      'Un service public de la culture.',
    );
  });

  it('cuts a long sentence at word boundaries, with an ellipsis where it cut', () => {
    const words = Array.from({ length: 80 }, (_, i) => `mot${i}`);
    words[40] = 'coopération';
    const text = words.join(' ');
    const at = text.indexOf('coopération');
    const quote = quoteAround(text, at, at + 'coopération'.length);
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE);
    expect(quote).toMatch(/^…mot\d+ .* mot\d+…$/);
    expect(quote).toContain('coopération');
    for (const part of quote.split('…').filter(Boolean)) expect(text).toContain(part);
  });
});

describe('main content', () => {
  const text = [
    'AccueilActivitésContact',
    'Agenda',
    'Adhérer',
    'Notre projet',
    'Nous croyons au pouvoir d’agir des habitantes et des habitants du quartier.',
    'Ce site utilise des cookies pour mesurer l’audience de ses pages, accepter ou refuser.',
    '« Une équipe formidable, vraiment à l’écoute de nos besoins » — une cliente',
    'À lire aussi',
    'Le centre social fête ses cinquante ans avec tout le quartier réuni.',
  ].join('\n');
  const own = ownWords(text);
  const at = (s: string) => own(text.indexOf(s));

  it('keeps prose and the heading beside it', () => {
    expect(at('pouvoir d’agir')).toBe(true);
    expect(at('Notre projet')).toBe(true);
  });

  it('leaves out menus, cookie banners, testimonials and “read also” blocks', () => {
    expect(at('AccueilActivités')).toBe(false);
    expect(at('cookies')).toBe(false);
    expect(at('Une équipe formidable')).toBe(false);
    expect(at('centre social')).toBe(false);
  });
});

describe('page kind', () => {
  it('knows a legal notice, an article and a product page', () => {
    expect(pageKindOf('https://a.example/mentions-legales.html', '')).toBe('legal');
    expect(pageKindOf('https://a.example/', 'Menu\nMentions légales\na\nb\nc\nd')).toBe('legal');
    expect(pageKindOf('https://a.example/', 'Accueil\nContact\nMentions légales')).toBe(
      'presentation',
    );
    expect(pageKindOf('https://a.example/blog/isolant', '')).toBe('blog-post');
    expect(pageKindOf('https://a.example/x', 'Titre\nPar Marc Lefort, le 3 mars 2025.')).toBe(
      'article',
    );
    expect(pageKindOf('https://a.example/x', 'Sac en lin 25 €\nAjouter au panier')).toBe('product');
    expect(pageKindOf('not a url', 'Bienvenue')).toBe('presentation');
  });

  it('does not score a legal notice’s words as the organisation’s presentation', () => {
    const persona = PersonaSchema.parse({
      ...emptyPersona('p', 'P'),
      values: [{ id: 'eco', label: 'Écologie', terms: ['écologie'] }],
    });
    const text =
      'Mentions légales\nNous agissons pour l’écologie au quotidien dans nos ateliers.\na\nb\nc';
    const legal = qualify(draft('https://org.example/mentions-legales'), text, persona);
    expect(legal.pageKind).toBe('legal');
    expect(legal.criteria.find((c) => c.id === 'eco')?.matched).toBe(false);
    const home = qualify(draft(), text.replace('Mentions légales', 'Bienvenue'), persona);
    expect(home.criteria.find((c) => c.id === 'eco')?.matched).toBe(true);
  });
});

describe('peers and conversation criteria', () => {
  const persona = PersonaSchema.parse({
    ...emptyPersona('p', 'P'),
    trade: { label: 'Illustration', terms: ['illustratrice', 'illustrateur'] },
    values: [{ id: 'culture', label: 'Culture', terms: ['culture'] }],
    redFlags: [{ id: 'late', label: 'Paie en retard', terms: ['retard'], checkable: false }],
  });

  it('flags an organisation whose own offer is her trade, quoting it', () => {
    const text = 'Je suis illustratrice indépendante et j’aime la culture sous toutes ses formes.';
    const q = qualify(draft(), text, persona);
    expect(q.peer).toEqual({ matched: true, evidence: [expect.objectContaining({ quote: text })] });
    expect(q.score).toBe(0);
  });

  it('does not take a client looking for her trade for a peer', () => {
    const text = 'Notre association de culture recherche une illustratrice pour son affiche.';
    expect(qualify(draft(), text, persona).peer).toEqual({ matched: false, evidence: [] });
  });

  it('asks conversation criteria rather than searching them', () => {
    const text = 'Nos factures sont réglées en retard, la culture avant tout dans notre maison.';
    const q = qualify(draft(), text, persona);
    expect(q.redFlags).toEqual([]);
    expect(q.criteria.find((c) => c.id === 'late')).toMatchObject({
      checkable: false,
      matched: false,
      evidence: [],
    });
    expect(q.score).toBe(100);
  });
});
