import { browser } from 'wxt/browser';
import { ENRICH_REQUEST_KEY } from './extract/core/enrich-request';
import { EnrichedPageSchema } from './model/captured-page';
import type { OrganisationDraft } from './model/organisation';

/**
 * Read one same-origin page through the tab: the popup has no host permission, but activeTab
 * lets it inject into the tab, whose origin may fetch its own pages. Leaves the URL for the
 * extraction script, injects it, and validates what comes back (page data is untrusted).
 */
export async function readPageInTab(
  tabId: number,
  url: string,
): Promise<OrganisationDraft | undefined> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (key: string, target: string) => {
      (globalThis as unknown as Record<string, unknown>)[key] = target;
    },
    args: [ENRICH_REQUEST_KEY, url],
  });
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    files: ['/content-scripts/extract.js'],
  });
  const parsed = EnrichedPageSchema.safeParse(frame?.result);
  return parsed.success && 'draft' in parsed.data ? parsed.data.draft : undefined;
}
