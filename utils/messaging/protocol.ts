/**
 * Every message between the extension's pages, its content scripts and the background: each
 * request and each answer is a zod schema listed here; the compiler checks callers and handlers
 * against it, and both ends validate what arrives.
 */
import { z } from '../zod';
import { OrganisationDraftSchema } from '../model/organisation';
import { ActivityDraftSchema } from '../model/activity';
import { ProspectEditsSchema, ProspectSchema } from '../model/prospect';
import { QualificationSchema } from '../model/qualification';
import { PersonaSchema } from '../model/persona';
import { cappedString } from '../model/evidence';
import { ObservedPageSchema } from '../model/social-profile';
import { COLUMN_IDS, IMPORT_CHOICES, PROFILE_IDS } from '../csv/ids';
import { registryProtocol } from '../registry/protocol';
import { learnProtocol } from './learn';
import { WeekReviewSchema } from '../week-review';
import { todayProtocol } from '../today';

const Id = z.string().max(64);
const Ids = z.array(Id).max(100_000);
const Done = z.object({ count: z.number().int() });

/** Messages of the full-page list (entrypoints/prospects): bulk edits, merge, erasure, import. */
const listProtocol = {
  /** Replace one prospect as edited in the detail view. */
  'prospect.replace': {
    request: z.object({ prospect: ProspectSchema }),
    response: z.object({ prospect: ProspectSchema }),
  },
  /**
   * Log a call, e-mail, meeting or note. A call's outcome plans the follow-up and the status;
   * a `status` she chose herself wins over the planned one.
   */
  'activity.log': {
    request: z.object({
      id: Id,
      activity: ActivityDraftSchema,
      status: ProspectSchema.shape.status.optional(),
    }),
    response: z.object({ prospect: ProspectSchema }),
  },
  /** The last seven days' calls, outcomes, meetings and clients by fit band. */
  'review.week': { request: z.object({}), response: WeekReviewSchema },
  'prospect.bulkUpdate': {
    request: z.object({
      ids: Ids,
      patch: z.object({
        status: ProspectSchema.shape.status.optional(),
        addTags: z.array(cappedString(60)).max(50).optional(),
        removeTags: z.array(cappedString(60)).max(50).optional(),
        followUpAt: ProspectSchema.shape.followUpAt.unwrap().nullable().optional(),
      }),
    }),
    response: Done,
  },
  'prospect.deleteMany': {
    request: z.object({ ids: Ids }),
    response: z.object({ count: z.number().int(), undoId: z.string().optional() }),
  },
  'prospect.merge': {
    request: z.object({ keepId: Id, otherId: Id }),
    response: z.object({ prospect: ProspectSchema, undoId: z.string() }),
  },
  'prospect.undo': {
    request: z.object({ undoId: Id }),
    response: z.object({ undone: z.boolean() }),
  },
  /** GDPR erasure: gone for good, a salted hash stays to warn at a later capture. */
  'prospect.erase': { request: z.object({ ids: Ids }), response: Done },
  'prospect.eraseAll': { request: z.object({}), response: z.object({}) },
  /** Erase every prospect with no contact for three years. */
  'prospect.purgeStale': { request: z.object({}), response: Done },
  /** Download one prospect's data as JSON (right of access). */
  'prospect.exportOne': {
    request: z.object({ id: Id }),
    response: z.object({ filename: z.string() }),
  },
  /** Save the rows of a CSV the user confirmed; the background parses it again itself. */
  'csv.import': {
    request: z.object({
      text: z.string().max(100_000_000),
      mapping: z.array(z.enum(COLUMN_IDS).nullable()).max(500),
      /** Per spreadsheet row, what to do with a row matching a prospect; `fallback` for the rest. */
      choices: z.record(z.string().regex(/^\d{1,9}$/), z.enum(IMPORT_CHOICES)).optional(),
      fallback: z.enum(IMPORT_CHOICES).optional(),
    }),
    response: z.object({
      created: z.number().int(),
      merged: z.number().int(),
      rejected: z.number().int(),
    }),
  },
  'backup.export': { request: z.object({}), response: z.object({ filename: z.string() }) },
  'backup.restore': {
    request: z.object({ text: z.string().max(500_000_000) }),
    response: Done,
  },
} as const;

export const protocol = {
  /** Is the organisation behind this draft already saved? */
  'prospect.lookup': {
    request: z.object({ draft: OrganisationDraftSchema }),
    response: z.object({
      prospect: ProspectSchema.nullable(),
      /** Set when no prospect matches but the organisation was erased on that date. */
      erasedAt: z.string().optional(),
    }),
  },
  /** Save a captured organisation (new, or merged into the prospect it matches). */
  'prospect.save': {
    request: z.object({
      draft: OrganisationDraftSchema,
      edits: ProspectEditsSchema,
      userEdited: z.array(cappedString(40)).max(100),
      qualification: QualificationSchema.optional(),
    }),
    response: z.object({ prospect: ProspectSchema, created: z.boolean() }),
  },
  ...listProtocol,
  /** Build the CSV or .xlsx of the prospects (all, or `ids`) and hand it to the browser's downloads. */
  'csv.export': {
    request: z.object({
      profile: z.enum(PROFILE_IDS),
      columns: z.array(z.enum(COLUMN_IDS)).max(COLUMN_IDS.length).optional(),
      ids: Ids.optional(),
      /** A CSV file (the default) or an .xlsx workbook. */
      format: z.enum(['csv', 'xlsx']).optional(),
    }),
    response: z.object({ filename: z.string(), rows: z.number().int() }),
  },
  /** The social content script reports the company or person on screen (LinkedIn, Viadeo). */
  'social.observed': {
    request: ObservedPageSchema,
    response: z.object({}),
  },
  /** Every persona and which one is active. */
  'persona.list': {
    request: z.object({}),
    response: z.object({ personas: z.array(PersonaSchema), activeId: z.string().nullable() }),
  },
  /** The persona the popup scores against, if any. */
  'persona.active': {
    request: z.object({}),
    response: z.object({ persona: PersonaSchema.nullable() }),
  },
  /** Create or replace a persona (by id); the first one becomes active. */
  'persona.save': {
    request: z.object({ persona: PersonaSchema }),
    response: z.object({ persona: PersonaSchema, activeId: z.string().nullable() }),
  },
  'persona.delete': {
    request: z.object({ id: z.string().max(100) }),
    response: z.object({ deleted: z.boolean(), activeId: z.string().nullable() }),
  },
  'persona.setActive': {
    request: z.object({ id: z.string().max(100) }),
    response: z.object({ activeId: z.string() }),
  },
  ...registryProtocol,
  ...learnProtocol,
  ...todayProtocol,
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = z.input<Protocol[K]['request']>;
export type ResponseOf<K extends MessageType> = z.output<Protocol[K]['response']>;

/** Messages a content script may send; everything else must come from an extension page. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>([
  'prospect.lookup',
  'social.observed',
]);
