import type { Evidence } from '../../model/evidence';
import type {
  OrganisationDraft,
  OrganisationDraftInput,
  PostalAddress,
} from '../../model/organisation';
import { TEXT_FIELDS, type Candidate, type CandidateField } from './candidate';
import { siteRoot } from './site';
import { collapse } from '../../text';

/**
 * The provenance rule. Candidates for one field are grouped by value (compared loosely: case,
 * trailing slash, spacing). A group's confidence is its best candidate's, plus 0.1 for each
 * other *source* that agrees, up to 1. Sources start from their own confidence, so structured
 * data (JSON-LD, microdata, h-card: 0.8–0.9) beats meta tags (0.5–0.75), which beat text
 * (0.35–0.65). A value the user typed has confidence 1 and always wins. Single-valued fields
 * keep the best group; identifiers prefer a valid value to an invalid one; list fields keep
 * every group, best first.
 */
const MAX_LIST = 50;

const loose = (s: string) => s.toLowerCase().replace(/\/+$/, '').replace(/\s+/g, ' ').trim();

function keyOf(c: Candidate): string {
  switch (c.field) {
    case 'address':
      return `${c.value.postalCode ?? ''}|${loose(c.value.street ?? c.value.city ?? '')}`;
    case 'person':
      return loose(c.value.name);
    case 'website':
    case 'logo':
    case 'social':
      return loose(c.value).replace(/^https?:\/\/(?:www\.)?/, '');
    case 'siren':
    case 'siret':
    case 'vat':
    case 'phone':
      return c.value.replace(/\s/g, '').toUpperCase();
    default:
      return loose(c.value);
  }
}

interface Group {
  best: Candidate;
  members: Candidate[];
  confidence: number;
}

