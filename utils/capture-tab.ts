import { browser } from 'wxt/browser';

/**
 * Read the tab the popup acts on (?tabId= when the page was opened with one, in tests; else the
 * active tab): only the tab's id is awaited before injecting the extraction, and the injection
 * is asked before anything else (each extension API's binding is built on its first use, which
 * costs milliseconds of the popup's start).
 */
export function readTargetTab(
  search: string,
): Promise<{ tab: { id?: number; url?: string }; raw: unknown }> {
  const given = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(given) && given > 0) {
    const raw = injectExtraction(given);
    const url = browser.tabs.get(given).then(
      (tab) => tab.url,
      () => undefined,
    );
    return Promise.all([url, raw]).then(([url, raw]) => ({ tab: { id: given, url }, raw }));
  }
  const active = browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab);
  // Built while the active tab is looked up rather than after.
  const { scripting } = browser;
  const raw = active.then((tab) => injectExtraction(tab?.id, scripting));
  return Promise.all([active, raw]).then(([tab, raw]) => ({
    tab: { id: tab?.id, url: tab?.url },
    raw,
  }));
}

/**
 * Inject the extraction script into the tab and return what it gives, unvalidated (parseCapture
 * in capture.ts validates it). Kept apart from the schemas so that the popup can start reading
 * the page before the rest of its code has loaded; undefined when the tab cannot be read.
 */
export async function injectExtraction(
  tabId: number | undefined,
  scripting = browser.scripting,
): Promise<unknown> {
  if (tabId === undefined) return undefined;
  try {
    const [frame] = await scripting.executeScript({
      target: { tabId },
      files: ['/content-scripts/extract.js'],
    });
    return frame?.result;
  } catch {
    return undefined;
  }
}
