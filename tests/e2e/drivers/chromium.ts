/** The shared flows' driver for Chromium: the Playwright harness of tests/e2e/fixtures.ts. */
import type { BrowserContext, ElementHandle, Page, Worker } from '@playwright/test';
import type { FixtureServer } from '../../tools/fixture-server';
import { clickToolbar, openTab } from '../fixtures';
import type { Driver, Seen, Target, Ui } from '../flows/driver';
import { expectNoViolations } from '../inspect';
import { describe, locateInPage } from './locate';

/** The first match of `target`, once there is one. */
async function element(page: Page, target: Target): Promise<ElementHandle> {
  const handle = await page
    .waitForFunction(locateInPage, [target, 'element'] as const, { timeout: 10_000 })
    .catch(() => Promise.reject(new Error(`chromium: no ${describe(target)}`)));
  return handle.asElement() as ElementHandle;
}

const pages = new WeakMap<Ui, Page>();

export function playwrightUi(page: Page): Ui {
  const ui: Ui = {
    see: (t) => page.evaluate(locateInPage, [t, 'see'] as const) as Promise<Seen>,
    click: async (t) => (await element(page, t)).click(),
    fill: async (t, value) => (await element(page, t)).fill(value),
    select: async (t, value) => void (await (await element(page, t)).selectOption(value)),
    upload: async (t, file) =>
      (await element(page, t)).setInputFiles({
        ...file,
        mimeType: file.name.endsWith('.json') ? 'application/json' : 'text/csv',
      }),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    focused: (t) => page.evaluate(locateInPage, [t, 'focused'] as const) as Promise<boolean>,
    focus: async (t) => (await element(page, t)).focus(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    acceptDialogs: () => page.on('dialog', (dialog) => void dialog.accept()),
    screenshot: async (path, { width, height }) => {
      await page.setViewportSize({ width, height: height === 'content' ? 800 : height });
      if (height === 'content') {
        const full = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.setViewportSize({ width, height: full });
      }
      await page.screenshot({ path });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
  pages.set(ui, page);
  return ui;
}

export function chromiumDriver(options: {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  server: FixtureServer;
  language: 'fr' | 'en';
}): Driver {
  const { context, sw, extensionId, server, language } = options;
  const urls = new Map<number, string>();
  return {
    name: 'chromium',
    language,
    server,
    unreadableUrls: ['chrome://version/', 'https://chromewebstore.google.com/'],
    async openTab(url) {
      const id = await openTab(sw, url);
      urls.set(id, url);
      let page: Page | undefined;
      for (let i = 0; i < 50 && !page; i++) {
        page = context.pages().find((p) => p.url().startsWith(url));
        if (!page) await new Promise((r) => setTimeout(r, 100));
      }
      if (!page) throw new Error(`chromium: no page shows ${url}`);
      return { id, ui: playwrightUi(page) };
    },
    openBrowserPage(url) {
      return this.openTab(url);
    },
    expectAccessible: (ui) => expectNoViolations(pages.get(ui)!),
    clickToolbar: (tab) => clickToolbar(context, extensionId, urls.get(tab.id)!),
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return playwrightUi(page);
    },
  };
}
