/**
 * How two views of one organisation become one prospect, field by field. Pure: the repository
 * reads and writes, these functions decide.
 */
import type { OrganisationDraft } from '../model/organisation';
import {
  CONTACT_STATUSES,
  MAX_ACTIVITIES,
  PROSPECT_VERSION,
  type Contact,
  type HistoryEntry,
  type Prospect,
  type ProspectEdits,
  type Status,
} from '../model/prospect';
import type { Qualification } from '../model/qualification';
import { identityKeys } from './identity';

/** Organisation fields that hold one sourced value. */
export const SINGLE_FIELDS = [
  'name',
  'legalName',
  'website',
  'domain',
  'description',
  'logo',
  'language',
  'address',
  'siren',
  'siret',
  'vat',
  'rcs',
  'naf',
  'kind',
] as const satisfies readonly (keyof OrganisationDraft)[];
type SingleField = (typeof SINGLE_FIELDS)[number];

export interface SaveInput {
  draft: OrganisationDraft;
  edits: ProspectEdits;
  /** Fields the user typed in this capture. */
  userEdited: string[];
  qualification?: Qualification;
  /** 'imported' for a CSV row or a restore, else a capture. */
  via?: 'captured' | 'imported';
  /** Set by imports for a row the user keeps apart: never merged into a matching prospect. */
  separate?: boolean;
  /**
   * Set by imports: the edits this row really gives. Merged into an existing prospect, the other
   * edits stay as they were (a row without a status does not reset a prospect to "to qualify").
   */
  provided?: (keyof ProspectEdits)[];
}

/** The edits of a row merged into those of the prospect it matches: tags add up, notes too. */
function mergeEdits(
  existing: Prospect,
  edits: ProspectEdits,
  provided: (keyof ProspectEdits)[],
): ProspectEdits {
  const merged: ProspectEdits = {
    status: existing.status,
    notes: existing.notes,
    tags: existing.tags,
    contacts: existing.contacts,
    doNotContact: existing.doNotContact,
    ...(existing.followUpAt ? { followUpAt: existing.followUpAt } : {}),
    ...(existing.bandOverride ? { bandOverride: existing.bandOverride } : {}),
  };
  const has = new Set(provided);
  if (has.has('status')) merged.status = edits.status;
  if (has.has('followUpAt') && edits.followUpAt) merged.followUpAt = edits.followUpAt;
  if (has.has('tags')) merged.tags = [...new Set([...existing.tags, ...edits.tags])].slice(0, 50);
  if (has.has('notes') && !existing.notes.includes(edits.notes)) {
    merged.notes = [existing.notes, edits.notes].filter(Boolean).join('\n\n').slice(0, 10000);
  }
  if (has.has('contacts')) {
    merged.contacts = unionBy(existing.contacts, edits.contacts, (c) => c.name.toLowerCase(), 100);
  }
  return merged;
}

/**
 * Equal as JSON. Strings, lists of strings (tags) and plain objects of strings (an address), most
 * of the values, are compared without serialising them: JSON writes them one way only.
 */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') return false;
  const flat = flatStrings(a);
  const other = flat && flatStrings(b);
  if (flat && other) {
    return flat.length === other.length && flat.every((x, i) => x === other[i]);
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The keys and values, in JSON's order, of an array or plain object holding only strings. */
function flatStrings(x: unknown): string[] | undefined {
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) if (typeof x[i] !== 'string') return undefined;
    return ['[', ...(x as string[])];
  }
  if (typeof x !== 'object' || x === null || Object.getPrototypeOf(x) !== Object.prototype) {
    return undefined;
  }
  const out = ['{'];
  for (const [key, value] of Object.entries(x)) {
    if (typeof value !== 'string') return undefined;
    out.push(key, value);
  }
  return out;
}

