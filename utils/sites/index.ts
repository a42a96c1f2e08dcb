import type { SocialProfile } from '../model/social-profile';
import { SITE_IDS, type SiteId } from './ids';
import type { SiteDeclaration, SiteReader } from './site';
import { read as readLinkedin, site as linkedin } from './linkedin';
import { read as readViadeo, site as viadeo } from './viadeo';

/**
 * Each site's declaration and reader, by id. Three lists (ids.ts, these two) held together by the
 * compiler: a page using the declarations leaves the readers' DOM code out of its bundle.
 */
const DECLARATIONS: { [K in SiteId]: SiteDeclaration & { id: K } } = { linkedin, viadeo };
const READERS: Record<SiteId, SiteReader> = { linkedin: readLinkedin, viadeo: readViadeo };

export type Site = (typeof DECLARATIONS)[SiteId];
export const SITES: readonly Site[] = /* @__PURE__ */ SITE_IDS.map((id) => DECLARATIONS[id]);

/** The site of a page's address, if any (the path decides later whether it is a profile). */
export function siteFor(pageUrl: string | URL): Site | undefined {
  try {
    const url = typeof pageUrl === 'string' ? new URL(pageUrl) : pageUrl;
    return SITES.find((s) => s.host.test(url.hostname));
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
  const site = siteFor(url);
  return site ? READERS[site.id](doc, url) : null;
}
