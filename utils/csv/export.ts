import Papa from 'papaparse';
import type { Prospect } from '../model/prospect';
import { COLUMNS, type ColumnId } from './columns';
import { guardFormula } from './formula-guard';
import { EXCEL_FR, profileColumns, type CsvProfile } from './profiles';

export { EXCEL_FR } from './profiles';

/** The CSV text of the prospects, every cell guarded against formulas. */
export function prospectsToCsv(
  prospects: readonly Prospect[],
  profile: CsvProfile = EXCEL_FR,
  columns?: readonly ColumnId[],
): string {
  const output = profileColumns(profile, columns);
  const rows = prospects.map((p) =>
    output.map(([, c]) => guardFormula(COLUMNS[c].value(p, profile))),
  );
  const body = Papa.unparse(
    { fields: output.map(([header]) => guardFormula(header)), data: rows },
    { delimiter: profile.delimiter, newline: profile.newline, quotes: false },
  );
  // Papaparse ends a header-only file with a newline but not a file with rows: end both alike.
  const ended = body.endsWith(profile.newline) ? body : body + profile.newline;
  return (profile.bom ? '\uFEFF' : '') + ended;
}
