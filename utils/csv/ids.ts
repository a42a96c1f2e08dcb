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
  'lastOutcome',
  'nextStep',
  'contactName',
  'contactEmail',
  'contactPhone',
  'kind',
  'contactFirstName',
  'contactLastName',
  'contactRole',
  'personEmail',
  'personPhone',
  'source',
  'capturedAt',
  'createdAt',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/** Every CSV preset, one file each in utils/csv/presets/ (`npm run new -- csv-preset NAME`). */
export const PROFILE_IDS = [
  'excel-fr',
  'rfc4180',
  'hubspot',
  'hubspot-contacts',
  'pipedrive',
  'salesforce',
  'salesforce-leads',
] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/** What an import does with a row that matches a prospect: merge it, keep it apart, or skip it. */
export const IMPORT_CHOICES = ['merge', 'separate', 'skip'] as const;
export type ImportChoice = (typeof IMPORT_CHOICES)[number];
