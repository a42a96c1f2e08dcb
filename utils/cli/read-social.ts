import { readFileSync } from 'node:fs';
import type { SocialProfile } from '../model/social-profile';
import { extractSite, siteFor } from '../sites';
import { parseDocument, unreadable } from './read-site';

/** Is `pageUrl` a page one of the site adapters (LinkedIn, Viadeo) reads? */
export const isSocialPage = (pageUrl: string | undefined): pageUrl is string =>
  pageUrl !== undefined && siteFor(pageUrl) !== undefined;

/** A person's current company also under the names of the extract contract. */
const contractNames = (card: SocialProfile) =>
  card.kind === 'person'
    ? {
        ...(card.currentCompany ? { company: card.currentCompany } : {}),
        ...(card.currentCompanyUrl ? { companyUrl: card.currentCompanyUrl } : {}),
      }
    : {};

/**
 * A saved LinkedIn or Viadeo page read by its site adapter, as the side panel does: the card
 * (`kind` company|person and its fields; a person's company also as `company`, `companyUrl`),
 * or `kind: null` for a page that shows neither.
 */
export function readSocial(
  file: string,
  pageUrl: string,
):
  | { site: string; kind: null }
  | ({ site: string; company?: string; companyUrl?: string } & SocialProfile) {
  const bytes = readFileSync(file);
  const problem = unreadable(bytes);
  if (problem) throw new Error(problem);
  const card = extractSite(parseDocument(bytes.toString('utf8')), pageUrl);
  return card ? { ...card, ...contractNames(card) } : { site: siteFor(pageUrl)!.id, kind: null };
}
