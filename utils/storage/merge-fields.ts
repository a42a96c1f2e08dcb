/**
 * How two views of one organisation's details become one, field by field: single sourced values,
 * lists that add up, and the comparisons that say whether a value changed. Pure.
 */
import type { OrganisationDraft } from '../model/organisation';

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

/**
 * Equal as JSON. Strings, lists of strings (tags) and plain objects of strings (an address), most
 * of the values, are compared without serialising them: JSON writes them one way only.
 */
export function same(a: unknown, b: unknown): boolean {
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
export function unionBy<T>(
  a: readonly T[],
  b: readonly T[],
  key: (x: T) => string,
  max: number,
): T[] {
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

export function mergeLists(a: OrganisationDraft, b: OrganisationDraft) {
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

export function setField<K extends SingleField>(
  org: OrganisationDraft,
  field: K,
  value: OrganisationDraft[K],
) {
  org[field] = value;
}

/**
 * A capture's details merged into those already known: its lists add up, and each of its single
 * values replaces the known one unless the user typed that one (`typed`) and the capture was not
 * typed too (`typedNow`). `replaced` hears of each known value replaced.
 */
export function mergeOrganisation(
  old: OrganisationDraft,
  draft: OrganisationDraft,
  typed: readonly string[],
  typedNow: readonly string[],
  replaced?: (field: SingleField, previous: unknown) => void,
): OrganisationDraft {
  // Written in one literal: the keys keep the order of `old`, `truncated` last if new.
  const organisation: OrganisationDraft = {
    ...old,
    ...mergeLists(old, draft),
    sourceUrl: draft.sourceUrl || old.sourceUrl,
    capturedAt: draft.capturedAt,
    truncated: draft.truncated,
  };
  if (draft.registry) organisation.registry = draft.registry;
  for (const field of SINGLE_FIELDS) {
    const next = draft[field];
    const prev = old[field];
    if (next === undefined || same(next.value, prev?.value)) continue;
    if (typed.includes(field) && !typedNow.includes(field)) continue;
    setField(organisation, field, next);
    if (prev !== undefined) replaced?.(field, prev.value);
  }
  return organisation;
}
