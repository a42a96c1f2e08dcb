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
import {
  mergeLists,
  mergeOrganisation,
  same,
  setField,
  SINGLE_FIELDS,
  unionBy,
} from './merge-fields';

export { SINGLE_FIELDS } from './merge-fields';

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
  if (provided.includes('status')) merged.status = edits.status;
  if (provided.includes('followUpAt') && edits.followUpAt) merged.followUpAt = edits.followUpAt;
  if (provided.includes('tags'))
    merged.tags = [...new Set([...existing.tags, ...edits.tags])].slice(0, 50);
  if (provided.includes('notes') && !existing.notes.includes(edits.notes)) {
    merged.notes = [existing.notes, edits.notes].filter(Boolean).join('\n\n').slice(0, 10000);
  }
  if (provided.includes('contacts')) {
    merged.contacts = unionBy(existing.contacts, edits.contacts, (c) => c.name.toLowerCase(), 100);
  }
  return merged;
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
  const history: HistoryEntry[] = [
    ...(existing?.history ?? []),
    { at, kind: input.via ?? 'captured', url: draft.sourceUrl || undefined },
  ];
  const { organisation, edits } = mergedValues(existing, input, (field, previous) =>
    history.push({ at, kind: 'edited', field, previous: JSON.stringify(previous).slice(0, 4000) }),
  );
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
    userEdited: union(existing?.userEdited ?? [], input.userEdited, 100),
    ...(qualification ? { qualification } : {}),
    sourceUrls: sourceUrls(existing?.sourceUrls ?? [], draft.sourceUrl),
    capturedAt: draft.capturedAt,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
    ...(lastContactAt ? { lastContactAt } : {}),
    legalBasis: existing?.legalBasis ?? 'legitimate-interest',
    history: history.length > 1000 ? history.slice(-1000) : history,
    activities: existing?.activities ?? [],
    identityKeys: identityKeys(organisation),
  };
}

/**
 * What a save makes of the organisation's details and of her edits, without the bookkeeping
 * (history, dates, keys): what an import's preview compares. `replaced` hears of each known
 * value the save replaces.
 */
export function mergedValues(
  existing: Prospect | undefined,
  input: SaveInput,
  replaced?: Parameters<typeof mergeOrganisation>[4],
): { organisation: OrganisationDraft; edits: ProspectEdits } {
  if (!existing) return { organisation: { ...input.draft }, edits: input.edits };
  return {
    organisation: mergeOrganisation(
      existing.organisation,
      input.draft,
      existing.userEdited,
      input.userEdited,
      replaced,
    ),
    edits: input.provided ? mergeEdits(existing, input.edits, input.provided) : input.edits,
  };
}

/** `a` then the items of `b` it lacks, at most `max`. */
function union(a: readonly string[], b: readonly string[], max: number): string[] {
  return [...new Set(b.length ? [...a, ...b] : a)].slice(0, max);
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
