import { browser } from 'wxt/browser';

/** Open the full-page list, on one prospect (`#/p/<id>`) or a filter (`#due`, `#stale`). */
export async function openList(hash = ''): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/prospects.html${hash}`) });
}
