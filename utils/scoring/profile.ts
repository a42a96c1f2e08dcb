import type { OrganisationDraft, OrganisationKind } from '../model/organisation';
import type { Profile } from '../model/persona';
import type { Quote } from '../model/qualification';
import { COUNTRY_NAMES } from '../countries';
import { HEAD_COUNT, POSTCODE, STRONG_CUE } from './cues';
import { fold } from './normalise';
import { evidenceAt, type Findings } from './findings';

/** A built-in profile check: matched, not matched, or not checkable (missing data). */
export type Check = { matched: boolean; evidence: Quote[] } | 'unchecked';

export function checkKind(
  draft: OrganisationDraft,
  wanted: readonly OrganisationKind[],
  findings: Findings,
): Check {
  const declared = draft.kind;
  // Structured data (JSON-LD, microdata…) says what the organisation is: that settles it.
  if (declared && declared.source !== 'text') {
    return {
      matched: wanted.includes(declared.value),
      evidence: [kindField(draft, declared, findings)],
    };
  }
  // Otherwise the kind the page's words point to most; an extractor's guess from the text is
  // one strong cue among them, not the last word.
  const kinds = findings.kinds();
  if (declared) {
    const known = kinds.get(declared.value);
    kinds.set(declared.value, {
      score: (known?.score ?? 0) + STRONG_CUE,
      evidence: known?.evidence ?? [kindField(draft, declared, findings)],
    });
  }
  let best: { kind: OrganisationKind; score: number; evidence: Quote[] } | undefined;
  for (const [kind, { score, evidence }] of kinds) {
    if (!best || score > best.score) best = { kind, score, evidence };
  }
  if (!best) return 'unchecked';
  return { matched: wanted.includes(best.kind), evidence: best.evidence };
}

function placeInAddress(place: string, address: NonNullable<OrganisationDraft['address']>) {
  const a = address.value;
  if (/^\d+[ab]?$/.test(place)) return a.postalCode?.toLowerCase().startsWith(place) ?? false;
  const names = [
    a.city,
    a.region,
    a.country,
    ...(COUNTRY_NAMES[a.country?.toUpperCase() ?? ''] ?? []),
  ];
  return names.some((n) => n !== undefined && fold(n) === place);
}

export function checkTerritory(
  draft: OrganisationDraft,
  territory: Profile['territory'],
  places: readonly string[],
  findings: Findings,
): Check {
  const address = draft.address;
  if (address && places.some((p) => placeInAddress(p, address))) {
    const a = address.value;
    const value = [a.street, a.postalCode, a.city, a.region, a.country].filter(Boolean).join(', ');
    const evidence: Quote =
      address.source === 'registry'
        ? { field: 'registry', value: value.slice(0, 200), source: 'registry', page: findings.page }
        : { field: 'address', value: value.slice(0, 200), source: 'address', page: findings.page };
    return {
      matched: true,
      evidence: [evidence],
    };
  }
  const named = findings.placeEvidence();
  if (named.length) return { matched: true, evidence: named };
  let located = address !== undefined;
  const numeric = places.filter((p) => /^\d+[ab]?$/.test(p));
  // A five-digit postcode before a town name is a French address.
  const france = places.some((p) => COUNTRY_NAMES.FR!.includes(p));
  for (const field of findings.fields) {
    for (const m of field.text.matchAll(POSTCODE)) {
      located = true;
      if (france || numeric.some((p) => m[1]!.startsWith(p))) {
        return {
          matched: true,
          evidence: [evidenceAt(field, m.index, m.index + m[0].length, findings.page)],
        };
      }
    }
  }
  const remote = territory.remoteFriendly ? findings.remoteEvidence() : [];
  if (remote.length) return { matched: true, evidence: remote };
  return located ? { matched: false, evidence: [] } : 'unchecked';
}

/** Whether a head count (or the directory's band of head counts) is in the persona's range. */
const inRange = (size: Profile['size'], min: number, max = min) =>
  (size.min === undefined || max >= size.min) && (size.max === undefined || min <= size.max);

export function checkSize(
  size: Profile['size'],
  findings: Findings,
  band?: NonNullable<OrganisationDraft['registry']>['headcount'],
): Check {
  if (size.min === undefined && size.max === undefined) return 'unchecked';
  // The directory's band is the official count: it settles it (a band with no upper bound
  // reaches any maximum).
  if (band?.min !== undefined) {
    const value = (band.label ?? band.code).slice(0, 200);
    return {
      matched: inRange(size, band.min, band.max ?? Number.MAX_SAFE_INTEGER),
      evidence: [{ field: 'registry', value, source: 'registry', page: findings.page }],
    };
  }
  for (const field of findings.fields) {
    const m = HEAD_COUNT.exec(field.text);
    if (!m) continue;
    const count = Number(m[1] ?? m[2]);
    return {
      matched: inRange(size, count),
      evidence: [evidenceAt(field, m.index, m.index + m[0].length, findings.page)],
    };
  }
  return 'unchecked';
}

/**
 * The declared kind is a structured field, shown as "declared by the page" (or "from the national
 * directory"), never quoted.
 */
function kindField(
  draft: OrganisationDraft,
  declared: NonNullable<OrganisationDraft['kind']>,
  findings: Findings,
): Quote {
  if (declared.source === 'registry') {
    const value = declared.snippet ?? draft.registry?.legalForm?.label ?? declared.value;
    return {
      field: 'registry',
      value: value.slice(0, 200),
      source: 'registry',
      page: findings.page,
    };
  }
  return { field: 'kind', value: declared.value, source: 'kind', page: findings.page };
}
