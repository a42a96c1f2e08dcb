import type { PlainDraft } from './plain';

/** What a fixture's expected.json holds: the plain values a person reads on the site. */
export type Expected = Partial<Record<Field, unknown>> & {
  url: string;
  /** Fields the engine is known to get wrong on this fixture: reported, not asserted. */
  knownMisses?: Field[];
};

export const FIELDS = [
  'name',
  'legalName',
  'website',
  'domain',
  'description',
  'logo',
  'lang',
  'emails',
  'phones',
  'address',
  'socials',
  'siren',
  'siret',
  'vat',
  'invalid',
  'rcs',
  'naf',
  'kind',
  'keywords',
  'people',
] as const;
export type Field = (typeof FIELDS)[number];

const loose = (v: unknown) =>
  String(v ?? '')
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\s,]+/g, ' ')
    .replace(/\/+$/, '')
    .trim();

/** The comparable keys of a field's value(s): one per item for lists. */
export function keys(field: Field, value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  switch (field) {
    case 'emails':
    case 'phones':
    case 'keywords':
      return (value as string[]).map(loose);
    case 'socials':
      return (value as { url: string }[]).map((s) =>
        loose(s.url).replace(/^https?:\/\/(www\.)?/, ''),
      );
    case 'people':
      return (value as { name: string }[]).map((p) => loose(p.name));
    case 'invalid':
      return (value as { field: string; value: string }[]).map(
        (i) => `${i.field}:${loose(i.value)}`,
      );
    case 'address': {
      const a = value as Record<string, string | undefined>;
      return [['street', 'postalCode', 'city', 'country'].map((k) => loose(a[k])).join('|')];
    }
    default:
      return [loose(value)];
  }
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

/** True/false positives and negatives of one field on one fixture. */
export function scoreField(field: Field, expected: Expected, actual: PlainDraft): Score {
  const want = keys(field, expected[field]);
  const got = keys(field, actual[field]);
  const tp = got.filter((g) => want.includes(g)).length;
  return { tp, fp: got.length - tp, fn: want.filter((w) => !got.includes(w)).length };
}
