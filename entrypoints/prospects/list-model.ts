/**
 * The list's data, pure (no DOM, no browser): rows and their search index computed once per load
 * (or sort) so that a keystroke only reads prepared bits. The bench runs these functions on
 * 50,000 prospects.
 */
import { COLUMNS, type ColumnId, type Format } from '@/utils/csv/columns';
import { t } from '@/utils/i18n';
import type { Band } from '@/utils/model/qualification';
import type { Prospect, Status } from '@/utils/model/prospect';
import { isStale, staleLimit } from '@/utils/storage/stale';
import { fold } from '@/utils/text';
import { SearchIndex, type Found } from './search-index';

export interface Row {
  id: string;
  name: string;
  status: Status;
  band?: Band;
  persona?: string;
  tags: string[];
  followUpAt?: string;
  capturedAt: string;
  stale: boolean;
  /** Name, aliases, domain, e-mails, phones, city, notes and tags, folded: what search looks in. */
  haystack: string;
  prospect: Prospect;
}

/** Folded, and digits run together: "06 37 38" and "06.37.38" are both "063738". */
const searchable = (text: string) => fold(text).replace(/(\d)[ .\-/\u00a0]+(?=\d)/g, '$1');

/**
 * The words of a query as the index reads them: a phone number typed with spaces is one word,
 * and its international prefix may be typed 00 (0033 6…) or with the national 0 (+33 06…).
 */
export const searchWords = (query: string): string[] =>
  searchable(query)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/^00(?=[1-9]\d)/, '+').replace(/^\+330/, '+33'));

export function toRows(prospects: readonly Prospect[], now = new Date()): Row[] {
  const limit = staleLimit(now);
  return prospects.map((p) => {
    const o = p.organisation;
    const name = o.name?.value ?? o.legalName?.value ?? o.domain?.value ?? '';
    const haystack = searchable(
      [
        name,
        ...(o.aliases ?? []),
        o.domain?.value ?? '',
        ...o.emails.map((e) => e.value),
        // E.164 (+33478123456), and French numbers as dialled in France (0478123456).
        ...o.phones.flatMap((e) =>
          e.value.startsWith('+33') ? [e.value, `0${e.value.slice(3)}`] : [e.value],
        ),
        o.address?.value.city ?? '',
        p.notes,
        ...p.tags,
      ].join('\u0001'),
    );
    return {
      id: p.id,
      name,
      status: p.status,
      band: p.bandOverride ?? p.qualification?.band,
      persona: p.qualification?.personaName,
      tags: p.tags,
      followUpAt: p.followUpAt,
      capturedAt: p.capturedAt,
      stale: isStale(p, limit),
      haystack,
      prospect: p,
    };
  });
}

export interface Filters {
  query: string;
  status?: Status;
  band?: Band;
  persona?: string;
  tag?: string;
  /** Follow-up due today or earlier. */
  due: boolean;
  stale: boolean;
  /** Captured in the last N days. */
  days?: number;
}

export const NO_FILTERS: Filters = { query: '', due: false, stale: false };

/** Rows in the order shown, with their search index: built once per load or sort. */
export interface Listing {
  rows: readonly Row[];
  index: SearchIndex;
}

export const toListing = (rows: readonly Row[]): Listing => ({
  rows,
  index: new SearchIndex(rows.map((r) => r.haystack)),
});

/** The rows (as positions in `listing.rows`) that pass the filters, among `previous`'s if given. */
function filterPositions(
  listing: Listing,
  f: Filters,
  today: string,
  now: Date,
  previous?: Found,
): Found {
  const words = searchWords(f.query);
  const since = f.days ? new Date(now.getTime() - f.days * 86_400_000).toISOString() : undefined;
  // Only the filters in use are checked, and only on the rows whose text matched.
  const tests: ((r: Row) => boolean)[] = [];
  if (f.status) tests.push((r) => r.status === f.status);
  if (f.band) tests.push((r) => r.band === f.band);
  if (f.persona) tests.push((r) => r.persona === f.persona);
  if (f.tag) tests.push((r) => r.tags.includes(f.tag!));
  if (f.due) tests.push((r) => r.followUpAt !== undefined && r.followUpAt <= today);
  if (f.stale) tests.push((r) => r.stale);
  if (since) tests.push((r) => r.capturedAt >= since);
  const found = listing.index.find(words, previous);
  if (tests.length === 0) return found;
  const keep = found.positions.map((k) => (tests.every((test) => test(listing.rows[k]!)) ? 1 : 0));
  return {
    words,
    positions: found.positions.filter((_, j) => keep[j] === 1),
    offsets: found.offsets.filter((_, j) => keep[j] === 1),
  };
}

