import { parse } from 'tldts';
import type { OrganisationDraft } from '../model/organisation';
import { SITES } from '../sites';
import { SITE_IDS, type SiteId } from '../sites/ids';

/**
 * Sites that host many organisations' pages: their domain says nothing about which organisation a
 * page is about, so it is never an identity key (every LinkedIn capture would otherwise merge).
 */
const SHARED_PLATFORMS = new Set([
  ...SITES.map((s) => s.domain),
  'facebook.com',
  'instagram.com',
  'x.com',
  'twitter.com',
  'youtube.com',
  'github.com',
  'google.com',
  'societe.com',
  'pappers.fr',
  'pagesjaunes.fr',
  'wixsite.com',
  'wordpress.com',
  'blogspot.com',
]);

/**
 * The registrable domain that identifies an organisation (www.atelier-lumen.fr and
 * boutique.atelier-lumen.fr are one organisation). Hosts without one (IP addresses, localhost)
 * fall back to the host name itself. Shared platforms (linkedin.com…) are skipped.
 */
export function identityDomain(
  draft: Pick<OrganisationDraft, 'website' | 'sourceUrl'>,
): string | undefined {
  for (const candidate of [draft.website?.value, draft.sourceUrl]) {
    if (!candidate || !/^https?:\/\//i.test(candidate)) continue;
    const parsed = parse(candidate, { allowPrivateDomains: true });
    const domain = (parsed.domain ?? parsed.hostname)?.toLowerCase();
    if (domain && !SHARED_PLATFORMS.has(domain)) return domain;
  }
  return undefined;
}

/** A SIREN is 9 digits; spaces as printed ("123 456 789") are ignored. */
export function normaliseSiren(value: string): string | undefined {
  const digits = value.replace(/[\s.\u00a0]/g, '');
  return /^\d{9}$/.test(digits) ? digits : undefined;
}

/**
 * "linkedin:company/atelier-lumen", "viadeo:profile/claire-martin": the key of a site's page of
 * this kind, whatever its host or tail, when the site declares that such pages identify an
 * organisation (a person saved on their own, a freelancer, is an organisation of one).
 */
function sitePageKey(url: URL | undefined, kind: 'company' | 'person'): string | undefined {
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  for (const site of SITES) {
    if (!(site.identity as readonly string[]).includes(kind) || !site.host.test(url.hostname))
      continue;
    const page = site.pages[kind].exec(url.pathname.toLowerCase())?.groups;
    if (page?.slug) {
      try {
        return `${site.id}:${page.kind}/${decodeURIComponent(page.slug).toLowerCase()}`;
      } catch {
        return undefined; // a slug that is not valid percent-encoding: no key
      }
    }
  }
  return undefined;
}

const parseUrl = (text: string) => {
  const trimmed = text.trim();
  // Most imported rows have no page: no exception thrown for them.
  if (!trimmed) return undefined;
  try {
    return new URL(trimmed);
  } catch {
    return undefined; // not a URL: no key
  }
};

type IdentitySource = Pick<OrganisationDraft, 'website' | 'sourceUrl' | 'siren' | 'socials'> & {
  domain?: OrganisationDraft['domain'];
};

/**
 * Every key under which this organisation is known: its registrable domain, its SIREN (only a
 * valid one: a mistyped SIREN must not merge two organisations), its company page on a site that
 * declares one identifying (LinkedIn), and,
 * for a person captured from their own profile page, that page.
 */
export function identityKeys(org: IdentitySource): string[] {
  const keys = new Set<string>();
  const domain =
    org.domain?.value && !SHARED_PLATFORMS.has(org.domain.value)
      ? org.domain.value.toLowerCase()
      : identityDomain(org);
  if (domain) keys.add(`domain:${domain}`);
  const siren =
    org.siren?.valid !== false && org.siren ? normaliseSiren(org.siren.value) : undefined;
  if (siren) keys.add(`siren:${siren}`);
  for (const text of [
    org.sourceUrl,
    ...org.socials.filter((s) => SITE_IDS.includes(s.network as SiteId)).map((s) => s.value),
  ]) {
    const key = pageKeysOf(text).company;
    if (key) keys.add(key);
  }
  // Only the captured page itself: a company site linking to its founder's profile is not her.
  const person = pageKeysOf(org.sourceUrl).person;
  if (person) keys.add(person);
  return [...keys];
}

/**
 * The site page keys of an address, remembered for the addresses seen last: a merge files the
 * row's draft, then the merged prospect, under keys read from the same addresses.
 */
const PAGE_KEYS = new Map<string, { company?: string; person?: string }>();
function pageKeysOf(text: string): { company?: string; person?: string } {
  let found = PAGE_KEYS.get(text);
  if (!found) {
    const url = parseUrl(text);
    found = { company: sitePageKey(url, 'company'), person: sitePageKey(url, 'person') };
    if (PAGE_KEYS.size >= 256) PAGE_KEYS.clear();
    PAGE_KEYS.set(text, found);
  }
  return found;
}
