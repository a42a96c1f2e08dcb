import type { PageKind, SitePageKind } from '../model/qualification';

/** A page of the organisation's site read for its words: its home page, its about page. */
export interface SitePage {
  kind: SitePageKind;
  url: string;
  /** Its visible text, one line per block, as the content script reads pages. */
  text: string;
  /** How the page describes the organisation (its meta description): where peers say what they do. */
  description?: string;
}

/** Between the site pages' parts of a saved excerpt: their own lines are never blank. */
export const PAGE_BREAK = '\n\n';

/**
 * The site pages a score is on: none when the page presents the organisation itself, else those
 * that gave any text.
 */
export const scoredPages = (pageKind: PageKind, site: readonly SitePage[]): SitePage[] =>
  pageKind === 'presentation' ? [] : site.filter((p) => p.text.trim());

/** The site pages a saved excerpt was taken from, each with its part of the excerpt. */
export function excerptPages(
  excerpt: string,
  scoredOn: readonly { kind: SitePageKind; url: string; description?: string }[],
): SitePage[] {
  const parts = excerpt.split(PAGE_BREAK);
  return scoredOn.map((p, i) => ({ ...p, text: parts[i] ?? '' }));
}