function groups(list: Candidate[]): Group[] {
  const byKey = new Map<string, Candidate[]>();
  for (const c of list) {
    const key = keyOf(c);
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  return [...byKey.values()]
    .map((members) => {
      const best = members.reduce((a, b) => (b.confidence > a.confidence ? b : a));
      const others = new Set(members.map((m) => m.source));
      others.delete(best.source);
      return { best, members, confidence: Math.min(1, best.confidence + 0.1 * others.size) };
    })
    .sort((a, b) => b.confidence - a.confidence);
}

/**
 * Names that contain one another agree ("Çavuşzade Baklava" in "© Çavuşzade Baklava · Brüksel"):
 * each such source lends the other 0.1, as an identical value would.
 */
function nested(gs: Group[]): Group[] {
  const words = gs.map((g) => ` ${collapse(String(g.best.value))} `);
  return gs
    .map((g, i) => {
      const sources = new Set<string>();
      gs.forEach((o, j) => {
        const [a, b] = [words[i]!, words[j]!];
        if (j !== i && a.length > 5 && b.length > 5 && (a.includes(b) || b.includes(a)))
          for (const m of o.members) sources.add(m.source);
      });
      for (const m of g.members) sources.delete(m.source);
      return { ...g, confidence: Math.min(1, g.confidence + 0.1 * sources.size) };
    })
    .sort((a, b) => b.confidence - a.confidence);
}

const evidence = (g: Group): Evidence => ({
  source: g.best.source,
  confidence: Math.round(g.confidence * 100) / 100,
  ...(g.best.snippet ? { snippet: g.best.snippet } : {}),
  ...(g.best.page ? { page: g.best.page } : {}),
});

/** Fill a chosen address's missing parts from candidates with the same postcode. */
function completeAddress(g: Group, all: Candidate[]): PostalAddress {
  const address = { ...(g.best.value as PostalAddress) };
  for (const c of all) {
    if (c.field !== 'address' || c.value.postalCode !== address.postalCode) continue;
    for (const k of ['street', 'postalCode', 'city', 'region', 'country'] as const)
      if (!address[k] && c.value[k]) address[k] = c.value[k];
  }
  return address;
}

export function mergeCandidates(candidates: Candidate[]): Partial<OrganisationDraftInput> {
  const byField = new Map<CandidateField, Candidate[]>();
  for (const c of candidates) byField.set(c.field, [...(byField.get(c.field) ?? []), c]);
  const out: Partial<OrganisationDraftInput> = {};
  const top = (field: CandidateField) => {
    const gs = groups(byField.get(field) ?? []);
    if (field === 'siren' || field === 'siret' || field === 'vat')
      gs.sort(
        (a, b) =>
          Number('valid' in b.best && b.best.valid) - Number('valid' in a.best && a.best.valid),
      );
    return gs;
  };
  for (const field of TEXT_FIELDS) {
    const g = (field === 'name' ? nested(top(field)) : top(field))[0];
    if (g) out[field] = { value: g.best.value as string, ...evidence(g) };
  }
  const kind = top('kind')[0];
  if (kind && kind.best.field === 'kind') out.kind = { value: kind.best.value, ...evidence(kind) };
  const address = top('address')[0];
  if (address)
    out.address = {
      value: completeAddress(address, byField.get('address') ?? []),
      ...evidence(address),
    };
  for (const field of ['siren', 'siret', 'vat'] as const) {
    const g = top(field)[0];
    if (g && (g.best.field === 'siren' || g.best.field === 'siret' || g.best.field === 'vat'))
      out[field] = {
        value: g.best.value,
        valid: g.best.valid,
        ...(g.best.issue ? { issue: g.best.issue } : {}),
        ...(g.best.reason ? { reason: g.best.reason } : {}),
        ...evidence(g),
      };
  }
  out.emails = top('email')
    .slice(0, MAX_LIST)
    .map((g) => ({ value: g.best.value as string, ...evidence(g) }));
  out.phones = top('phone')
    .slice(0, MAX_LIST)
    .map((g) => ({
      value: g.best.value as string,
      display: g.best.field === 'phone' ? g.best.display : '',
      ...evidence(g),
    }));
  out.socials = top('social')
    .slice(0, MAX_LIST)
    .flatMap((g) =>
      g.best.field === 'social'
        ? [{ value: g.best.value, network: g.best.network, ...evidence(g) }]
        : [],
    );
  out.keywords = top('keyword')
    .slice(0, 100)
    .map((g) => ({ value: g.best.value as string, ...evidence(g) }));
  out.people = top('person')
    .slice(0, 100)
    .flatMap((g) => {
      if (g.best.field !== 'person') return [];
      const role = g.members
        .map((m) => (m.field === 'person' ? m.value.role : undefined))
        .find(Boolean);
      return [
        {
          value: role ? { name: g.best.value.name, role } : { name: g.best.value.name },
          ...evidence(g),
        },
      ];
    });
  crossCheck(out);
  return out;
}

/** A VAT number must embed the page's SIREN; a SIRET must start with it. */
function crossCheck(out: Partial<OrganisationDraftInput>) {
  const siren = out.siren?.valid ? out.siren.value : undefined;
  if (!siren) return;
  const vat = out.vat;
  if (vat?.valid && /^FR[0-9A-Z]{2}\d{9}$/.test(vat.value) && vat.value.slice(4) !== siren)
    out.vat = {
      ...vat,
      valid: false,
      issue: 'other-siren',
      reason: `embeds SIREN ${vat.value.slice(4)}, not this organisation's ${siren}`,
    };
  const siret = out.siret;
  if (siret?.valid && !siret.value.startsWith(siren))
    out.siret = {
      ...siret,
      valid: false,
      issue: 'other-siren',
      reason: `does not start with this organisation's SIREN ${siren}`,
    };
}

/** A draft back into candidates, to merge it with more evidence (enrichment, a new capture). */
export function draftCandidates(draft: OrganisationDraft): Candidate[] {
  const out: Candidate[] = [];
  const ev = (e: Evidence): Evidence => ({
    source: e.source,
    confidence: e.confidence,
    ...(e.snippet ? { snippet: e.snippet } : {}),
    ...(e.page ? { page: e.page } : {}),
  });
  for (const field of TEXT_FIELDS) {
    const v = draft[field];
    if (v) out.push({ field, value: v.value, ...ev(v) });
  }
  if (draft.kind) out.push({ field: 'kind', value: draft.kind.value, ...ev(draft.kind) });
  if (draft.address)
    out.push({ field: 'address', value: draft.address.value, ...ev(draft.address) });
  for (const field of ['siren', 'siret', 'vat'] as const) {
    const v = draft[field];
    if (v)
      out.push({
        field,
        value: v.value,
        valid: v.valid,
        ...(v.issue ? { issue: v.issue } : {}),
        ...(v.reason ? { reason: v.reason } : {}),
        ...ev(v),
      });
  }
  for (const e of draft.emails) out.push({ field: 'email', value: e.value, ...ev(e) });
  for (const p of draft.phones)
    out.push({ field: 'phone', value: p.value, display: p.display, ...ev(p) });
  for (const s of draft.socials)
    out.push({ field: 'social', value: s.value, network: s.network, ...ev(s) });
  for (const k of draft.keywords) out.push({ field: 'keyword', value: k.value, ...ev(k) });
  for (const p of draft.people) out.push({ field: 'person', value: p.value, ...ev(p) });
  return out;
}

/** The draft for a set of candidates read from `pageUrl`. */
export function buildDraft(
  candidates: Candidate[],
  pageUrl: string,
  now: Date,
  truncated = false,
): OrganisationDraft {
  const url = new URL(pageUrl);
  const merged = mergeCandidates(candidates);
  if (!merged.website && (url.protocol === 'http:' || url.protocol === 'https:')) {
    merged.website = { value: siteRoot(url), source: 'url', confidence: 0.5 };
  }
  return {
    schemaVersion: 1,
    ...merged,
    emails: merged.emails ?? [],
    phones: merged.phones ?? [],
    socials: merged.socials ?? [],
    keywords: merged.keywords ?? [],
    people: merged.people ?? [],
    sourceUrl: url.href.slice(0, 2048),
    capturedAt: now.toISOString(),
    ...(truncated ? { truncated: true } : {}),
  };
}
