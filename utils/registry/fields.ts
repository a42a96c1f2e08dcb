/**
 * How a directory answer meets what an organisation already has, field by field. Pure, shared
 * by the card (an unsaved draft) and the background (a saved prospect).
 */
import type { OrganisationDraft } from '../model/organisation';
import type { RegistryFields } from './map';
import type { RegistryMatchSchema, RegistryQuery } from './wire';
import type { z } from 'zod';

/** The directory is the authority on these: it replaces what a page said. */
const AUTHORITATIVE = ['legalName', 'siren', 'vat', 'naf', 'kind'] as const;
/** A page may rightly differ (a trade name, a branch's SIRET or address): only filled when empty. */
const FILL_ONLY = ['name', 'siret', 'address'] as const;
export type RegistryField = (typeof AUTHORITATIVE)[number] | (typeof FILL_ONLY)[number];

export interface Merged {
  organisation: OrganisationDraft;
  /** Fields the answer set or replaced, with the value replaced if any. */
  changed: { field: RegistryField; previous?: unknown }[];
  /** Fields whose own value was kept where the directory says otherwise. */
  conflicts: RegistryField[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function setField<K extends RegistryField>(
  org: OrganisationDraft,
  field: K,
  value: RegistryFields[K],
) {
  (org as Pick<OrganisationDraft, RegistryField>)[field] = value as OrganisationDraft[K];
}

/** `hers(field)`: typed by the user or brought in her own file, so never replaced. */
export function mergeMatch(
  org: OrganisationDraft,
  match: z.infer<typeof RegistryMatchSchema>,
  hers: (field: RegistryField) => boolean,
): Merged {
  const out: OrganisationDraft = { ...org, registry: match.facts };
  const changed: Merged['changed'] = [];
  const conflicts: RegistryField[] = [];
  for (const field of [...AUTHORITATIVE, ...FILL_ONLY]) {
    const next = match.fields[field];
    const prev = org[field];
    if (!next || same(next.value, prev?.value)) continue;
    if (prev && hers(field)) conflicts.push(field);
    else if (!prev || !(FILL_ONLY as readonly string[]).includes(field)) {
      setField(out, field, next);
      changed.push(prev ? { field, previous: prev.value } : { field });
    }
  }
  const known = new Set(org.people.map((x) => x.value.name.toLowerCase()));
  const people = (match.fields.people ?? []).filter((x) => !known.has(x.value.name.toLowerCase()));
  out.people = [...org.people, ...people].slice(0, 100);
  return { organisation: out, changed, conflicts };
}

/** What to ask the directory about an organisation: its SIRET or SIREN, else name and postcode. */
export function queryFor(org: OrganisationDraft): RegistryQuery | undefined {
  if (org.siret?.valid) return { id: org.siret.value };
  if (org.siren?.valid) return { id: org.siren.value };
  const name = org.legalName?.value || org.name?.value;
  const postcode = org.address?.value.postalCode;
  return name && postcode && /^\d{5}$/.test(postcode) ? { name, postcode } : undefined;
}
