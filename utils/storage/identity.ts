import { parse } from 'tldts';
import type { OrganisationDraft } from '../model/organisation';
import { URLS } from '../sites/selectors';

/**
 * Sites that host many organisations' pages: their domain says nothing about which organisation a
 * page is about, so it is never an identity key (every LinkedIn capture would otherwise merge).
 */
const SHARED_PLATFORMS = new Set([
  'linkedin.com',
  'viadeo.com',
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

/** "company/atelier-lumen" for any LinkedIn company or school URL, whatever its host or tail. */
export function linkedinCompanyKey(url: string): string | undefined {
  const match =
    /^https?:\/\/(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/(company|school|showcase)\/([^/?#]+)/i.exec(
      url.trim(),
    );
  if (!match) return undefined;
  return `${match[1]!.toLowerCase()}/${decodeURIComponent(match[2]!).toLowerCase()}`;
}

/** A SIREN is 9 digits; spaces as printed ("123 456 789") are ignored. */
export function normaliseSiren(value: string): string | undefined {
  const digits = value.replace(/[\s.\u00a0]/g, '');
  return /^\d{9}$/.test(digits) ? digits : undefined;
}

/**
 * "linkedin:in/claire-martin" or "viadeo:profile/claire-martin" for a person's profile page;
 * a person saved on their own (a freelancer) is an organisation of one, known by that page.
 */
export function personPageKey(url: string): string | undefined {
  try {
    const { hostname, pathname } = new URL(url.trim());
    for (const site of ['linkedin', 'viadeo'] as const) {
      if (!URLS[site].host.test(hostname)) continue;
      const match = URLS[site].person.exec(pathname);
      const slug = match?.[match.length - 1];
      if (slug)
        return `${site}:${site === 'linkedin' ? 'in' : 'profile'}/${decodeURIComponent(slug).toLowerCase()}`;
    }
  } catch {
    // not a URL: no key
  }
  return undefined;
}

type IdentitySource = Pick<OrganisationDraft, 'website' | 'sourceUrl' | 'siren' | 'socials'> & {
  domain?: OrganisationDraft['domain'];
};

/**
 * Every key under which this organisation is known: its registrable domain, its SIREN (only a
 * valid one: a mistyped SIREN must not merge two organisations), its LinkedIn company page, and,
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
  for (const url of [
    org.sourceUrl,
    ...org.socials.filter((s) => s.network === 'linkedin').map((s) => s.value),
  ]) {
    const key = url ? linkedinCompanyKey(url) : undefined;
    if (key) keys.add(`linkedin:${key}`);
  }
  // Only the captured page itself: a company site linking to its founder's profile is not her.
  const person = personPageKey(org.sourceUrl);
  if (person) keys.add(person);
  return [...keys];
}
