import type { OrganisationDraft } from '../model/organisation';
import type { Extractor } from './candidate';
import { jsonld } from './jsonld';
import { meta } from './meta';
import { mergeCandidates } from './merge';

/** Every source of evidence, in no particular order: merge() ranks by confidence. */
export const EXTRACTORS: readonly Extractor[] = [jsonld, meta];

/**
 * Read an organisation from a page. Pure: no browser API, so it runs the same in the content
 * script and in Node (linkedom). `now` is passed in to keep the output deterministic in tests.
 * It does not import zod, to keep the content script small: whoever receives the draft
 * validates it with OrganisationDraftSchema.
 */
export function extractOrganisation(
  doc: Document,
  pageUrl: string,
  now: Date = new Date(),
): OrganisationDraft {
  const url = new URL(pageUrl);
  const candidates = EXTRACTORS.flatMap((e) => e.extract(doc, url));
  const merged = mergeCandidates(candidates);
  if (!merged.website && (url.protocol === 'http:' || url.protocol === 'https:')) {
    merged.website = { value: url.origin + '/', source: 'url', confidence: 0.5 };
  }
  return {
    schemaVersion: 1,
    ...merged,
    emails: [],
    phones: [],
    socials: [],
    keywords: [],
    people: [],
    sourceUrl: url.href,
    capturedAt: now.toISOString(),
  };
}
