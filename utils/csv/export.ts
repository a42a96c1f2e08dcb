import Papa from 'papaparse';
import type { Prospect } from '../model/prospect';
import { TEXT_COLUMNS, type ColumnId } from './columns';
import { guardFormula } from './formula-guard';
import { profileColumns, type CsvProfile } from './profiles';
import EXCEL_FR from './presets/excel-fr';

export { EXCEL_FR };

/** The CSV text of the prospects, every cell guarded against formulas. */
export function prospectsToCsv(
  prospects: readonly Prospect[],
  profile: CsvProfile = EXCEL_FR,
  columns?: readonly ColumnId[],
): string {
  const output = profileColumns(profile, columns).map(([header, value, column]) => {
    const asText = column && TEXT_COLUMNS.has(column) ? profile.textCell : undefined;
    const cell = asText
      ? (p: Prospect) => asText(guardFormula(value(p)))
      : (p: Prospect) => guardFormula(value(p));
    return [header, cell] as const;
  });
  const rows = prospects.map((p) => output.map(([, cell]) => cell(p)));
  const body = Papa.unparse(
    { fields: output.map(([header]) => guardFormula(header)), data: rows },
    { delimiter: profile.delimiter, newline: profile.newline, quotes: false },
  );
  // Papaparse ends a header-only file with a newline but not a file with rows: end both alike.
  const ended = body.endsWith(profile.newline) ? body : body + profile.newline;
  return (profile.bom ? '\uFEFF' : '') + ended;
}
