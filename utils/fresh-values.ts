/**
 * What a fresh capture shows that a saved prospect does not: field by field, as text, so the
 * popup can show the saved card and offer the page's new values one by one. Pure.
 */
import {
  SINGLE_TEXT_FIELDS,
  type OrganisationDraft,
  type PostalAddress,
} from './model/organisation';

const SINGLE = [
  ...SINGLE_TEXT_FIELDS,
  ...(['address', 'siren', 'siret', 'vat', 'rcs', 'naf', 'kind'] as const),
] satisfies readonly (keyof OrganisationDraft)[];
const LISTS = [
  'phones',
  'emails',
  'socials',
  'people',
] as const satisfies readonly (keyof OrganisationDraft)[];

export type FreshField = (typeof SINGLE)[number] | (typeof LISTS)[number];
type ListField = (typeof LISTS)[number];

/** One field whose page value differs: `saved` as kept, `fresh` what the page adds or says. */
export interface FreshValue {
  field: FreshField;
  saved: string;
  fresh: string;
}

export const addressLine = (a: PostalAddress) =>
  [a.street, [a.postalCode, a.city].filter(Boolean).join(' '), a.country]
    .filter(Boolean)
    .join(', ');

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function singleText(draft: OrganisationDraft, field: (typeof SINGLE)[number]): string {
  const value = draft[field]?.value;
  if (value === undefined) return '';
  return norm(typeof value === 'string' ? value : addressLine(value));
}

function itemTexts(draft: OrganisationDraft, field: ListField): string[] {
  if (field === 'people') {
    return draft.people.map((p) =>
      p.value.role ? `${p.value.name} (${p.value.role})` : p.value.name,
    );
  }
  if (field === 'phones') return draft.phones.map((p) => p.display || p.value);
  return draft[field].map((x) => x.value);
}

/** The key two captures of one list item share (phones by number, people by name). */
function itemKeys(draft: OrganisationDraft, field: ListField): string[] {
  if (field === 'people') return draft.people.map((p) => p.value.name.toLowerCase());
  return draft[field].map((x) => x.value.toLowerCase());
}

/** The page's items of a list that the saved card lacks, by index in `page[field]`. */
function added(saved: OrganisationDraft, page: OrganisationDraft, field: ListField): number[] {
  const known = new Set(itemKeys(saved, field));
  return itemKeys(page, field).flatMap((key, i) => (known.has(key) ? [] : [i]));
}

/**
 * The fields where `page` (a fresh capture) shows something `saved` does not: a single value
 * that differs (a value the page no longer shows is not news), or list items not yet saved.
 */
export function freshValues(saved: OrganisationDraft, page: OrganisationDraft): FreshValue[] {
  const singles = SINGLE.flatMap((field): FreshValue[] => {
    const fresh = singleText(page, field);
    const kept = singleText(saved, field);
    return fresh && fresh !== kept ? [{ field, saved: kept, fresh }] : [];
  });
  const lists = LISTS.flatMap((field): FreshValue[] => {
    const indexes = added(saved, page, field);
    if (indexes.length === 0) return [];
    const texts = itemTexts(page, field);
    return [
      {
        field,
        saved: itemTexts(saved, field).join(', '),
        fresh: indexes.map((i) => texts[i]).join(', '),
      },
    ];
  });
  return [...singles, ...lists];
}

/** `draft` with the page's value of `field` taken: a single value replaced, list items added. */
export function takeFresh(
  draft: OrganisationDraft,
  page: OrganisationDraft,
  field: FreshField,
): OrganisationDraft {
  // The domain is the website's: the identity key follows it.
  if (field === 'website') return { ...draft, website: page.website, domain: page.domain };
  if (!(LISTS as readonly string[]).includes(field)) return { ...draft, [field]: page[field] };
  const list = field as ListField;
  const extra = added(draft, page, list).map((i) => page[list][i]);
  // The schema's caps: 100 people, 50 of the other lists.
  const merged = [...draft[list], ...extra].slice(0, list === 'people' ? 100 : 50);
  return { ...draft, [list]: merged };
}
