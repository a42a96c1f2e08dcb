/**
 * The listing kept current while prospects change under it (a directory lookup writes several a
 * second): the changed rows are taken out and put back at their place in the order shown, and
 * the search index copies the bits of every other row instead of reading its text again. A patch
 * costs a pass over the rows, no sort of them all and no re-reading of the list.
 */
import type { Format } from '@/utils/csv/columns';
import {
  compareKeyed,
  sortKeyOf,
  type Listing,
  type Row,
  type Sort,
  type SortKey,
} from './list-model';
import { SearchIndex } from './search-index';

export interface LiveListing extends Listing {
  sort: Sort;
  /** Each row's sort key, in the order shown. */
  keys: readonly SortKey[];
}

export function liveListing(rows: readonly Row[], sort: Sort, format: Format): LiveListing {
  const key = sortKeyOf(sort, format);
  const keyed = rows.map((r) => ({ r, id: r.id, key: key(r) }));
  keyed.sort((a, b) => compareKeyed(a, b, sort));
  const sorted = keyed.map((k) => k.r);
  return {
    rows: sorted,
    keys: keyed.map((k) => k.key),
    sort,
    index: new SearchIndex(sorted.map((r) => r.haystack)),
  };
}

/**
 * `changed` by prospect id: its row as it is now, or null when it is gone. A row not yet listed
 * is added at its place.
 */
export function patchListing(
  listing: LiveListing,
  changed: ReadonlyMap<string, Row | null>,
  format: Format,
): LiveListing {
  const { sort } = listing;
  const key = sortKeyOf(sort, format);
  const added = [...changed.values()]
    .filter((r): r is Row => r !== null)
    .map((r) => ({ r, id: r.id, key: key(r) }))
    .sort((a, b) => compareKeyed(a, b, sort));
  const old = listing.rows;
  const rows: Row[] = [];
  const keys: SortKey[] = [];
  const from: number[] = [];
  let j = 0;
  const take = (r: Row, key: SortKey, at: number) => {
    rows.push(r);
    keys.push(key);
    from.push(at);
  };
  for (let i = 0; i < old.length; i++) {
    const r = old[i]!;
    if (changed.has(r.id)) continue;
    const kept = { id: r.id, key: listing.keys[i]! };
    while (j < added.length && compareKeyed(added[j]!, kept, sort) < 0) {
      take(added[j]!.r, added[j]!.key, -1);
      j++;
    }
    take(r, kept.key, i);
  }
  for (; j < added.length; j++) take(added[j]!.r, added[j]!.key, -1);
  const index = new SearchIndex(
    rows.map((r) => r.haystack),
    { index: listing.index, from: Int32Array.from(from) },
  );
  return { rows, keys, sort, index };
}
