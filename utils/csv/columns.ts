/**
 * Every column Glaneur can write or read, with its French and English header. A column that
 * can be imported says which import field it fills; export profiles pick and rename columns.
 */
import type { Activity, Outcome } from '../model/activity';
import type { Prospect } from '../model/prospect';
import { lastContact } from '../storage/stale';
import { localeLabel, statusLabel } from './status-labels';

import { COLUMN_IDS, type ColumnId } from './ids';

export { COLUMN_IDS, type ColumnId };

/** Columns Glaneur computes (score, band…) or keeps for itself: an import does not read them. */
const COMPUTED: ReadonlySet<ColumnId> = new Set<ColumnId>([
  'fullAddress',
  'band',
  'score',
  'persona',
  'lastContactAt',
  'lastOutcome',
  'nextStep',
  'createdAt',
  'kind',
  'contactFirstName',
  'contactLastName',
  'contactRole',
  'personEmail',
  'personPhone',
]);

/** Columns a spreadsheet would read as numbers: identifiers, postcodes, phones. */
export const TEXT_COLUMNS: ReadonlySet<ColumnId> = new Set<ColumnId>([
  'siren',
  'siret',
  'vat',
  'postalCode',
  'phones',
  'contactPhone',
  'personPhone',
]);

/** Columns whose value comes back on import (the others are computed by Glaneur). */
export const IMPORTABLE: ReadonlySet<ColumnId> = new Set(
  COLUMN_IDS.filter((c) => !COMPUTED.has(c)),
);

export interface Format {
  lang: 'fr' | 'en';
  /** A YYYY-MM-DD day as the profile writes it. */
  day(day: string): string;
  /** A phone number as the profile writes it (E.164 when not given). */
  phone?(phone: string): string;
}

/** Separator of several values in one cell (emails, phones, tags). */
export const LIST_SEPARATOR = ', ';

const org = (p: Prospect) => p.organisation;
const list = (values: string[]) => values.join(LIST_SEPARATOR);
const phone = (f: Format, value: string | undefined) =>
  value ? (f.phone ? f.phone(value) : value) : '';
const phones = (p: Prospect, f: Format) => list(org(p).phones.map((e) => phone(f, e.value)));
/** "Claire Martin" → ["Claire", "Martin"]: the first word is the first name. */
const nameParts = (p: Prospect) => {
  const name = p.contacts[0]?.name.trim() ?? '';
  const space = name.indexOf(' ');
  return space < 0 ? ['', name] : [name.slice(0, space), name.slice(space + 1)];
};

/** The latest call, which says what was last heard and what comes next. */
function lastCall(p: Prospect): Activity | undefined {
  let last: Activity | undefined;
  for (const a of p.activities) if (a.kind === 'call' && (!last || a.at >= last.at)) last = a;
  return last;
}
/** Outcomes after which nothing is planned unless she plans it herself. */
const CLOSED: ReadonlySet<Outcome> = new Set(['not-interested', 'became-client']);

/** A next step and its day in the profile's words; nothing without a day. */
const step = (f: Format, label: string, day: string | undefined) =>
  day ? `${localeLabel('nextStep', label, f.lang)} — ${f.day(day)}` : '';

/** What comes next and when: the meeting, the call back, the follow-up of the last call. */
function nextStep(p: Prospect, f: Format): string {
  const call = lastCall(p);
  if (call?.outcome === 'meeting-booked' && call.on) return step(f, 'meeting-booked', call.on);
  if (!call?.outcome || CLOSED.has(call.outcome)) return step(f, 'follow-up', p.followUpAt);
  return step(f, call.outcome, p.followUpAt);
}

export const COLUMNS: Record<
  ColumnId,
  { fr: string; en: string; value(p: Prospect, f: Format): string }
