import type { Evidence } from '../model/evidence';

/** Single-valued text fields an extractor can propose. */
export type TextField = 'name' | 'legalName' | 'website' | 'description' | 'logo' | 'language';

/** One extractor's proposal for one field; merge() picks among them. */
export interface Candidate extends Evidence {
  field: TextField;
  value: string;
}

/** The shape every source of evidence exports. */
export interface Extractor {
  /** Short name, used in tests and reports. */
  id: string;
  extract(doc: Document, url: URL): Candidate[];
}

/** Collapse whitespace and cap length: page text is untrusted and unbounded. */
export function clean(text: string | null | undefined, max = 2000): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Resolve a possibly relative URL against the page; only http(s) results are kept. */
export function absoluteUrl(href: string | null | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