/** The items of `a` then `b`, each key once (its first item), at most `max`. */
function unionBy<T>(a: readonly T[], b: readonly T[], key: (x: T) => string, max: number): T[] {
  // Most lists hold an item or two: their keys are looked for in a list, not a set.
  const seen = a.length + b.length > 16 ? new Set<string>() : undefined;
  const keys: string[] = [];
  const out: T[] = [];
  for (const list of [a, b]) {
    for (const x of list) {
      const k = key(x);
      if (seen ? seen.has(k) : keys.includes(k)) continue;
      if (seen) seen.add(k);
      else keys.push(k);
      if (out.length < max) out.push(x);
    }
  }
  return out;
}

const listKey = (x: { value: unknown }) =>
  typeof x.value === 'string' ? x.value.toLowerCase() : JSON.stringify(x.value);

function mergeLists(a: OrganisationDraft, b: OrganisationDraft) {
  return {
    emails: unionBy(a.emails, b.emails, listKey, 50),
    phones: unionBy(a.phones, b.phones, listKey, 50),
    socials: unionBy(a.socials, b.socials, listKey, 50),
    keywords: unionBy(a.keywords, b.keywords, listKey, 100),
    people: unionBy(a.people, b.people, (p) => p.value.name.toLowerCase(), 100),
    ...(a.aliases || b.aliases
      ? { aliases: [...new Set([...(a.aliases ?? []), ...(b.aliases ?? [])])].slice(0, 20) }
      : {}),
  } satisfies Pick<
    OrganisationDraft,
    'emails' | 'phones' | 'socials' | 'keywords' | 'people' | 'aliases'
  >;
}

/**
 * The pages an organisation was seen on, newest last. A capture with no URL (a page the browser
 * does not disclose, a CSV row without one) adds nothing; the list is never empty.
 */
function sourceUrls(before: readonly string[], url: string): string[] {
  const urls = [...new Set([...before, url].filter(Boolean))].slice(-50);
  return urls.length ? urls : [''];
}

/** The user's fields whose change a save records in the history (status has its own entry). */
const EDIT_FIELDS = [
  'notes',
  'followUpAt',
  'tags',
  'contacts',
  'bandOverride',
  'doNotContact',
] as const satisfies readonly (keyof ProspectEdits)[];

function statusChange(at: string, before: Status | undefined, after: Status): HistoryEntry[] {
  return before === after ? [] : [{ at, kind: 'status', status: after }];
}

/**
 * A capture (or an imported row) merged into the prospect it matches, or a new prospect.
 * Values the user typed win over later captures; a replaced value is kept in the history.
 */
export function mergeCapture(
  existing: Prospect | undefined,
  input: SaveInput,
  at: string,
  id: string,
): Prospect {
  const draft = input.draft;
  const old = existing?.organisation;
  const edits =
    existing && input.provided ? mergeEdits(existing, input.edits, input.provided) : input.edits;
  const history: HistoryEntry[] = [
    ...(existing?.history ?? []),
    { at, kind: input.via ?? 'captured', url: draft.sourceUrl || undefined },
  ];
  const protectedFields = new Set(existing?.userEdited ?? []);
  const typedNow = new Set(input.userEdited);
  // Written in one literal: the keys keep the order of `old`, `truncated` last if new.
  const organisation: OrganisationDraft = old
    ? {
        ...old,
        ...mergeLists(old, draft),
        sourceUrl: draft.sourceUrl || old.sourceUrl,
        capturedAt: draft.capturedAt,
        truncated: draft.truncated,
      }
    : { ...draft };
  if (old) {
    if (draft.registry) organisation.registry = draft.registry;
    for (const field of SINGLE_FIELDS) {
      const next = draft[field];
      const prev = old[field];
      if (next === undefined || same(next.value, prev?.value)) continue;
      if (protectedFields.has(field) && !typedNow.has(field)) continue;
      setField(organisation, field, next);
      if (prev !== undefined) {
        history.push({
          at,
          kind: 'edited',
          field,
          previous: JSON.stringify(prev.value).slice(0, 4000),
        });
      }
    }
  }
  history.push(...statusChange(at, existing?.status, edits.status));
  const edited = existing ? EDIT_FIELDS.filter((f) => !same(existing[f], edits[f])) : [];
  if (edited.length) history.push({ at, kind: 'edited', detail: edited.join(', ') });
  const contacted = CONTACT_STATUSES.has(edits.status) && existing?.status !== edits.status;
  const lastContactAt = contacted ? at : existing?.lastContactAt;
  const qualification = input.qualification ?? existing?.qualification;
  return {
    schemaVersion: PROSPECT_VERSION,
    ...edits,
    id: existing?.id ?? id,
    organisation,
    userEdited: [...new Set([...(existing?.userEdited ?? []), ...input.userEdited])].slice(0, 100),
    ...(qualification ? { qualification } : {}),
    sourceUrls: sourceUrls(existing?.sourceUrls ?? [], draft.sourceUrl),
    capturedAt: draft.capturedAt,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
    ...(lastContactAt ? { lastContactAt } : {}),
    legalBasis: existing?.legalBasis ?? 'legitimate-interest',
    history: history.slice(-1000),
    activities: existing?.activities ?? [],
    identityKeys: identityKeys(organisation),
  };
}

