import { parse } from 'tldts';
import type { OrganisationDraft } from '../model/organisation';
import { isSocialAddress, socialIdentity } from '../sites/identity';

/**
 * The registrable domain that identifies an organisation (www.atelier-lumen.fr and
 * boutique.atelier-lumen.fr are one organisation). Hosts without one (IP addresses, localhost)
 * fall back to the host name itself. An organisation known only from its LinkedIn or Viadeo page is
 * identified by that page ("linkedin.com/company/x"), never by "linkedin.com".
 */
export function identityDomain(
  draft: Pick<OrganisationDraft, 'website' | 'sourceUrl'> &
    Partial<Pick<OrganisationDraft, 'socials'>>,
): string | undefined {
  const profiles = (draft.socials ?? [])
    .filter((s) => s.network === 'linkedin' || s.network === 'viadeo')
    .map((s) => s.value);
  for (const candidate of [draft.website?.value, ...profiles, draft.sourceUrl]) {
    if (!candidate || !/^https?:\/\//i.test(candidate)) continue;
    const social = socialIdentity(candidate);
    if (social) return social;
    if (isSocialAddress(candidate)) continue;
    const parsed = parse(candidate);
    const domain = parsed.domain ?? parsed.hostname;
    if (domain) return domain.toLowerCase();
  }
  return undefined;
}
