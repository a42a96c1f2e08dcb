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

/** What an import does with a row that matches a prospect: merge it, keep it apart, or skip it. */
export const IMPORT_CHOICES = ['merge', 'separate', 'skip'] as const;
export type ImportChoice = (typeof IMPORT_CHOICES)[number];
