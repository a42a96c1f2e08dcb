import { z } from 'zod';
import { cappedString } from './evidence';
import { OrganisationDraftSchema } from './organisation';
import { BandSchema, QualificationSchema } from './qualification';

export const STATUSES = [
  'to-qualify',
  'to-contact',
  'contacted',
  'follow-up',
  'meeting',
  'client',
  'not-for-me',
] as const;
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

/** Statuses that mean the organisation was contacted: they move `lastContactAt`. */
export const CONTACT_STATUSES: ReadonlySet<Status> = new Set([
  'contacted',
  'follow-up',
  'meeting',
  'client',
]);

/** YYYY-MM-DD, a calendar day with no time zone. */
export const DaySchema = z.iso.date();

export const ContactSchema = z.object({
  name: cappedString(120),
  role: cappedString(200).optional(),
  email: cappedString(254).optional(),
  phone: cappedString(40).optional(),
});
export type Contact = z.infer<typeof ContactSchema>;

export const HistoryEntrySchema = z.object({
  at: z.iso.datetime(),
  /** What happened: a capture, a status change, an edit. */
  kind: z.enum(['captured', 'status', 'edited', 'merged', 'imported']),
  status: StatusSchema.optional(),
  url: cappedString(2048).optional(),
  detail: cappedString(500).optional(),
  /** For 'edited': which organisation field a capture replaced, and its value before (JSON). */
  field: cappedString(40).optional(),
  previous: cappedString(4000).optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** What a user fills in on the card besides the extracted fields. */
export const ProspectEditsSchema = z.object({
  status: StatusSchema,
  notes: cappedString(10000),
  followUpAt: DaySchema.optional(),
  tags: z.array(cappedString(60)).max(50),
  contacts: z.array(ContactSchema).max(100),
  bandOverride: BandSchema.optional(),
  doNotContact: z.boolean(),
});
export type ProspectEdits = z.infer<typeof ProspectEditsSchema>;

export const ProspectSchema = ProspectEditsSchema.extend({
  schemaVersion: z.literal(1),
  id: cappedString(64),
  organisation: OrganisationDraftSchema,
  /** Fields the user typed: a later capture never overwrites them. */
  userEdited: z.array(cappedString(40)).max(100),
  qualification: QualificationSchema.optional(),
  sourceUrls: z.array(cappedString(2048)).min(1).max(50),
  capturedAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  lastContactAt: z.iso.datetime().optional(),
  legalBasis: z.enum(['legitimate-interest', 'consent', 'contract']),
  history: z.array(HistoryEntrySchema).max(1000),
  /**
   * Identity keys ("domain:atelier-lumen.fr", "siren:123456789", "linkedin:company/lumen"),
   * derived from the organisation on every write; indexed for dedupe. Optional so that records
   * written before database version 2 still parse.
   */
  identityKeys: z.array(cappedString(300)).max(20).optional(),
});
export type Prospect = z.infer<typeof ProspectSchema>;

export const DEFAULT_EDITS: ProspectEdits = {
  status: 'to-qualify',
  notes: '',
  tags: [],
  contacts: [],
  doNotContact: false,
};
