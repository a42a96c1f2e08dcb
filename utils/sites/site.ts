import type { SocialProfile } from '../model/social-profile';

/** Fields whose visible label a site adapter looks for ("Secteur" → the industry). */
export type LabelKey =
  | 'website'
  | 'industry'
  | 'size'
  | 'headquarters'
  | 'followers'
  | 'currentCompany'
  | 'location'
  | 'contactInfo'
  | 'visitWebsite'
  | 'experience';

/** Labels as the site's interface shows them in one language, compared after `norm`. */
export type Labels = Partial<Record<LabelKey, readonly string[]>>;

/**
 * What the extension derives from a site, as data: the manifest's optional hosts, the shared
 * platforms and the identity keys. Apart from the site's labels and reader (in the same file) so
 * that a page needing only the declarations leaves the DOM code out of its bundle.
 */
export interface SiteDeclaration {
  id: string;
  /** Match patterns the user grants (optional host permissions), reading the site. */
  hosts: readonly string[];
  /** Registrable domain: a shared platform, never the identity of the organisations it hosts. */
  domain: string;
  /** Host names of the site (the path tells later whether a page is a profile). */
  host: RegExp;
  /** Paths of its company and person pages, with named groups `kind` and `slug`. */
  pages: { company: RegExp; person: RegExp };
  /** Page kinds whose address identifies an organisation: key "<id>:<kind>/<slug>". */
  identity: readonly ('company' | 'person')[];
}

/** A site's visible labels, in the French and the English interface. */
export interface SiteLabels {
  fr: Labels;
  en: Labels;
}

/** A site's reader: a pure function from the page to the card, null when it shows neither. */
export type SiteReader = (doc: Document, url: URL) => SocialProfile | null;
