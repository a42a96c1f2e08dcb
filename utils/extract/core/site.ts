/** Hosting suffixes under which each account is its own site (the PSL's "private" section). */
const ACCOUNT_SUFFIX = /^(?:github\.io|gitlab\.io|netlify\.app|vercel\.app|pages\.dev)$/;
/** Of those, the ones where a first path segment is a project: owner.github.io/project/. */
const PROJECT_PAGES = /\.(?:github|gitlab)\.io$/i;
/** A developer's machine: a page saved from a local build names it in its canonical URL. */
const LOCAL_HOST =
  /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\]|[^.]+\.(?:local|localhost|test))$/i;

/**
 * The base domain of a host, near enough for "is this the site's own URL": a.b.co.uk → b.co.uk,
 * owner.github.io → owner.github.io. Not tldts: its Public Suffix List would triple the content
 * script (tests/unit/extract checks that both agree on every fixture host).
 */
export function baseDomain(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  const second = labels[labels.length - 2] ?? '';
  const n =
    labels.length > 2 &&
    (/^(?:co|com|org|net|gouv|gov|asso|ac|edu)$/.test(second) ||
      ACCOUNT_SUFFIX.test(labels.slice(-2).join('.')))
      ? 3
      : 2;
  return labels.slice(-n).join('.');
}

export const isLocalHost = (host: string) => LOCAL_HOST.test(host);

/** The home page of the site `url` is on: its origin, or a project's folder on project pages. */
export function siteRoot(url: URL): string {
  const project = PROJECT_PAGES.test(url.hostname) ? /^\/([^/.]+)\//.exec(url.pathname) : null;
  return `${url.origin}/${project ? `${project[1]}/` : ''}`;
}

/** Is `href` (relative to the page) on the page's own site? */
export function sameSite(href: string | undefined, page: URL): boolean {
  try {
    return !!href && baseDomain(new URL(href, page).hostname) === baseDomain(page.hostname);
  } catch {
    return false;
  }
}
