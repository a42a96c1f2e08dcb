/**
 * CSV import, pure: bytes in, a preview out (the rows with what was repaired or kept aside, and
 * the rows refused with their reason). Nothing is written here; the background saves the rows
 * once the user confirms.
 */
import Papa from 'papaparse';
import type { OrganisationDraft } from '../model/organisation';
import { DEFAULT_EDITS, type ProspectEdits } from '../model/prospect';
import type { SaveInput } from '../storage/merge';
import type { ColumnId } from './columns';
import { decodeCsv, type Encoding } from './decode';
import { mapHeaders } from './header-map';
import { readRow } from './read-row';
import { REASONS, type ImportField, type ImportValues, type ReasonCode } from './row-schema';

export interface ImportError {
  /** 1-based line of the file where the row starts (the header is line 1). */
  line: number;
  /** The row number a spreadsheet shows (the header is row 1; a multi-line cell is one row). */
  record: number;
  /** The organisation's name as the row gives it, when it gives one. */
  name?: string;
  reason: string;
  code: ReasonCode;
  column?: string;
}

/** A cell that was repaired, or left out of its field and kept word for word in the notes. */
export interface CellNote {
  /** The header of its column, as in the file. */
  column: string;
  field: ImportField;
  cell: string;
  code: ReasonCode;
  kept: boolean;
}

export interface ImportRow {
  line: number;
  record: number;
  name: string;
  values: ImportValues;
  notes: CellNote[];
}

export interface ImportPreview {
  encoding: Encoding;
  delimiter: string;
  headers: string[];
  mapping: (ColumnId | null)[];
  rows: ImportRow[];
  errors: ImportError[];
}

const FIRST = { line: 1, record: 1 };

const error = (
  at: { line: number; record: number; name?: string },
  code: ReasonCode,
  column?: string,
): ImportError => ({
  ...at,
  code,
  reason: column ? `${column}: ${REASONS[code]}` : REASONS[code],
  ...(column ? { column } : {}),
});

/** Read a CSV file; `mapping` overrides the automatic header → column mapping. */
export function parseProspectCsv(
  input: Uint8Array | string,
  mapping?: readonly (ColumnId | null)[],
): ImportPreview {
  const decoded =
    typeof input === 'string'
      ? { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-8' as const }
      : decodeCsv(input);
  const preview: ImportPreview = {
    encoding: decoded.encoding,
    delimiter: '',
    headers: [],
    mapping: [],
    rows: [],
    errors: [],
  };
  const text = decoded.text;
  if (!text.trim()) {
    preview.errors.push(error(FIRST, 'empty-file'));
    return preview;
  }
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number) => {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
      line++;
    counted = Math.max(counted, offset);
    return line;
  };
  let start = 0;
  let dataRows = 0;
  let record = 0;
  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    step: (result) => {
      const at = { line: lineAt(start), record: ++record };
      start = result.meta.cursor;
      const cells = result.data;
      if (!preview.headers.length) {
        preview.delimiter = result.meta.delimiter;
        preview.headers = cells.map((c) => c.trim());
        preview.mapping = mapping ? [...mapping] : mapHeaders(preview.headers);
        if (!preview.mapping.some((m) => m !== null))
          preview.errors.push(error(FIRST, 'no-known-column'));
        return;
      }
      if (cells.every((c) => !c.trim())) return;
      dataRows++;
      if (preview.mapping.every((m) => m === null)) return;
      if (result.errors.some((e) => e.code === 'MissingQuotes')) {
        preview.errors.push(error(at, 'unclosed-quote'));
        return;
      }
      if (cells.slice(preview.headers.length).some((c) => c.trim())) {
        preview.errors.push(error(at, 'too-many-fields'));
        return;
      }
      const row = readRow(cells, preview.headers, preview.mapping);
      const { name, values, notes } = row;
      if (name) preview.rows.push({ line: at.line, record: at.record, name, values, notes });
      else preview.errors.push(error({ ...at, name: row.raw.name }, 'no-identity'));
    },
  });
  if (preview.headers.length && dataRows === 0) preview.errors.push(error(FIRST, 'header-only'));
  return preview;
}

/**
 * The file's delimiter, guessed on its first lines without the empty ones: Papa Parse counts an
 * empty line (the one after the final line break, in every saved file) as a one-cell row, and
 * then rejects `;` for a two-column file.
 */
function guessDelimiter(text: string): string {
  return Papa.parse<string[]>(text.slice(0, 64 * 1024), {
    delimitersToGuess: [';', ',', '\t', '|'],
    skipEmptyLines: 'greedy',
    preview: 20,
  }).meta.delimiter;
}

const fromImport = <T>(value: T) => ({ value, source: 'import' as const, confidence: 1 });

/** A validated row as a save: organisation draft plus the edits the row provides. */
export function rowToSaveInput(values: ImportValues, now: Date): SaveInput {
  return saveOfRow(values, now.toISOString());
}

/** The same, at `at` (an ISO time). */
export function saveOfRow(values: ImportValues, at: string): SaveInput {
  const address: NonNullable<OrganisationDraft['address']>['value'] = {};
  if (values.street) address.street = values.street;
  if (values.postalCode) address.postalCode = values.postalCode;
  if (values.city) address.city = values.city;
  if (values.country) address.country = values.country;
  // Built field by field from validated values, so no second schema parse (3 s at 50,000 rows),
  // and in the order a draft's fields have.
  const draft: OrganisationDraft = {
    schemaVersion: 1,
    sourceUrl: values.source ?? values.website ?? values.linkedin ?? '',
    capturedAt: values.capturedAt ? `${values.capturedAt}T00:00:00.000Z` : at,
  } as OrganisationDraft;
  const name = values.name ?? values.legalName;
  if (name) draft.name = fromImport(name);
  if (values.legalName) draft.legalName = fromImport(values.legalName);
  if (values.website) draft.website = fromImport(values.website);
  if (values.domain) draft.domain = fromImport(values.domain);
  if (values.description) draft.description = fromImport(values.description);
  draft.emails = values.emails ? values.emails.map(fromImport) : [];
  draft.phones = values.phones
    ? values.phones.map((p) => ({
        value: p.value,
        source: 'import',
        confidence: 1,
        display: p.display,
      }))
    : [];
  if (address.street || address.postalCode || address.city || address.country)
    draft.address = fromImport(address);
  if (values.siren) draft.siren = { ...fromImport(values.siren), valid: true };
  if (values.siret) draft.siret = { ...fromImport(values.siret), valid: true };
  if (values.vat) draft.vat = { ...fromImport(values.vat), valid: true };
  draft.keywords = [];
  draft.people = [];
  draft.socials = values.linkedin
    ? [{ ...fromImport(values.linkedin), network: 'linkedin' as const }]
    : [];
  const provided: (keyof ProspectEdits)[] = [];
  const edits: ProspectEdits = { ...DEFAULT_EDITS };
  if (values.status) edits.status = values.status;
  if (values.notes) edits.notes = values.notes;
  if (values.tags) edits.tags = values.tags;
  if (values.followUpAt) edits.followUpAt = values.followUpAt;
  for (const key of ['status', 'notes', 'tags', 'followUpAt'] as const) {
    if (values[key]) provided.push(key);
  }
  if (values.contactName) {
    edits.contacts = [
      {
        name: values.contactName,
        ...(values.contactEmail ? { email: values.contactEmail } : {}),
        ...(values.contactPhone ? { phone: values.contactPhone } : {}),
      },
    ];
    provided.push('contacts');
  }
  return {
    draft,
    edits,
    userEdited: [],
    via: 'imported',
    provided,
  };
}
