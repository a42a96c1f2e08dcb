import type { ColumnId } from './columns';
import { CELL_READERS, UNSURE } from './cell-readers';
import { unguardFormula } from './formula-guard';
import type { CellNote } from './import';
import {
  FIELD_SCHEMAS,
  IDENTIFYING,
  REASONS,
  type ImportField,
  type ImportValues,
  type ReasonCode,
} from './row-schema';
import { undoSpreadsheetDamage } from './spreadsheet-damage';

const isField = (column: ColumnId | null): column is ImportField =>
  column !== null && column in FIELD_SCHEMAS;

/** `="01000"`, the way a CSV keeps digits as text in a spreadsheet, read as its text. */
const unwrapTextConstant = (cell: string) =>
  cell.startsWith('=') ? (/^="([^"]*)"$/.exec(cell)?.[1] ?? cell) : cell;

const reasonOf = (message: string | undefined): ReasonCode =>
  message && message in REASONS ? (message as ReasonCode) : 'too-long';

/** A cell read by its plain reader, or by zod when that one is unsure. */
function readCell(
  field: ImportField,
  cell: string,
): { ok: true; value: unknown } | { ok: false; code: ReasonCode } {
  const value = CELL_READERS[field](cell);
  if (value !== UNSURE) return { ok: true, value };
  const parsed = FIELD_SCHEMAS[field].safeParse(cell);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, code: reasonOf(parsed.error.issues[0]?.message) };
}

/** What a spreadsheet user sees as the row's organisation, for reports. */
export const rowName = (v: ImportValues) =>
  v.name ?? v.legalName ?? v.domain ?? v.website ?? v.emails?.[0] ?? v.siret ?? v.siren ?? v.vat;

/**
 * One row read cell by cell. A cell that cannot be understood is left out of its field and
 * kept, word for word and under its header, in the notes; `name` is empty when nothing in
 * the row identifies an organisation.
 */
export function readRow(
  cells: readonly string[],
  headers: readonly string[],
  mapping: readonly (ColumnId | null)[],
): {
  name: string;
  values: ImportValues;
  notes: CellNote[];
  raw: Partial<Record<ImportField, string>>;
} {
  const raw: Partial<Record<ImportField, string>> = {};
  const header: Partial<Record<ImportField, string>> = {};
  mapping.forEach((column, i) => {
    if (!isField(column)) return;
    raw[column] = unguardFormula(unwrapTextConstant((cells[i] ?? '').trim()));
    header[column] = headers[i] ?? column;
  });
  const values: Record<string, unknown> = {};
  const notes: CellNote[] = [];
  for (const field of Object.keys(raw) as ImportField[]) {
    const cell = raw[field];
    if (!cell) continue;
    const column = header[field] ?? field;
    const fixed = undoSpreadsheetDamage(field, cell, raw);
    if (fixed.kept) {
      notes.push({ column, field, cell, code: fixed.damage ?? 'too-long', kept: true });
      continue;
    }
    const read = readCell(field, fixed.value);
    if (read.ok) {
      if (read.value !== undefined) values[field] = read.value;
      if (fixed.damage) notes.push({ column, field, cell, code: fixed.damage, kept: false });
    } else notes.push({ column, field, cell, code: read.code, kept: true });
  }
  const kept = notes.filter((n) => n.kept && n.field !== 'notes');
  if (kept.length) {
    const lines = kept.map((n) => `${n.column}: ${n.cell}`);
    values.notes = [values.notes, ...lines].filter(Boolean).join('\n').slice(0, 10000);
  }
  const typed = values as ImportValues;
  const identified = IDENTIFYING.some((f) => typed[f] !== undefined);
  return { name: identified ? (rowName(typed) ?? '') : '', values: typed, notes, raw };
}
