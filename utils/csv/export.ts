import Papa from 'papaparse';
import type { Prospect } from '../model/prospect';
import { guardFormula } from './formula-guard';

export interface CsvProfile {
  id: 'excel-fr';
  delimiter: string;
  newline: string;
  bom: boolean;
  formatDate(iso: string): string;
}

/** French Excel opens a file by double-click only with a BOM, ";" and CRLF. */
export const EXCEL_FR: CsvProfile = {
  id: 'excel-fr',
  delimiter: ';',
  newline: '\r\n',
  bom: true,
  formatDate: (iso) => {
    const [y, m, d] = iso.slice(0, 10).split('-');
    return `${d}/${m}/${y}`;
  },
};

export const COLUMNS: { header: string; value: (p: Prospect, profile: CsvProfile) => string }[] = [
  { header: 'Nom', value: (p) => p.organisation.name?.value ?? '' },
  { header: 'Site web', value: (p) => p.organisation.website?.value ?? '' },
  { header: 'Domaine', value: (p) => p.organisation.domain?.value ?? '' },
  { header: 'Description', value: (p) => p.organisation.description?.value ?? '' },
  { header: 'Langue', value: (p) => p.organisation.language?.value ?? '' },
  { header: 'Statut', value: (p) => p.status },
  { header: 'Relance', value: (p, f) => (p.followUpAt ? f.formatDate(p.followUpAt) : '') },
  { header: 'Notes', value: (p) => p.notes },
  { header: 'Source', value: (p) => p.sourceUrls[0] ?? '' },
  { header: 'Capturé le', value: (p, f) => f.formatDate(p.capturedAt) },
];

/** The CSV text of the prospects, every cell guarded against formulas. */
export function prospectsToCsv(
  prospects: readonly Prospect[],
  profile: CsvProfile = EXCEL_FR,
): string {
  const rows = prospects.map((p) => COLUMNS.map((c) => guardFormula(c.value(p, profile))));
  const body = Papa.unparse(
    { fields: COLUMNS.map((c) => c.header), data: rows },
    { delimiter: profile.delimiter, newline: profile.newline, quotes: false },
  );
  // Papaparse ends a header-only file with a newline but not a file with rows: end both alike.
  const ended = body.endsWith(profile.newline) ? body : body + profile.newline;
  return (profile.bom ? '\uFEFF' : '') + ended;
}
