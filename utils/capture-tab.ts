import { browser } from 'wxt/browser';

/**
 * Read the tab the popup acts on (?tabId= when the page was opened with one, in tests; else the
 * active tab): only the tab's id is awaited before injecting the extraction.
 */
export function readTargetTab(
  search: string,
): Promise<{ tab: { id?: number; url?: string }; raw: unknown }> {
  const given = Number(new URLSearchParams(search).get('tabId'));
  let id: Promise<number | undefined>;
  let url: Promise<string | undefined>;
  if (Number.isInteger(given) && given > 0) {
    id = Promise.resolve(given);
    url = browser.tabs.get(given).then(
      (tab) => tab.url,
      () => undefined,
    );
  } else {
    const active = browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab);
    id = active.then((tab) => tab?.id);
    url = active.then((tab) => tab?.url);
  }
  const raw = id.then(injectExtraction);
  return Promise.all([id, url, raw]).then(([id, url, raw]) => ({ tab: { id, url }, raw }));
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
