import { CONTACT_STATUSES, type Prospect, type Status } from '../model/prospect';

/** What the list's bulk actions change on several prospects at once. */
export interface BulkPatch {
  status?: Status;
  addTags?: string[];
  removeTags?: string[];
  followUpAt?: string | null;
}

export function applyPatch(p: Prospect, patch: BulkPatch, at: string): Prospect {
  const next: Prospect = { ...p, updatedAt: at };
  if (patch.status && patch.status !== p.status) {
    next.status = patch.status;
    next.history = [...p.history, { at, kind: 'status' as const, status: patch.status }].slice(
      -1000,
    );
    if (CONTACT_STATUSES.has(patch.status)) next.lastContactAt = at;
  }
  if (patch.addTags || patch.removeTags) {
    const remove = new Set(patch.removeTags ?? []);
    next.tags = [...new Set([...p.tags, ...(patch.addTags ?? [])])]
      .filter((t) => !remove.has(t))
      .slice(0, 50);
  }
  if (patch.followUpAt === null) delete next.followUpAt;
  else if (patch.followUpAt) next.followUpAt = patch.followUpAt;
  return next;
}
