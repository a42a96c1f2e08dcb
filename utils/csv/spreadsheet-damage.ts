/**
 * What a spreadsheet does to a prospect file it opened and saved again: identifiers and phones
 * read as numbers (leading zero dropped, long ones in scientific notation) and dates replaced by
 * their serial number. Each cell is repaired only where the repair is certain.
 */
import { TEXT_COLUMNS } from './columns';
import type { ImportField } from './row-schema';

export type Damage = 'scientific-notation' | 'lost-leading-zero' | 'date-serial';

const DATES = new Set<ImportField>(['followUpAt', 'capturedAt']);

/** "8,12454E+13", "8.12454e13": the digits past the sixth are gone, nothing can bring them back. */
const SCIENTIFIC = /^\d[.,]\d+E\+?\d+$/i;

/** Days from 1899-12-30 (the epoch of Excel's and LibreOffice's serial dates) to 1970-01-01. */
const EPOCH_OFFSET = 25569;

const isFrance = (country: string | undefined) =>
  !!country && /^(fr|fra|france)$/i.test(country.trim());

/**
 * The cell as it was before the spreadsheet damaged it, or `kept` when it cannot be known.
 * `row` gives the other raw cells (a postcode is repaired only for an address in France).
 */
export function undoSpreadsheetDamage(
  field: ImportField,
  cell: string,
  row: Partial<Record<ImportField, string>>,
): { value: string; damage?: Damage; kept?: boolean } {
  if (TEXT_COLUMNS.has(field) && SCIENTIFIC.test(cell)) {
    return { value: cell, damage: 'scientific-notation', kept: true };
  }
  if ((field === 'phones' || field === 'contactPhone') && /^[1-9]\d{8}$/.test(cell)) {
    return { value: `0${cell}`, damage: 'lost-leading-zero' };
  }
  if (field === 'postalCode' && /^\d{4}$/.test(cell) && isFrance(row.country)) {
    return { value: `0${cell}`, damage: 'lost-leading-zero' };
  }
  if (DATES.has(field) && /^\d{5}$/.test(cell)) {
    const day = new Date((Number(cell) - EPOCH_OFFSET) * 86_400_000).toISOString().slice(0, 10);
    return { value: day, damage: 'date-serial' };
  }
  return { value: cell };
}
