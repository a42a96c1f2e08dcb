/**
 * The base domain of a host, near enough for "is this the site's own URL": a.b.co.uk → b.co.uk.
 * Not tldts: its Public Suffix List would triple the content script (tests/unit/extract checks
 * that both agree on every fixture host).
 */
export function baseDomain(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  const second = labels[labels.length - 2] ?? '';
  const n = /^(?:co|com|org|net|gouv|gov|asso|ac|edu)$/.test(second) && labels.length > 2 ? 3 : 2;
  return labels.slice(-n).join('.');
}

/** Is `href` (relative to the page) on the page's own site? */
export function sameSite(href: string | undefined, page: URL): boolean {
  try {
    return !!href && baseDomain(new URL(href, page).hostname) === baseDomain(page.hostname);
  } catch {
    return false;
  }
}
