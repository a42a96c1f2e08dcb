import { describe, expect, it } from 'vitest';
import {
  filterRows,
  NO_FILTERS,
  searchRows,
  searchWords,
  toListing,
  toRows,
  type LastSearch,
} from '@/entrypoints/prospects/list-model';
import type { Prospect } from '@/utils/model/prospect';
import { sampleProspects } from '../csv/samples';

const today = '2026-11-25';
const lumen = sampleProspects[0]!;
/** Atelier Lumen with a mobile, a Swiss number and another name it is known by. */
const phoned: Prospect = {
  ...lumen,
  id: 'phoned',
  organisation: {
    ...lumen.organisation,
    aliases: ['Lumen Graphisme'],
    phones: [
      { value: '+33637381555', display: '06 37 38 15 55', source: 'tel', confidence: 1 },
      { value: '+41225550000', display: '+41 22 555 00 00', source: 'tel', confidence: 1 },
    ],
  },
  notes: 'Standard : 04.72.10.20.30',
};
const listing = toListing(toRows([phoned, ...sampleProspects.slice(1)]));
const search = (query: string) =>
  filterRows(listing, { ...NO_FILTERS, query }, today).map((r) => r.id);

describe('search finds phone numbers whatever the spacing', () => {
  it('reads a typed number as one word, with its international prefix', () => {
    expect(searchWords('06 37 38')).toEqual(['063738']);
    expect(searchWords('Lyon 06.37-38')).toEqual(['lyon', '063738']);
    expect(searchWords('0033 6 37')).toEqual(['+33637']);
    expect(searchWords('+33 06 37')).toEqual(['+33637']);
    expect(searchWords('12 rue')).toEqual(['12', 'rue']);
  });

  it('national, spaced, packed and international forms all find the prospect', () => {
    for (const query of [
      '06 37 38',
      '0637381555',
      '06.37.38.15.55',
      '+33 6 37 38',
      '+33637381555',
      '0033 6 37 38 15 55',
      '637381555',
      '+41 22 555 00',
      '0041 22 555',
      '04 72 10',
    ]) {
      expect(search(query), query).toEqual(['phoned']);
    }
    expect(search('06 37 39')).toEqual([]);
  });

  it('finds a prospect by an alias', () => {
    expect(search('graphisme')).toEqual(['phoned']);
  });

  it('typing a number key by key gives what a fresh search gives', () => {
    const typed = '0033 6 37 38 15';
    let last: LastSearch | undefined;
    for (let i = 1; i <= typed.length; i++) {
      const query = typed.slice(0, i);
      last = searchRows(listing, { ...NO_FILTERS, query }, today, last);
      expect(
        last.rows.map((r) => r.id),
        query,
      ).toEqual(search(query));
    }
    expect(last!.rows.map((r) => r.id)).toEqual(['phoned']);
  });
});
