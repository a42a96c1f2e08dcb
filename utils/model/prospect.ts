import { z } from '../zod';
import { ActivitySchema, DaySchema } from './activity';
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

export const MAX_ACTIVITIES = 2000;

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

export const PROSPECT_VERSION = 2;

/** A follow-up due on `due`, or a prospect never contacted called in `rank` order (lowest first). */
export const CallListSchema = z.object({
  due: DaySchema.optional(),
  rank: z.number().min(0).max(101).optional(),
});
export type CallList = z.infer<typeof CallListSchema>;

export const ProspectSchema = ProspectEditsSchema.extend({
  schemaVersion: z.literal(PROSPECT_VERSION),
  id: cappedString(64),
  organisation: OrganisationDraftSchema,
  /** Fields the user typed: a later capture never overwrites them. */
  userEdited: z.array(cappedString(40)).max(100),
  qualification: QualificationSchema.optional(),
  sourceUrls: z.array(cappedString(2048)).min(1).max(50),
  capturedAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Set by a contact status; the activity log's latest contact wins when there is one. */
  lastContactAt: z.iso.datetime().optional(),
  legalBasis: z.enum(['legitimate-interest', 'consent', 'contract']),
  history: z.array(HistoryEntrySchema).max(1000),
  /** Calls, e-mails, meetings and notes, oldest first (since schema version 2). */
  activities: z.array(ActivitySchema).max(MAX_ACTIVITIES),
  /**
   * Identity keys ("domain:atelier-lumen.fr", "siren:123456789", "linkedin:company/lumen"),
   * derived from the organisation on every write; indexed for dedupe. Optional so that records
   * written before database version 2 still parse.
   */
  identityKeys: z.array(cappedString(300)).max(20).optional(),
  /** Its place on the Today page's call list, derived on every write; indexed (database v4). */
  callList: CallListSchema.optional(),
  /** A peer (same trade) she works with rather than against. */
  partner: z.boolean().optional(),
  /** The conversation criteria (ids) she has ticked as checked during a call. */
  checked: z.array(cappedString(100)).max(500).optional(),
});
export type Prospect = z.infer<typeof ProspectSchema>;

/** A prospect as version 1 wrote it, brought to the current version (else unchanged). */
export function upgradeProspect(value: unknown): unknown {
  const p = value as { schemaVersion?: unknown } | null;
  if (p?.schemaVersion !== 1) return value;
  return { ...p, schemaVersion: PROSPECT_VERSION, activities: [] };
}

/** A prospect from a file (backup, JSON lines) of any version. */
export const StoredProspectSchema = z.preprocess(upgradeProspect, ProspectSchema);

export const DEFAULT_EDITS: ProspectEdits = {
  status: 'to-qualify',
  notes: '',
  tags: [],
  contacts: [],
  doNotContact: false,
};
