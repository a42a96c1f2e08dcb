import type { OrganisationDraft } from '../model/organisation';
import { fold } from '../text';
import type { Candidate, Extractor } from './core/candidate';
import { buildDraft } from './core/merge';
import { readPage, type Page } from './core/page';
import { baseDomain, isLocalHost, siteRoot } from './core/site';
// The sources of evidence: one file each beside this one (tests/unit/extract/layout.test.ts).
import { address } from './address';
import { contacts } from './contacts';
import { copyright } from './copyright';
import { domainName } from './domain-name';
import { hcard } from './hcard';
import { jsonld } from './jsonld';
import { keywords } from './keywords';
import { kind } from './kind';
import { legal } from './legal';
import { legalForm } from './legal-form';
import { meta } from './meta';
import { microdata } from './microdata';
import { people } from './people';
import { publisher } from './publisher';
import { socialLinks } from './social-links';

/** Every source of evidence, in no particular order: merge() ranks by confidence. */
export const EXTRACTORS: readonly Extractor[] = [
  jsonld,
  microdata,
  hcard,
  meta,
  copyright,
  domainName,
  contacts,
  legal,
  publisher,
  address,
  socialLinks,
  kind,
  legalForm,
  keywords,
  people,
];

/** Every candidate every extractor finds on one page; `page` marks values from another page. */
export function collectCandidates(
  doc: Document,
  pageUrl: string,
  fromPage?: string,
): { candidates: Candidate[]; truncated: boolean } {
  const page = readPage(doc, new URL(pageUrl));
  const candidates: Candidate[] = [];
  const theirs = thirdParty(page);
  for (const extractor of EXTRACTORS) {
    try {
      for (const c of extractor.extract(page)) {
        if (theirs(c)) continue;
        if (c.field === 'website') {
          const home = homePage(c.value, page.url);
          if (!home) continue;
          c.value = home;
        }
        candidates.push(fromPage ? { ...c, page: fromPage } : c);
      }
    } catch {
      // One extractor tripping on a hostile page must not cost the others' findings.
    }
  }
  return { candidates, truncated: page.truncated };
}

/**
 * A street or e-mail the page also prints in a third party's block (the host's, the agency's) is
 * theirs, even where it appears again beside the site's own details (a copy-pasted notice).
 */
function thirdParty(page: Page): (c: Candidate) => boolean {
  const elsewhere = fold(
    page.blocks
      .filter((b) => b.foreign)
      .map((b) => b.text)
      .join('\n'),
  );
  return (c) =>
    !!elsewhere &&
    ((c.field === 'address' && !!c.value.street && elsewhere.includes(fold(c.value.street))) ||
      (c.field === 'email' && elsewhere.includes(c.value)));
}

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
  const { candidates, truncated } = collectCandidates(doc, pageUrl);
  return buildDraft(candidates, pageUrl, now, truncated);
}

/** The draft of a secondary page (enrichment), every value marked with the page it came from. */
export function extractSubpage(
  doc: Document,
  pageUrl: string,
  now: Date = new Date(),
): OrganisationDraft {
  const { candidates, truncated } = collectCandidates(doc, pageUrl, pageUrl);
  return buildDraft(candidates, pageUrl, now, truncated);
}

/**
 * An organisation's website is its home page: og:url or a JSON-LD url on the same site may be a
 * subpage. A local build's address (localhost) is nobody's website.
 */
function homePage(value: string, page: URL): string | undefined {
  try {
    const url = new URL(value);
    if (isLocalHost(url.hostname)) return undefined;
    return baseDomain(url.hostname) === baseDomain(page.hostname) ? siteRoot(url) : value;
  } catch {
    return value;
  }
}
