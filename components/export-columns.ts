/**
 * The columns the user chose in the list, kept in the extension's localStorage: the list shows
 * and exports them, and the popup's export uses the same, so one profile means one file.
 */
import { COLUMN_IDS, type ColumnId } from '@/utils/csv/ids';

const COLUMNS_KEY = 'glaneur:list-columns';

/** What the list shows and exports before the user chooses: always website, e-mail and phone. */
const DEFAULT_CHOICE: ColumnId[] = [
  'name',
  'website',
  'emails',
  'phones',
  'domain',
  'city',
  'status',
  'band',
  'tags',
  'followUpAt',
  'capturedAt',
];

export function savedColumns(): ColumnId[] {
  try {
    const saved = JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? 'null') as unknown;
    if (Array.isArray(saved)) return saved.filter((c): c is ColumnId => COLUMN_IDS.includes(c));
  } catch {
    // fall back to the defaults
  }
  return DEFAULT_CHOICE;
}

export const saveColumns = (columns: readonly ColumnId[]) =>
  localStorage.setItem(COLUMNS_KEY, JSON.stringify(columns));
