import { browser } from 'wxt/browser';
import type { EnrichTarget } from './extract/core/enrich';
import { SUBPAGE_READER_KEY } from './extract/core/subpage-reader';
import { EnrichedPageSchema } from './model/captured-page';
import type { OrganisationDraft } from './model/organisation';
import type { SitePageKind } from './model/qualification';

/** What the call answers when the tab's isolated world has no reader (the page was reloaded). */
const NO_READER = 'no-reader';

/** One page read through the tab: its draft, and its visible text when it was asked for. */
export interface ReadPage {
  draft: OrganisationDraft;
  text?: string;
}

/**
 * Read one same-origin page through the tab: the popup has no host permission, but activeTab
 * lets it inject into the tab, whose origin may fetch its own pages. Calls the reader the
 * extraction script left in the tab (injecting the script again when it is gone) and validates
 * what comes back (page data is untrusted). `withText` asks for the page's text as well.
 */
export async function readPageInTab(
  tabId: number,
  url: string,
  withText = false,
): Promise<ReadPage | undefined> {
  const read = async () => {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: (key: string, target: string, none: string, text: boolean) => {
        const reader = (globalThis as unknown as Record<string, unknown>)[key];
        return typeof reader === 'function'
          ? (reader as (u: string, t: boolean) => unknown)(target, text)
          : none;
      },
      args: [SUBPAGE_READER_KEY, url, NO_READER, withText],
    });
    return frame?.result;
  };
  let result = await read();
  if (result === NO_READER) {
    await browser.scripting.executeScript({
      target: { tabId },
      files: ['/content-scripts/extract.js'],
    });
    result = await read();
  }
  const parsed = EnrichedPageSchema.safeParse(result);
  if (!parsed.success || !('draft' in parsed.data)) return undefined;
  const { draft, text } = parsed.data;
  return text === undefined ? { draft } : { draft, text };
}

/** A page to read, and, for a home or about page read in place of this one, what its words are. */
export type ReadTarget = EnrichTarget & { words?: SitePageKind };

/**
 * The pages enrichment reads: those that complete the draft, then the site's home and about
 * pages when the captured page does not present the organisation; a page in both is read once,
 * for its fields and its words.
 */
export function pagesToRead(follow: EnrichTarget[] = [], site: EnrichTarget[] = []): ReadTarget[] {
  const words = new Map(site.map((t) => [t.url, t.kind === 'home' ? 'home' : 'about'] as const));
  const out: ReadTarget[] = follow.map((t) => {
    const w = words.get(t.url);
    return w ? { ...t, words: w } : t;
  });
  for (const t of site)
    if (!follow.some((f) => f.url === t.url)) out.push({ ...t, words: words.get(t.url)! });
  return out;
}