function setField<K extends SingleField>(
  org: OrganisationDraft,
  field: K,
  value: OrganisationDraft[K],
) {
  org[field] = value;
}

const earliest = (a?: string, b?: string) => (!a ? b : !b ? a : a < b ? a : b);
const latest = (a?: string, b?: string) => (!a ? b : !b ? a : a > b ? a : b);

/** Two prospects the user says are one organisation: `keep` wins where both have a value. */
export function mergeProspects(keep: Prospect, other: Prospect, at: string): Prospect {
  const organisation: OrganisationDraft = {
    ...keep.organisation,
    ...mergeLists(keep.organisation, other.organisation),
  };
  for (const field of SINGLE_FIELDS) {
    if (organisation[field] === undefined && other.organisation[field] !== undefined) {
      setField(organisation, field, other.organisation[field]);
    }
  }
  const notes = [keep.notes, other.notes].filter((n, i, all) => n.trim() && all.indexOf(n) === i);
  const contactKey = (c: Contact) => `${c.name.toLowerCase()}|${c.email?.toLowerCase() ?? ''}`;
  const better =
    (other.qualification?.score ?? -1) > (keep.qualification?.score ?? -1)
      ? other.qualification
      : keep.qualification;
  const name = other.organisation.name?.value ?? other.organisation.domain?.value ?? other.id;
  const history = [...keep.history, ...other.history].sort((a, b) => a.at.localeCompare(b.at));
  history.push({ at, kind: 'merged', detail: name.slice(0, 500) });
  const followUpAt = earliest(keep.followUpAt, other.followUpAt);
  const lastContactAt = latest(keep.lastContactAt, other.lastContactAt);
  const bandOverride = keep.bandOverride ?? other.bandOverride;
  return {
    ...keep,
    organisation,
    notes: notes.join('\n\n').slice(0, 10000),
    tags: [...new Set([...keep.tags, ...other.tags])].slice(0, 50),
    contacts: unionBy(keep.contacts, other.contacts, contactKey, 100),
    ...(followUpAt ? { followUpAt } : {}),
    ...(bandOverride ? { bandOverride } : {}),
    doNotContact: keep.doNotContact || other.doNotContact,
    userEdited: [...new Set([...keep.userEdited, ...other.userEdited])].slice(0, 100),
    ...(better ? { qualification: better } : {}),
    sourceUrls: [...new Set([...keep.sourceUrls, ...other.sourceUrls])].slice(-50),
    capturedAt: latest(keep.capturedAt, other.capturedAt)!,
    createdAt: earliest(keep.createdAt, other.createdAt)!,
    updatedAt: at,
    ...(lastContactAt ? { lastContactAt } : {}),
    history: history.slice(-1000),
    activities: unionBy(keep.activities, other.activities, (a) => a.id, MAX_ACTIVITIES).sort(
      (a, b) => a.at.localeCompare(b.at),
    ),
    identityKeys: identityKeys(organisation),
  };
}
