import { extractSubpage } from '../index';
import { fetchHtml } from './fetch-page';
import { pageText, SITE_TEXT_CAP } from './page-text';
import { SUBPAGE_READER_KEY } from './subpage-reader';

/** Leave the reader of same-origin pages where the popup's later calls find it. */
export function installSubpageReader(
  scope: Record<string, unknown>,
  read: (url: string, withText?: boolean) => Promise<unknown>,
): void {
  scope[SUBPAGE_READER_KEY] = read;
}

/**
 * Fetch one same-origin page from inside the tab (the popup has no host permission; the page's
 * origin does), parse it with the browser's DOMParser and extract it; `withText` adds its
 * visible text (capped), for a home or about page whose words are scored.
 */
export async function readSameOriginPage(
  url: string,
  here: Location,
  fetchImpl: typeof fetch,
  parse: (html: string) => Document,
  withText = false,
): Promise<{ draft: ReturnType<typeof extractSubpage>; text?: string } | { error: string }> {
  let target: URL;
  try {
    target = new URL(url, here.href);
  } catch {
    return { error: 'not a URL' };
  }
  if (target.origin !== here.origin) return { error: 'not the same origin' };
  const page = await fetchHtml(target.href, fetchImpl);
  if (!page.ok) return { error: page.reason };
  const doc = parse(page.html);
  const draft = extractSubpage(doc, target.href);
  return withText ? { draft, text: pageText(doc, SITE_TEXT_CAP).text } : { draft };
}
