/**
 * A spreadsheet runs a cell that starts with = + - @ (and, in some, tab or CR) as a formula:
 * a page could plant "=HYPERLINK(…)" in its name. Such cells get a leading apostrophe, which
 * Excel and LibreOffice show as text and hide.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undo `guardFormula` on import, so that an exported "'+33 1 23…" comes back as "+33 1 23…". */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
