/** A lookup's outcome as the CLI's JSON contract (extend it, never rename). */
import type { LookupOutcome } from './lookup';

/** The source every value of a directory answer carries. */
export const sourceLabel = (asOf: string) => `Sirene / RNE, as of ${asOf}`;

export function plainOutcome(outcome: LookupOutcome) {
  if (outcome.status !== 'found') {
    return {
      status: outcome.status,
      organisation: null,
      candidates: outcome.status === 'ambiguous' ? outcome.candidates : [],
      flags: null,
      active: null,
      ...(outcome.status === 'error' ? { error: outcome.error, code: outcome.code } : {}),
    };
  }
  const { fields, facts } = outcome.match;
  const values = {
    name: fields.name?.value,
    legalName: fields.legalName?.value,
    siren: fields.siren?.value,
    siret: fields.siret?.value,
    vat: fields.vat?.value,
    active: facts.active,
    ceasedOn: facts.ceasedOn,
    createdOn: facts.createdOn,
    address: fields.address?.value,
    headOffice: facts.headOffice,
    naf: fields.naf?.value,
    // The nomenclature is French only: the label is French whatever the UI language.
    activity: facts.activity && { ...facts.activity, language: 'fr' },
    legalForm: facts.legalForm && { ...facts.legalForm, language: 'fr' },
    headcount: facts.headcount,
    kind: fields.kind?.value,
    labels: facts.labels,
    people: (fields.people ?? []).map((p) => p.value),
  };
  const source = sourceLabel(facts.asOf);
  const present = Object.entries(values).filter(
    ([, v]) => v !== undefined && !(Array.isArray(v) && !v.length),
  );
  return {
    status: 'found' as const,
    organisation: {
      ...Object.fromEntries(present),
      asOf: facts.asOf,
      sources: Object.fromEntries(present.map(([k]) => [k, source])),
    },
    candidates: [],
    flags: facts.flags,
    active: facts.active,
  };
}
