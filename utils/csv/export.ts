import type { Prospect } from '../model/prospect';
import { TEXT_COLUMNS, type ColumnId } from './columns';
import { guardFormula } from './formula-guard';
import { profileColumns, type CsvProfile } from './profiles';
import EXCEL_FR from './presets/excel-fr';

export { EXCEL_FR };

/** Characters that make a cell quoted, besides the delimiter (as Papa Parse decides it). */
const QUOTED = /[\r\n"\ufeff]/;
const SPACE = 32;

/** A cell as RFC 4180 writes it: quoted, its quotes doubled, when it holds a special character. */
function quoteCell(cell: string, delimiter: string): string {
  if (
    !QUOTED.test(cell) &&
    !cell.includes(delimiter) &&
    cell.charCodeAt(0) !== SPACE &&
    cell.charCodeAt(cell.length - 1) !== SPACE
  )
    return cell;
  return `"${cell.replaceAll('"', '""')}"`;
}

/** The CSV text of the prospects, every cell guarded against formulas. */
export function prospectsToCsv(
  prospects: readonly Prospect[],
  profile: CsvProfile = EXCEL_FR,
  columns?: readonly ColumnId[],
): string {
  const { delimiter, newline } = profile;
  const output = profileColumns(profile, columns).map(([header, value, column]) => {
    const asText = column && TEXT_COLUMNS.has(column) ? profile.textCell : undefined;
    const cell = asText
      ? (p: Prospect) => quoteCell(asText(guardFormula(value(p))), delimiter)
      : (p: Prospect) => quoteCell(guardFormula(value(p)), delimiter);
    return [header, cell] as const;
  });
  const lines: string[] = [];
  if (output.length)
    lines.push(output.map(([h]) => quoteCell(guardFormula(h), delimiter)).join(delimiter));
  for (const p of prospects) {
    let line = output.length ? output[0]![1](p) : '';
    for (let i = 1; i < output.length; i++) line += delimiter + output[i]![1](p);
    lines.push(line);
  }
  // Every file ends with a newline, a header-only one too.
  const body = lines.join(newline);
  const ended = body.endsWith(newline) ? body : body + newline;
  return (profile.bom ? '\uFEFF' : '') + ended;
}
