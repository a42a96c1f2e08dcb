import { browser } from 'wxt/browser';
import { captureTab, type CaptureResult } from './capture';
import { siteFor } from './sites';

/**
 * Read a tab the user pointed at (toolbar, shortcut, context menu: activeTab). A LinkedIn or
 * Viadeo page gets the social content script, which reports its card like a granted page does;
 * any other page gets the extraction engine, as in the popup.
 */
export async function readTab(
  tabId: number | undefined,
): Promise<CaptureResult | { kind: 'social' }> {
  if (tabId === undefined) return { kind: 'cannot-read' };
  // activeTab makes the address visible; without it, it is undefined and capture will fail too.
  const url = await browser.tabs.get(tabId).then(
    (t) => t.url,
    () => undefined,
  );
  if (url && siteFor(url)) {
    try {
      await browser.scripting.executeScript({
        target: { tabId },
        files: ['/content-scripts/social.js'],
      });
      return { kind: 'social' };
    } catch {
      return { kind: 'cannot-read' };
    }
  }
  return captureTab(tabId);
}
