import type { ColumnId } from './columns';
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
const unwrapTextConstant = (cell: string) => /^="([^"]*)"$/.exec(cell)?.[1] ?? cell;

const reasonOf = (message: string | undefined): ReasonCode =>
  message && message in REASONS ? (message as ReasonCode) : 'too-long';

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
    const note = (code: ReasonCode, kept: boolean) =>
      notes.push({ column: header[field] ?? field, field, cell, code, kept });
    const fixed = undoSpreadsheetDamage(field, cell, raw);
    if (fixed.kept) {
      note(fixed.damage ?? 'too-long', true);
      continue;
    }
    const parsed = FIELD_SCHEMAS[field].safeParse(fixed.value);
    if (parsed.success) {
      if (parsed.data !== undefined) values[field] = parsed.data;
      if (fixed.damage) note(fixed.damage, false);
    } else note(reasonOf(parsed.error.issues[0]?.message), true);
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
