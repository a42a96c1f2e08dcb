/** What a CSV preset declares (one file per preset in ./presets). */
import type { MessageKey } from '../i18n';
import type { Prospect } from '../model/prospect';
import type { ColumnId, Format } from './columns';
import type { ProfileId } from './ids';

/** A column of a preset: one of Glaneur's columns, or a value in the format its CRM expects. */
export type PresetColumn = [header: string, column: ColumnId | ((p: Prospect) => string)];

export interface CsvProfile extends Format {
  id: ProfileId;
  /** Its name in the export menus (the compiler checks the key exists). */
  label: MessageKey;
  delimiter: string;
  newline: string;
  bom: boolean;
  /** Fixed headers and columns for CRM presets; generic profiles use the user's columns. */
  preset?: PresetColumn[];
  /** How a cell of an identifier, postcode or phone column stays text in a spreadsheet. */
  textCell?(value: string): string;
}

/** Comma, CRLF, UTF-8 without BOM, ISO dates: what every CRM importer reads. */
export const CRM_CSV = {
  lang: 'en',
  delimiter: ',',
  newline: '\r\n',
  bom: false,
  day: (day: string) => day,
} as const;

export const frenchDay = (day: string) => {
  // A YYYY-MM-DD day, the usual case, without splitting it into an array.
  if (day.length === 10 && day.indexOf('-') === 4 && day.lastIndexOf('-') === 7)
    return `${day.slice(8)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
};
