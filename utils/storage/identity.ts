import { parse } from 'tldts';
import type { OrganisationDraft } from '../model/organisation';

/**
 * The registrable domain that identifies an organisation (www.atelier-lumen.fr and
 * boutique.atelier-lumen.fr are one organisation). Hosts without one (IP addresses, localhost)
 * fall back to the host name itself.
 */
export function identityDomain(
  draft: Pick<OrganisationDraft, 'website' | 'sourceUrl'>,
): string | undefined {
  for (const candidate of [draft.website?.value, draft.sourceUrl]) {
    if (!candidate || !/^https?:\/\//i.test(candidate)) continue;
    const parsed = parse(candidate);
    const domain = parsed.domain ?? parsed.hostname;
    if (domain) return domain.toLowerCase();
  }
  return undefined;
}
