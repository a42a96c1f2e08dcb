import { parse } from 'tldts';
import type { OrganisationDraft } from '../model/organisation';
import { isSocialAddress, socialIdentity } from '../sites/identity';

/**
 * The registrable domain that identifies an organisation (www.atelier-lumen.fr and
 * boutique.atelier-lumen.fr are one organisation). Hosts without one (IP addresses, localhost)
 * fall back to the host name itself. An organisation captured on its LinkedIn or Viadeo page is
 * identified by that page ("linkedin.com/company/x"), never by "linkedin.com".
 * TODO: several keys per prospect (domain, SIREN, LinkedIn page) belong to the list issue (#6).
 */
export function identityDomain(
  draft: Pick<OrganisationDraft, 'website' | 'sourceUrl'> &
    Partial<Pick<OrganisationDraft, 'socials'>>,
): string | undefined {
  const profiles = (draft.socials ?? [])
    .filter((s) => s.network === 'linkedin' || s.network === 'viadeo')
    .map((s) => s.value);
  // Captured on LinkedIn or Viadeo: the page is the identity (the person's profile links to
  // their company's page, not its website). Elsewhere the website comes first.
  const candidates = isSocialAddress(draft.sourceUrl)
    ? [...profiles, draft.sourceUrl, draft.website?.value]
    : [draft.website?.value, ...profiles, draft.sourceUrl];
  for (const candidate of candidates) {
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
