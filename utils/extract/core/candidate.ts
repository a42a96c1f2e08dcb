import type { Evidence } from '../../model/evidence';
import type {
  IdentifierIssue,
  OrganisationKind,
  PostalAddress,
  SocialNetwork,
} from '../../model/organisation';
import { clean } from '../../text';
import type { Page } from './page';

/** Fields that hold one value; merge() keeps the best candidate. */
export const TEXT_FIELDS = [
  'name',
  'legalName',
  'website',
  'description',
  'logo',
  'language',
  'rcs',
  'naf',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/**
 * One extractor's proposal for one field; merge() picks among them. Single-valued fields keep
 * the best candidate, list fields (emails, phones…) keep every distinct value.
 */
export type Candidate = Evidence &
  (
    | { field: TextField; value: string }
    | { field: 'kind'; value: OrganisationKind }
    | { field: 'email' | 'keyword'; value: string }
    | { field: 'phone'; value: string; display: string }
    | { field: 'social'; value: string; network: SocialNetwork }
    | { field: 'address'; value: PostalAddress }
    | {
        field: 'siren' | 'siret' | 'vat';
        value: string;
        valid: boolean;
        issue?: IdentifierIssue;
        reason?: string;
      }
    | { field: 'person'; value: { name: string; role?: string } }
  );
export type CandidateField = Candidate['field'];

/** The shape every source of evidence exports. */
export interface Extractor {
  /** Short name, used in tests and reports; the file is utils/extract/<id>.ts. */
  id: string;
  extract(page: Page): Candidate[];
}

/**
 * A fixture page (path under tests/fixtures) on which a source finds each of `fields`. Every
 * source exports its own `testCases`; only tests read them, so the bundles leave them out.
 */
export interface TestCase {
  page: string;
  fields: CandidateField[];
}

/** A short excerpt of where a value was read, for the "from …" hint. */
export const snippet = (text: string | null | undefined) => clean(text, 200) || undefined;

/** Resolve a possibly relative URL against the page; only http(s) results are kept. */
export function absoluteUrl(href: string | null | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? url.href.slice(0, 2048)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The first `n` items of an iterable: bounded work over long pages. */
export function* take<T>(items: Iterable<T>, n: number): Generator<T> {
  if (n <= 0) return;
  let i = 0;
  for (const item of items) {
    yield item;
    if (++i >= n) return;
  }
}