/** The rows at these positions (a loop: Array.from on a typed array is several times slower). */
function rowsAt(listing: Listing, positions: Int32Array): Row[] {
  const rows = new Array<Row>(positions.length);
  for (let j = 0; j < positions.length; j++) rows[j] = listing.rows[positions[j]!]!;
  return rows;
}

export function filterRows(listing: Listing, f: Filters, today: string, now = new Date()): Row[] {
  return rowsAt(listing, filterPositions(listing, f, today, now).positions);
}

/** The last search: while the user types on ("ly" → "lyo"), only its results need scanning. */
export interface LastSearch {
  listing: Listing;
  filters: Filters;
  found: Found;
  rows: Row[];
}

/** Same filters but for the query, whatever the order their keys were written in. */
function sameExceptQuery(a: Filters, b: Filters): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Filters)[]);
  keys.delete('query');
  return [...keys].every((k) => a[k] === b[k]);
}

export function searchRows(
  listing: Listing,
  filters: Filters,
  today: string,
  last?: LastSearch,
): LastSearch {
  const narrows =
    last !== undefined &&
    last.listing === listing &&
    sameExceptQuery(last.filters, filters) &&
    // Rows with the new words have the old ones: "06 3" → "063" narrows "06", "0033" → "+33"
    // does not narrow "003".
    searchWords(filters.query).join(' ').startsWith(searchWords(last.filters.query).join(' '));
  const found = filterPositions(
    listing,
    filters,
    today,
    new Date(),
    narrows ? last.found : undefined,
  );
  return { listing, filters, found, rows: rowsAt(listing, found.positions) };
}

/** A cell as the list shows it: the fit with its score (phones as `format` dials them). */
export function cellText(p: Prospect, column: ColumnId, format: Format): string {
  const text = COLUMNS[column].value(p, format);
  return column === 'band' && text && p.qualification ? `${p.qualification.score} · ${text}` : text;
}

const SCORED: ReadonlySet<ColumnId> = new Set(['band', 'score']);

/** A cell's tooltip; for the fit and the score, the persona it is against and from what. */
export function cellTitle(column: ColumnId, p: Prospect, value: string): string {
  const q = p.qualification;
  if (!q || !SCORED.has(column)) return value;
  const against = t(q.bestOf ? 'scoreBestOf' : 'scoreAgainst', q.personaName);
  const basis = q.basis === 'fields' ? ` (${t('scoreFromFields')})` : '';
  return `${value} — ${against}${basis}`;
}

const NUMERIC: ReadonlySet<ColumnId> = new Set(['score']);

/** The list's order: a column, or null for "most recently changed first". */
export interface Sort {
  column: ColumnId | null;
  descending: boolean;
}

export type SortKey = string | number;

/** What `sort` orders rows by (numbers as numbers, dates as ISO text, text folded). */
export function sortKeyOf(sort: Sort, format: Format): (r: Row) => SortKey {
  const column = sort.column;
  if (column === null) return (r) => r.prospect.updatedAt;
  const iso: Format = { ...format, day: (d) => d };
  const numeric = NUMERIC.has(column);
  return (r) => {
    const text = COLUMNS[column].value(r.prospect, iso);
    return numeric ? Number(text || -1) : fold(text);
  };
}

/** The order of two keyed rows; equal keys in id order, so that any way to the order is one. */
export function compareKeyed(
  a: { key: SortKey; id: string },
  b: { key: SortKey; id: string },
  sort: Sort,
): number {
  const sign = sort.descending ? -1 : 1;
  if (a.key !== b.key) return a.key < b.key ? -sign : sign;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Sort by a column's value. Keys are computed once per row and compared with < (a collator per
 * comparison is ten times slower).
 */
export function sortRows(rows: readonly Row[], sort: Sort, format: Format): Row[] {
  const key = sortKeyOf(sort, format);
  const keyed = rows.map((r) => ({ r, id: r.id, key: key(r) }));
  keyed.sort((a, b) => compareKeyed(a, b, sort));
  return keyed.map((k) => k.r);
}

/** Values offered by the persona and tag filters. */
export function facets(rows: readonly Row[]): { personas: string[]; tags: string[] } {
  const personas = new Set<string>();
  const tags = new Set<string>();
  for (const r of rows) {
    if (r.persona) personas.add(r.persona);
    for (const t of r.tags) tags.add(t);
  }
  return { personas: [...personas].sort(), tags: [...tags].sort() };
}
