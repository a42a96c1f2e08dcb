import { browser } from 'wxt/browser';
import { SUBPAGE_READER_KEY } from './extract/core/subpage-reader';
import { EnrichedPageSchema } from './model/captured-page';
import type { OrganisationDraft } from './model/organisation';

/** What the call answers when the tab's isolated world has no reader (the page was reloaded). */
const NO_READER = 'no-reader';

/**
 * Read one same-origin page through the tab: the popup has no host permission, but activeTab
 * lets it inject into the tab, whose origin may fetch its own pages. Calls the reader the
 * extraction script left in the tab (injecting the script again when it is gone) and validates
 * what comes back (page data is untrusted).
 */
export async function readPageInTab(
  tabId: number,
  url: string,
): Promise<OrganisationDraft | undefined> {
  const read = async () => {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: (key: string, target: string, none: string) => {
        const reader = (globalThis as unknown as Record<string, unknown>)[key];
        return typeof reader === 'function' ? (reader as (u: string) => unknown)(target) : none;
      },
      args: [SUBPAGE_READER_KEY, url, NO_READER],
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
  return parsed.success && 'draft' in parsed.data ? parsed.data.draft : undefined;
}
