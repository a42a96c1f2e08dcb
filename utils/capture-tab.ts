import { browser } from 'wxt/browser';

/** The tab the popup acts on: ?tabId= when the page was opened with one (tests), else the active tab. */
export async function targetTab(search: string): Promise<{ id?: number; url?: string }> {
  const given = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(given) && given > 0) {
    const tab = await browser.tabs.get(given).catch(() => undefined);
    return { id: given, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url };
}

/**
 * Inject the extraction script into the tab and return what it gives, unvalidated (parseCapture
 * in capture.ts validates it). Kept apart from the schemas so that the popup can start reading
 * the page before the rest of its code has loaded; undefined when the tab cannot be read.
 */
export async function injectExtraction(tabId: number | undefined): Promise<unknown> {
  if (tabId === undefined) return undefined;
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/content-scripts/extract.js'],
    });
    return frame?.result;
  } catch {
    return undefined;
  }
}