> = {
  name: { fr: 'Nom', en: 'Name', value: (p) => org(p).name?.value ?? '' },
  legalName: {
    fr: 'Raison sociale',
    en: 'Legal name',
    value: (p) => org(p).legalName?.value ?? '',
  },
  website: { fr: 'Site web', en: 'Website', value: (p) => org(p).website?.value ?? '' },
  domain: { fr: 'Domaine', en: 'Domain', value: (p) => org(p).domain?.value ?? '' },
  description: {
    fr: 'Description',
    en: 'Description',
    value: (p) => org(p).description?.value ?? '',
  },
  emails: { fr: 'E-mails', en: 'Emails', value: (p) => list(org(p).emails.map((e) => e.value)) },
  phones: { fr: 'Téléphones', en: 'Phones', value: phones },
  street: { fr: 'Adresse', en: 'Street', value: (p) => org(p).address?.value.street ?? '' },
  postalCode: {
    fr: 'Code postal',
    en: 'Postal code',
    value: (p) => org(p).address?.value.postalCode ?? '',
  },
  city: { fr: 'Ville', en: 'City', value: (p) => org(p).address?.value.city ?? '' },
  country: { fr: 'Pays', en: 'Country', value: (p) => org(p).address?.value.country ?? '' },
  fullAddress: {
    fr: 'Adresse complète',
    en: 'Full address',
    value: (p) => {
      const a = org(p).address?.value;
      if (!a) return '';
      const town = [a.postalCode, a.city].filter(Boolean).join(' ');
      return [a.street, town, a.country].filter(Boolean).join(', ');
    },
  },
  siren: { fr: 'SIREN', en: 'SIREN', value: (p) => org(p).siren?.value ?? '' },
  siret: { fr: 'SIRET', en: 'SIRET', value: (p) => org(p).siret?.value ?? '' },
  vat: { fr: 'N° TVA', en: 'VAT number', value: (p) => org(p).vat?.value ?? '' },
  linkedin: {
    fr: 'LinkedIn',
    en: 'LinkedIn',
    value: (p) => org(p).socials.find((s) => s.network === 'linkedin')?.value ?? '',
  },
  status: { fr: 'Statut', en: 'Status', value: (p, f) => statusLabel(p.status, f.lang) },
  band: {
    fr: 'Adéquation',
    en: 'Fit',
    value: (p, f) => {
      const band = p.bandOverride ?? p.qualification?.band;
      return band ? localeLabel('band', band, f.lang) : '';
    },
  },
  score: {
    fr: 'Score',
    en: 'Score',
    value: (p) => (p.qualification ? String(p.qualification.score) : ''),
  },
  persona: { fr: 'Persona', en: 'Persona', value: (p) => p.qualification?.personaName ?? '' },
  tags: { fr: 'Étiquettes', en: 'Tags', value: (p) => list(p.tags) },
  notes: { fr: 'Notes', en: 'Notes', value: (p) => p.notes },
  followUpAt: {
    fr: 'Relance',
    en: 'Follow-up',
    value: (p, f) => (p.followUpAt ? f.day(p.followUpAt) : ''),
  },
  lastContactAt: {
    fr: 'Dernier contact',
    en: 'Last contact',
    value: (p, f) => {
      const at = lastContact(p);
      return at ? f.day(at.slice(0, 10)) : '';
    },
  },
  lastOutcome: {
    fr: 'Dernière issue',
    en: 'Last outcome',
    value: (p, f) => {
      const outcome = lastCall(p)?.outcome;
      return outcome ? localeLabel('outcome', outcome, f.lang) : '';
    },
  },
  nextStep: { fr: 'Prochaine étape', en: 'Next step', value: nextStep },
  contactName: { fr: 'Contact', en: 'Contact name', value: (p) => p.contacts[0]?.name ?? '' },
  contactEmail: {
    fr: 'E-mail du contact',
    en: 'Contact email',
    value: (p) => p.contacts[0]?.email ?? '',
  },
  contactPhone: {
    fr: 'Téléphone du contact',
    en: 'Contact phone',
    value: (p, f) => phone(f, p.contacts[0]?.phone),
  },
  kind: {
    fr: 'Type',
    en: 'Kind',
    value: (p, f) => (org(p).kind ? localeLabel('kind', org(p).kind!.value, f.lang) : ''),
  },
  contactFirstName: {
    fr: 'Prénom du contact',
    en: 'Contact first name',
    value: (p) => nameParts(p)[0]!,
  },
  contactLastName: {
    fr: 'Nom du contact',
    en: 'Contact last name',
    value: (p) => nameParts(p)[1]!,
  },
  contactRole: {
    fr: 'Fonction du contact',
    en: 'Contact role',
    value: (p) => p.contacts[0]?.role ?? '',
  },
  personEmail: {
    fr: 'E-mail (contact ou organisation)',
    en: 'Email (contact or organisation)',
    value: (p) => p.contacts[0]?.email ?? org(p).emails[0]?.value ?? '',
  },
  personPhone: {
    fr: 'Téléphone (contact ou organisation)',
    en: 'Phone (contact or organisation)',
    value: (p, f) => phone(f, p.contacts[0]?.phone ?? org(p).phones[0]?.value),
  },
  source: { fr: 'Source', en: 'Source', value: (p) => p.sourceUrls[0] ?? '' },
  capturedAt: {
    fr: 'Capturé le',
    en: 'Captured on',
    value: (p, f) => f.day(p.capturedAt.slice(0, 10)),
  },
  createdAt: { fr: 'Créé le', en: 'Created on', value: (p, f) => f.day(p.createdAt.slice(0, 10)) },
};

/** What a generic export writes when the user chose nothing. */
export const DEFAULT_COLUMNS: ColumnId[] = [
  'name',
  'website',
  'domain',
  'description',
  'kind',
  'emails',
  'phones',
  'street',
  'postalCode',
  'city',
  'country',
  'siren',
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
  'source',
  'capturedAt',
];
