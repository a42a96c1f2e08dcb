import { COLUMNS, DEFAULT_COLUMNS, type ColumnId, type Format } from './columns';

import { PROFILE_IDS, type ProfileId } from './ids';

export { PROFILE_IDS, type ProfileId };

export interface CsvProfile extends Format {
  id: ProfileId;
  delimiter: string;
  newline: string;
  bom: boolean;
  /** Fixed header → column for CRM presets; generic profiles use the user's columns. */
  preset?: [header: string, column: ColumnId][];
}

const isoDay = (day: string) => day;
const frenchDay = (day: string) => {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
};

/** French Excel opens a file by double-click only with a BOM, ";" and CRLF. */
export const EXCEL_FR: CsvProfile = {
  id: 'excel-fr',
  lang: 'fr',
  delimiter: ';',
  newline: '\r\n',
  bom: true,
  day: frenchDay,
};

export const PROFILES: Record<ProfileId, CsvProfile> = {
  'excel-fr': EXCEL_FR,
  /** The standard itself: comma, CRLF, UTF-8 without BOM. */
  rfc4180: { id: 'rfc4180', lang: 'en', delimiter: ',', newline: '\r\n', bom: false, day: isoDay },
  // The CRM presets use the field labels each import wizard maps automatically.
  hubspot: {
    id: 'hubspot',
    lang: 'en',
    delimiter: ',',
    newline: '\r\n',
    bom: false,
    day: isoDay,
    preset: [
      ['Company name', 'name'],
      ['Company Domain Name', 'domain'],
      ['Website URL', 'website'],
      ['Phone Number', 'phones'],
      ['Street Address', 'street'],
      ['City', 'city'],
      ['Postal Code', 'postalCode'],
      ['Country/Region', 'country'],
      ['Description', 'description'],
      ['LinkedIn Company Page', 'linkedin'],
    ],
  },
  pipedrive: {
    id: 'pipedrive',
    lang: 'en',
    delimiter: ',',
    newline: '\r\n',
    bom: false,
    day: isoDay,
    preset: [
      ['Organization - Name', 'name'],
      ['Organization - Address', 'fullAddress'],
      ['Organization - Website', 'website'],
      ['Organization - LinkedIn profile', 'linkedin'],
      ['Person - Name', 'contactName'],
      ['Person - Email', 'contactEmail'],
      ['Person - Phone', 'contactPhone'],
      ['Note - Content', 'notes'],
    ],
  },
  salesforce: {
    id: 'salesforce',
    lang: 'en',
    delimiter: ',',
    newline: '\r\n',
    bom: false,
    day: isoDay,
    preset: [
      ['Account Name', 'name'],
      ['Website', 'website'],
      ['Phone', 'phones'],
      ['Billing Street', 'street'],
      ['Billing City', 'city'],
      ['Billing Zip/Postal Code', 'postalCode'],
      ['Billing Country', 'country'],
      ['Description', 'description'],
    ],
  },
};

/** The header and column of each output column of a profile. */
export function profileColumns(
  profile: CsvProfile,
  chosen: readonly ColumnId[] = DEFAULT_COLUMNS,
): [header: string, column: ColumnId][] {
  return profile.preset ?? chosen.map((c) => [COLUMNS[c][profile.lang], c]);
}
