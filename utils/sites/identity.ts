import { linkedinPage } from './linkedin';
import { viadeoPage } from './viadeo';

/**
 * The identity key of a LinkedIn or Viadeo company or profile address
 * ("linkedin.com/company/atelier-lumen"), or undefined for any other address. Two prospects
 * seen only on LinkedIn must not share the key "linkedin.com".
 */
export function socialIdentity(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  const page = linkedinPage(url) ?? viadeoPage(url);
  if (!page) return undefined;
  const canonical = new URL(page.canonical);
  const site = canonical.hostname.split('.').slice(-2).join('.');
  const path = canonical.pathname
    .replace(/^\/[a-z]{2}\/(?=(?:company|profile)\/)/, '/')
    .replace(/\/$/, '')
    .replace(/^\/profile\//, '/in/');
  return `${site}${path}`;
}

/** Is this address on LinkedIn or Viadeo (whatever the page)? */
export function isSocialAddress(address: string): boolean {
  try {
    return /(?:^|\.)(?:linkedin|viadeo)\.com$/.test(new URL(address).hostname);
  } catch {
    return false;
  }
}
