import { describe, expect, it } from 'vitest';
import {
  filterRows,
  NO_FILTERS,
  searchRows,
  sortRows,
  toListing,
  toRows,
} from '../../../entrypoints/prospects/list-model';
import { fold } from '../../../utils/text';
import { sampleProspects } from './samples';

const rows = toRows(sampleProspects, new Date('2026-11-25T00:00:00Z'));
const listing = toListing(rows);
const names = (list: { name: string }[]) => list.map((r) => r.name);
const today = '2026-11-25';

describe('the list model (search, filters, sort)', () => {
  it('folds accents and case', () => {
    expect(fold('Élodie ÇA Œuvre')).toBe('elodie ca œuvre');
  });

  it('folds as NFD without marks, lower-cased, would, whatever the script', () => {
    const reference = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const pool = [
      ...'aZ09 -@.\u0001éÉèçÇœŒæßẞİıñÑøØåÅĳǅ',
      ...'e\u0301\u0308',
      ...'ΆάΐЙйё한글ﬁ①',
      '😀',
      '\u{1d400}',
    ];
    let seed = 3;
    const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const texts = Array.from({ length: 2000 }, () =>
      Array.from(
        { length: Math.floor(next() * 12) },
        () => pool[Math.floor(next() * pool.length)],
      ).join(''),
    );
    expect(texts.filter((t) => fold(t) !== reference(t))).toEqual([]);
  });

  it('searches name, domain, e-mails, city, notes and tags, accent- and case-insensitively', () => {
    const search = (query: string) => names(filterRows(listing, { ...NO_FILTERS, query }, today));
    expect(search('VELO')).toEqual(['Vélo Solidaire Nantes']);
    expect(search('lyon')).toEqual(['Atelier Lumen']);
    expect(search('contact@atelier')).toEqual(['Atelier Lumen']);
    expect(search('mardi asso')).toEqual(['Vélo Solidaire Nantes']);
    expect(search('evil.example')).toHaveLength(1);
    expect(search('nothing-like-this')).toEqual([]);
  });

  it('filters by status, band, persona, tag, follow-up due, staleness and capture age', () => {
    const f = (patch: object, now = new Date('2026-11-25T00:00:00Z')) =>
      names(filterRows(listing, { ...NO_FILTERS, ...patch }, today, now));
    expect(f({ status: 'contacted' })).toEqual(['Vélo Solidaire Nantes']);
    expect(f({ band: 'excellent' })).toEqual(['Vélo Solidaire Nantes']);
    expect(f({ persona: "Associations de l'ESS" })).toEqual(['Vélo Solidaire Nantes']);
    expect(f({ tag: 'lyon' })).toEqual(['Atelier Lumen']);
    expect(f({ due: true })).toEqual([]);
    expect(names(filterRows(listing, { ...NO_FILTERS, due: true }, '2026-12-01'))).toEqual([
      'Atelier Lumen',
    ]);
    expect(f({ stale: true })).toEqual(['Vélo Solidaire Nantes']);
    expect(f({ days: 30 })).toEqual(['=HYPERLINK("http://evil.example","Cliquez")']);
  });

  it('typing on narrows the last results and finds the same rows as a full scan', () => {
    const first = searchRows(listing, { ...NO_FILTERS, query: 'a' }, today);
    const next = searchRows(listing, { ...NO_FILTERS, query: 'at' }, today, first);
    expect(next.rows).toEqual(filterRows(listing, { ...NO_FILTERS, query: 'at' }, today));
    const wider = searchRows(listing, { ...NO_FILTERS, query: 'v' }, today, next);
    expect(names(wider.rows)).toContain('Vélo Solidaire Nantes');
  });

  it('narrows from the last results only, whatever order the filters were written in', () => {
    // A last search that found nothing: typing on must not rescan all rows.
    const empty = {
      listing,
      filters: { ...NO_FILTERS, query: 'a' },
      found: { words: ['a'], positions: new Int32Array(0), offsets: new Int32Array(0) },
      rows: [],
    };
    const typedOn = { due: false, stale: false, query: 'at' }; // keys in another order
    expect(searchRows(listing, typedOn, today, empty).rows).toEqual([]);
    // Another filter changed: a full scan.
    const other = { ...NO_FILTERS, query: 'at', status: 'client' as const };
    expect(searchRows(listing, other, today, empty).rows).toEqual(
      filterRows(listing, other, today),
    );
  });

  it('sorts by a column, text folded, numbers as numbers, or most recently changed first', () => {
    const fr = { lang: 'fr' as const, day: (d: string) => d };
    expect(names(sortRows(rows, { column: 'name', descending: false }, fr))[0]).toBe(
      '=HYPERLINK("http://evil.example","Cliquez")',
    );
    expect(names(sortRows(rows, { column: 'score', descending: true }, fr))[0]).toBe(
      'Vélo Solidaire Nantes',
    );
    expect(names(sortRows(rows, { column: null, descending: true }, fr))[0]).toBe(
      '=HYPERLINK("http://evil.example","Cliquez")',
    );
  });
});
