import type { Evidence } from '../model/evidence';
import type { OrganisationDraft } from '../model/organisation';
import { identityDomain } from '../storage/identity';

/** A draft as plain values (the CLI's and the report's shape), provenance under `sources`. */
export function plainDraft(draft: OrganisationDraft) {
  const src = (e: Evidence) => `${e.source} ${e.confidence}${e.page ? ` ${e.page}` : ''}`;
  const sources: Record<string, string | string[]> = {};
  const single = <K extends keyof OrganisationDraft>(k: K) => {
    const v = draft[k] as (Evidence & { value: unknown }) | undefined;
    if (v) sources[k] = src(v);
    return v?.value;
  };
  const invalid: { field: string; value: string; reason?: string }[] = [];
  const id = (k: 'siren' | 'siret' | 'vat') => {
    const v = draft[k];
    if (!v) return undefined;
    sources[k] = src(v);
    if (v.valid) return v.value;
    invalid.push({ field: k, value: v.value, ...(v.reason ? { reason: v.reason } : {}) });
    return undefined;
  };
  const list = <T extends Evidence>(k: string, items: T[]) => {
    if (items.length) sources[k] = items.map(src);
    return items;
  };
  return {
    name: single('name'),
    legalName: single('legalName'),
    website: single('website'),
    domain: identityDomain(draft),
    description: single('description'),
    logo: single('logo'),
    lang: single('language'),
    emails: list('emails', draft.emails).map((e) => e.value),
    phones: list('phones', draft.phones).map((p) => p.value),
    address: single('address'),
    socials: list('socials', draft.socials).map((s) => ({ network: s.network, url: s.value })),
    siren: id('siren'),
    siret: id('siret'),
    vat: id('vat'),
    invalid,
    rcs: single('rcs'),
    naf: single('naf'),
    kind: single('kind'),
    keywords: list('keywords', draft.keywords).map((k) => k.value),
    people: list('people', draft.people).map((p) => p.value),
    ...(draft.truncated ? { truncated: true } : {}),
    sources,
  };
}
export type PlainDraft = ReturnType<typeof plainDraft>;
