import type { Page } from '@playwright/test';
import { fixtureHtml } from './social-server';

/**
 * What LinkedIn's router does: pushState, then render the new page; popstate renders back.
 * Returns when the navigation started, on the browser's clock (ms since the epoch).
 */
export async function spaGo(page: Page, path: string, fixture: string): Promise<number> {
  return page.evaluate(...spaScript(path, fixture));
}

/** spaGo's function and argument, for any page's evaluate(fn, arg). */
export function spaScript(path: string, fixture: string) {
  return [
    ({ path, html }: { path: string; html: string }) => {
      // No named local functions: the bench runs this through tsx, whose helpers do not exist
      // in the page.
      const w = window as unknown as { spaRender?: (markup: string) => void };
      if (!w.spaRender) {
        w.spaRender = (markup) => {
          const next = new DOMParser().parseFromString(markup, 'text/html');
          document.title = next.title;
          document.head.replaceChildren(
            ...[...next.head.children].map((n) => document.importNode(n, true)),
          );
          document.body.replaceWith(document.importNode(next.body, true));
        };
        history.replaceState({ html: new XMLSerializer().serializeToString(document) }, '');
        addEventListener('popstate', (e) => w.spaRender!((e.state as { html: string }).html));
      }
      const start = performance.timeOrigin + performance.now();
      history.pushState({ html }, '', path);
      w.spaRender(html);
      return start;
    },
    { path, html: fixtureHtml(fixture) },
  ] as const;
}
