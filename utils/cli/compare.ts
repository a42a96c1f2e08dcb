import type { PlainDraft } from './plain';

/**
 * What a fixture's expected.json holds: the plain values a person reads on the site. A single
 * field given as an array, or a list item given as an array (a person's `name` too), lists the
 * spellings accepted for that one value.
 */
export type Expected = Partial<Record<Field, unknown>> & {
  url: string;
  /** Fields the engine is known to get wrong on this fixture: reported, not asserted. */
  knownMisses?: Field[];
  /** Fields nobody can tell from the page (placeholders, contradictions): not scored. */
  unknown?: Field[];
  /** Values accepted when extracted but not required (e.g. a number shown two ways). */
  maybe?: Partial<Record<Field, unknown>>;
  /** Values of someone else (agency, host, vendor) that must never be extracted. */
  mustNotContain?: string[];
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

const LISTS: ReadonlySet<Field> = new Set([
  'emails',
  'phones',
  'keywords',
  'socials',
  'people',
  'invalid',
]);

export const loose = (v: unknown) =>
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

/** One accepted-keys set per expected value (several keys: alternative spellings). */
export function slots(field: Field, value: unknown): string[][] {
  if (value === undefined || value === null || value === '') return [];
  const items = LISTS.has(field) ? (value as unknown[]) : [value];
  return items
    .map((item) => {
      if (!LISTS.has(field))
        return (Array.isArray(item) ? item : [item]).flatMap((v) => keys(field, v));
      if (Array.isArray(item)) return item.flatMap((v) => keys(field, [v]));
      const names = (item as { name?: unknown }).name;
      if (field === 'people' && Array.isArray(names))
        return names.flatMap((name) => keys(field, [{ name }]));
      return keys(field, [item]);
    })
    .filter((s) => s.length > 0);
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

/** A field's score on one page, with what was extracted wrongly and what was missed. */
export interface FieldResult extends Score {
  wrong: string[];
  missing: string[];
}

/** True/false positives and negatives of one field on one fixture. */
export function scoreField(field: Field, expected: Expected, actual: PlainDraft): FieldResult {
  const want = slots(field, expected[field]);
  const maybe = new Set(slots(field, expected.maybe?.[field]).flat());
  const used = new Set<number>();
  const wrong: string[] = [];
  let tp = 0;
  for (const got of keys(field, actual[field])) {
    const i = want.findIndex((s, j) => !used.has(j) && s.includes(got));
    if (i >= 0) {
      used.add(i);
      tp++;
    } else if (!maybe.has(got)) wrong.push(got);
  }
  const missing = want.filter((_, j) => !used.has(j)).map((s) => s[0]!);
  return { tp, fp: wrong.length, fn: missing.length, wrong, missing };
}

/** Add one page's score into a running total. */
export function addScore(total: Score, s: Score) {
  total.tp += s.tp;
  total.fp += s.fp;
  total.fn += s.fn;
}

/** Per-field totals over many pages' results. */
export function fieldTotals(pages: Partial<Record<Field, Score>>[]): Map<Field, Score> {
  const totals = new Map<Field, Score>();
  for (const fields of pages)
    for (const [field, s] of Object.entries(fields) as [Field, Score][]) {
      if (!totals.has(field)) totals.set(field, { tp: 0, fp: 0, fn: 0 });
      addScore(totals.get(field)!, s);
    }
  return totals;
}

/** Precision, recall and F1 (undefined where nothing was extracted or expected). */
export function rates({ tp, fp, fn }: Score) {
  const precision = tp + fp === 0 ? undefined : tp / (tp + fp);
  const recall = tp + fn === 0 ? undefined : tp / (tp + fn);
  const f1 =
    precision === undefined || recall === undefined || precision + recall === 0
      ? tp + fp + fn === 0
        ? undefined
        : 0
      : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, expected: tp + fn };
}
