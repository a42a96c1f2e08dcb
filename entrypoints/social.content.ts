import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
// Types only: the content script stays free of zod; the background validates what it sends.
import type { RequestOf } from '@/utils/messaging';
import { extractSite } from '@/utils/sites';
import { mainOf, visibleText } from '@/utils/sites/dom';

/** Quiet time after the last change before reading the page, and the longest wait. */
const SETTLE_MS = 60;
const MAX_WAIT_MS = 200;
const TEXT_CAP = 50_000;

/**
 * LinkedIn and Viadeo pages, once the user granted them: registered at run time by the
 * background (scripting.registerContentScripts), never with `matches` here, which WXT would turn
 * into mandatory host permissions. These sites are single-page apps: history.pushState changes the
 * address without a load, and our isolated world cannot see the page's own pushState calls, so
 * the script watches what they change (the DOM and the title) and reports the card whenever the
 * address or the card changes. It only reads: no clicks, no scrolling, no requests.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    let last = '';
    let settle: ReturnType<typeof setTimeout> | undefined;
    let deadline: ReturnType<typeof setTimeout> | undefined;

    const report = () => {
      clearTimeout(settle);
      clearTimeout(deadline);
      settle = deadline = undefined;
      const url = location.href;
      const card = extractSite(document, url);
      const key = JSON.stringify([url, card]);
      if (key === last) return;
      last = key;
      const payload: RequestOf<'social.observed'> = {
        url: url.slice(0, 2048),
        card,
        // The profile itself, not the feed or the "people also viewed" beside it.
        text: card ? visibleText(mainOf(document) ?? document.body, TEXT_CAP) : '',
      };
      browser.runtime.sendMessage({ type: 'social.observed', payload }).catch(() => {
        // The extension was updated or removed: this page's copy of the script is orphaned.
        ctx.notifyInvalidated();
      });
    };
    const schedule = () => {
      clearTimeout(settle);
      settle = setTimeout(report, SETTLE_MS);
      deadline ??= setTimeout(report, MAX_WAIT_MS);
    };

    const observer = new MutationObserver(schedule);
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    ctx.addEventListener(window, 'popstate', schedule);
    // Injected again (registered, and injected into tabs open at the grant): WXT invalidates the
    // older copy when the newer one starts, so exactly one observer is left.
    ctx.onInvalidated(() => {
      observer.disconnect();
      clearTimeout(settle);
      clearTimeout(deadline);
    });
    report();
  },
});
