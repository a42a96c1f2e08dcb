import type { SocialProfile } from '../model/social-profile';
import type { SiteAdapter } from './adapter';
import { linkedin } from './linkedin';
import { viadeo } from './viadeo';

/** Every site adapter. A new site is one file beside this one, added here, with its fixtures. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [linkedin, viadeo];

/** The adapter for a page's address, if any. */
export function siteFor(pageUrl: string | URL): SiteAdapter | undefined {
  try {
    const url = typeof pageUrl === 'string' ? new URL(pageUrl) : pageUrl;
    return SITE_ADAPTERS.find((a) => a.matches(url));
  } catch {
    return undefined;
  }
}

/**
 * The social profile card of a LinkedIn or Viadeo page, or null for any other page (or a page
 * of those sites that shows no company or person, such as the feed). Pure: runs in the content
 * script and in Node (linkedom). Fields it cannot read are left out and the card is `partial`.
 */
export function extractSite(doc: Document, pageUrl: string): SocialProfile | null {
  const url = new URL(pageUrl);
  return siteFor(url)?.extract(doc, url) ?? null;
}
