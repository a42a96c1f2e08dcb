import { describe, expect, it } from 'vitest';
import type { Format } from '@/utils/csv/columns';
import type { Prospect } from '@/utils/model/prospect';
import {
  searchRows,
  toRows,
  NO_FILTERS,
  type Row,
  type Sort,
} from '@/entrypoints/prospects/list-model';
import { liveListing, patchListing } from '@/entrypoints/prospects/live-listing';
import { generateProspects } from '../../bench/generate-prospects';

const format: Format = { lang: 'fr', day: (d) => d };
const NOW = new Date('2026-11-25T00:00:00Z');
const rowsOf = (prospects: Prospect[]) => toRows(prospects, NOW);
const ids = (rows: readonly Row[]) => rows.map((r) => r.id);
const SORTS: Sort[] = [
  { column: null, descending: true },
  { column: 'name', descending: false },
  { column: 'status', descending: true },
  { column: 'score', descending: true },
];
const QUERIES = ['', 'a', 'sa', 'lyon', 'zzz', '06'];

/** A patched listing must be the listing read afresh: same order, same answers to searches. */
function expectSame(
  patched: ReturnType<typeof liveListing>,
  fresh: ReturnType<typeof liveListing>,
) {
  expect(ids(patched.rows)).toEqual(ids(fresh.rows));
  for (const query of QUERIES) {
    const filters = { ...NO_FILTERS, query };
    expect(ids(searchRows(patched, filters, '2026-11-25').rows)).toEqual(
      ids(searchRows(fresh, filters, '2026-11-25').rows),
    );
  }
}

describe('the list patched as prospects change', () => {
  const prospects = generateProspects(300, 7);

  it.each(SORTS)(
    'changed, added and deleted prospects land where a fresh read puts them (%o)',
    (sort) => {
      const before = liveListing(rowsOf(prospects), sort, format);
      const edited = prospects.slice(10, 20).map((p, i) => ({
        ...p,
        updatedAt: `2026-12-0${(i % 9) + 1}T10:00:00.000Z`,
        status: i % 2 ? ('client' as const) : p.status,
        notes: `${p.notes} rappel lyon ${i}`,
      }));
      const added = generateProspects(5, 99).map((p) => ({ ...p, id: `new-${p.id}` }));
      const deleted = new Set(prospects.slice(40, 45).map((p) => p.id));
      const after = [
        ...prospects
          .filter((p) => !deleted.has(p.id))
          .map((p) => edited.find((e) => e.id === p.id) ?? p),
        ...added,
      ];
      const changed = new Map<string, Row | null>([
        ...rowsOf([...edited, ...added]).map((r) => [r.id, r] as const),
        ...[...deleted].map((id) => [id, null] as const),
      ]);
      expectSame(patchListing(before, changed, format), liveListing(rowsOf(after), sort, format));
    },
  );

  it('patches one after another stay the same as reading afresh', () => {
    const sort = SORTS[0]!;
    let current = prospects;
    let listing = liveListing(rowsOf(current), sort, format);
    for (let round = 0; round < 20; round++) {
      const touched = current.slice(round * 7, round * 7 + 7).map((p) => ({
        ...p,
        updatedAt: new Date(Date.UTC(2026, 11, 2, 9, round)).toISOString(),
        legalName: p.organisation.name,
      }));
      current = current.map((p) => touched.find((t) => t.id === p.id) ?? p);
      listing = patchListing(listing, new Map(rowsOf(touched).map((r) => [r.id, r])), format);
    }
    expectSame(listing, liveListing(rowsOf(current), sort, format));
  });
});
