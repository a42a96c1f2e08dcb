/**
 * A spreadsheet runs a cell that starts with = + - @ (and, in some, tab or CR) as a formula:
 * a page could plant "=HYPERLINK(…)" in its name. Such cells get a leading apostrophe, which
 * Excel and LibreOffice show as text and hide.
 */
const FORMULA_STARTS = new Set([...'=+-@\t\r'].map((c) => c.charCodeAt(0)));

/** Whether the cell's character at `index` would start a formula (a set lookup: every cell). */
const startsFormula = (cell: string, index: number) => FORMULA_STARTS.has(cell.charCodeAt(index));

export function guardFormula(cell: string): string {
  return startsFormula(cell, 0) ? `'${cell}` : cell;
}

/** Undo `guardFormula` on import, so that an exported "'+33 1 23…" comes back as "+33 1 23…". */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && startsFormula(cell, 1) ? cell.slice(1) : cell;
}
