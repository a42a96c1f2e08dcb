import { describe, expect, it } from 'vitest';
import { fold, phraseStems, stem, tokenize } from '@/utils/scoring/normalise';
import { buildIndex, scan } from '@/utils/scoring/phrases';
import { MAX_QUOTE, quoteAround } from '@/utils/scoring/quote';

const same = (a: string, b: string) => expect(phraseStems(a)).toEqual(phraseStems(b));

describe('matching tolerance', () => {
  it('ignores case and accents', () => {
    same('éducation populaire', 'Education Populaire');
    same('ÉCOLOGIE', 'écologie');
  });

  it('unfolds ligatures', () => {
    expect(fold('Œuvre')).toBe('oeuvre');
    same('cœur', 'coeur');
  });

  it('tolerates French and English inflections', () => {
    same('collaboratif', 'collaborative');
    same('collaboratives', 'collaboratif');
    same('associations', 'association');
    same('sociaux', 'social');
    same('culturelles', 'culturel');
    same('publique', 'public');
    same('populaires', 'populaire');
    same('formatrices', 'formateur');
    same('trainings', 'training');
  });

  it('keeps different words apart', () => {
    expect(stem(fold('culture'))).not.toBe(stem(fold('agriculture')));
    expect(phraseStems('information')).not.toEqual(phraseStems('formation'));
  });

  it('splits on apostrophes and hyphens as a page may write them', () => {
    same("pouvoir d'agir", 'pouvoir d’agir');
    same('communication non-violente', 'communication non violente');
  });
});

describe('scan', () => {
  const index = buildIndex([
    { stems: phraseStems('éducation populaire'), key: 'edu' },
    { stems: phraseStems('coopération'), key: 'coop' },
  ]);

  it('finds whole phrases only, with their offsets', () => {
    const text = "L'Éducation Populaire, c'est la coopération. Une éducation exigeante.";
    const found = scan(tokenize(text), index);
    expect(found.get('edu')?.count).toBe(1);
    const hit = found.get('edu')!.hits[0]!;
    expect(text.slice(hit.start, hit.end)).toBe('Éducation Populaire');
    expect(found.get('coop')?.count).toBe(1);
  });

  it('keeps only the first hits but counts them all', () => {
    const found = scan(tokenize('coopération '.repeat(10)), index, 2);
    expect(found.get('coop')).toMatchObject({ count: 10 });
    expect(found.get('coop')!.hits).toHaveLength(2);
  });
});

describe('quoteAround', () => {
  it('quotes the sentence of the match', () => {
    const text = 'Première phrase. Nous aimons la coopération entre voisins. Dernière phrase.';
    const start = text.indexOf('coopération');
    expect(quoteAround(text, start, start + 11)).toBe('Nous aimons la coopération entre voisins.');
  });

  it('cuts a long sentence around the match, within the limit', () => {
    const text = `${'mot '.repeat(200)}coopération${' mot'.repeat(200)}`;
    const start = text.indexOf('coopération');
    const quote = quoteAround(text, start, start + 11);
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE);
    expect(quote).toContain('coopération');
    expect(quote.startsWith('…')).toBe(true);
    expect(quote.endsWith('…')).toBe(true);
  });
});
