/**
 * A directory answer written into a saved prospect. Pure. A value the user typed (or brought in
 * her own file) is never replaced: where the directory disagrees, the field is listed as a
 * conflict; a replaced page value is kept in the history.
 */
import type { OrganisationDraft } from '../model/organisation';
import type { HistoryEntry, Prospect } from '../model/prospect';
import { identityKeys } from '../storage/identity';
import { mergeMatch, type RegistryField } from './fields';
import type { RegistryMatch } from './map';
import { sourceLabel } from './plain';

export interface Applied {
  prospect: Prospect;
  /** Fields the answer set or replaced. */
  changed: RegistryField[];
  /** Fields the user's own value kept, where the directory says otherwise. */
  conflicts: RegistryField[];
}

/** Hers: typed on a card, or read from her own file. */
export function isHers(p: Prospect, field: string): boolean {
  const value = p.organisation[field as keyof OrganisationDraft] as { source?: string } | undefined;
  return p.userEdited.includes(field) || value?.source === 'user' || value?.source === 'import';
}

export function applyMatch(p: Prospect, match: RegistryMatch, at: string): Applied {
  const merged = mergeMatch(p.organisation, match, (field) => isHers(p, field));
  const history: HistoryEntry[] = merged.changed
    .filter((c) => c.previous !== undefined)
    .map(({ field, previous }) => ({
      at,
      kind: 'edited',
      field,
      previous: JSON.stringify(previous).slice(0, 4000),
    }));
  history.push({ at, kind: 'edited', detail: sourceLabel(match.facts.asOf) });
  return {
    prospect: {
      ...p,
      organisation: merged.organisation,
      updatedAt: at,
      history: [...p.history, ...history].slice(-1000),
      identityKeys: identityKeys(merged.organisation),
    },
    changed: merged.changed.map((c) => c.field),
    conflicts: merged.conflicts,
  };
}
