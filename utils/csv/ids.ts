/**
 * Column and profile ids alone, for the message protocol: importing them must not pull the
 * columns' code and the locale files into every page's bundle.
 */
export const COLUMN_IDS = [
  'name',
  'legalName',
  'website',
  'domain',
  'description',
  'emails',
  'phones',
  'street',
  'postalCode',
  'city',
  'country',
  'fullAddress',
  'siren',
  'siret',
  'vat',
  'linkedin',
  'status',
  'band',
  'score',
  'persona',
  'tags',
  'notes',
  'followUpAt',
  'lastContactAt',
  'contactName',
  'contactEmail',
  'contactPhone',
  'source',
  'capturedAt',
  'createdAt',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export const PROFILE_IDS = ['excel-fr', 'rfc4180', 'hubspot', 'pipedrive', 'salesforce'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];
