/**
 * A directory answer written into a prospect. Pure. A value the user typed (or brought in her own
 * file) is never replaced: where the directory disagrees, the field is listed as a conflict.
 */
import type { OrganisationDraft } from '../model/organisation';
import type { HistoryEntry, Prospect } from '../model/prospect';
import { identityKeys } from '../storage/identity';
import type { RegistryQuery } from './lookup';
import type { RegistryFields, RegistryMatch } from './map';
import { sourceLabel } from './plain';

/** The directory is the authority on these: it replaces what a page said. */
const AUTHORITATIVE = ['legalName', 'siren', 'vat', 'naf', 'kind'] as const;
/** A page may rightly differ (a trade name, a branch's SIRET or address): only filled when empty. */
const FILL_ONLY = ['name', 'siret', 'address'] as const;
type Field = (typeof AUTHORITATIVE)[number] | (typeof FILL_ONLY)[number];

export interface Applied {
  prospect: Prospect;
  /** Fields the answer set or replaced. */
  changed: Field[];
  /** Fields the user's own value kept, where the directory says otherwise. */
  conflicts: Field[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Hers: typed on a card, or read from her own file. */
export function isHers(p: Prospect, field: string): boolean {
  const value = p.organisation[field as keyof OrganisationDraft] as { source?: string } | undefined;
  return p.userEdited.includes(field) || value?.source === 'user' || value?.source === 'import';
}

function setField<K extends Field>(org: OrganisationDraft, field: K, value: RegistryFields[K]) {
  (org as Pick<OrganisationDraft, Field>)[field] = value as OrganisationDraft[K];
}

export function applyMatch(p: Prospect, match: RegistryMatch, at: string): Applied {
  const org: OrganisationDraft = { ...p.organisation, registry: match.facts };
  const history: HistoryEntry[] = [];
  const changed: Field[] = [];
  const conflicts: Field[] = [];
  for (const field of [...AUTHORITATIVE, ...FILL_ONLY]) {
    const next = match.fields[field];
    const prev = p.organisation[field];
    if (!next || same(next.value, prev?.value)) continue;
    if (prev && isHers(p, field)) {
      conflicts.push(field);
      continue;
    }
    if (prev && (FILL_ONLY as readonly string[]).includes(field)) continue;
    setField(org, field, next);
    changed.push(field);
    if (prev) {
      const previous = JSON.stringify(prev.value).slice(0, 4000);
      history.push({ at, kind: 'edited', field, previous });
    }
  }
  const known = new Set(org.people.map((x) => x.value.name.toLowerCase()));
  const people = (match.fields.people ?? []).filter((x) => !known.has(x.value.name.toLowerCase()));
  org.people = [...org.people, ...people].slice(0, 100);
  history.push({ at, kind: 'edited', detail: sourceLabel(match.facts.asOf) });
  return {
    prospect: {
      ...p,
      organisation: org,
      updatedAt: at,
      history: [...p.history, ...history].slice(-1000),
      identityKeys: identityKeys(org),
    },
    changed,
    conflicts,
  };
}

/** What to ask the directory about a prospect: its SIRET or SIREN, else its name and postcode. */
export function queryFor(p: Prospect): RegistryQuery | undefined {
  const org = p.organisation;
  if (org.siret?.valid) return { id: org.siret.value };
  if (org.siren?.valid) return { id: org.siren.value };
  const name = org.legalName?.value || org.name?.value;
  const postcode = org.address?.value.postalCode;
  return name && postcode && /^\d{5}$/.test(postcode) ? { name, postcode } : undefined;
}
