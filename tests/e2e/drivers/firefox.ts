/// <reference types="chrome" />
/**
 * The shared flows' driver for Firefox: Debian's firefox-esr driven by puppeteer-core over
 * WebDriver BiDi, with a production build installed as a temporary add-on (see
 * shared/RECIPE.md, "End-to-end in real Firefox"). The toolbar click goes through Firefox's
 * own code (ExtensionParent) in the browser window's privileged scope. Two Puppeteer internals
 * are used (the BiDi browsing context and session): puppeteer-core is pinned for them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, {
  type Browser,
  type ElementHandle,
  type KeyInput,
  type Page,
} from 'puppeteer-core';
import type { FixtureServer } from '../../tools/fixture-server';
import type { Driver, Seen, Target, Ui } from '../flows/driver';
import { end, remember } from './firefox-pids';
import { describe, locateInPage } from './locate';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'glaneur@glaneur.app';
/** Fixed, so extension pages have a known address (moz-extension://UUID/). */
const UUID = '6b1f7c2a-3d4e-4f50-8a61-72b3c4d5e6f7';
const ORIGIN = `moz-extension://${UUID}`;

export type FirefoxBuild = 'firefox-mv2' | 'firefox-mv3';

interface BidiSession {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
/** Puppeteer's BiDi objects behind a page (internal, hence the pinned version). */
interface BidiPage {
  mainFrame(): {
    browsingContext: {
      navigate(url: string, wait: 'complete'): Promise<void>;
      userContext: { browser: { session: BidiSession } };
    };
  };
}

export interface FirefoxOptions {
  build: FirefoxBuild;
  language: 'fr' | 'en';
  /** An HTTP proxy (CONNECT) for https:// pages, e.g. LinkedIn served offline. */
  httpsProxyPort?: number;
}

export interface LaunchedFirefox {
  browser: Browser;
  downloadsDir: string;
  /** Ends Firefox and every process it started, whatever state it is in. */
  close(): Promise<void>;
}

export async function launchFirefox(options: FirefoxOptions): Promise<LaunchedFirefox> {
  const downloadsDir = mkdtempSync(join(tmpdir(), 'glaneur-ff-downloads-'));
  const proxy = options.httpsProxyPort
    ? {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': options.httpsProxyPort,
      }
    : {};
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Without it BiDi refuses moz-extension:// pages and the browser window's scope.
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: Boolean(options.httpsProxyPort),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'intl.locale.requested': options.language === 'fr' ? 'fr' : 'en-US',
      'browser.download.dir': downloadsDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      // Optional permissions granted on request, as a user accepting the prompt would.
      'extensions.webextOptionalPermissionPrompts': false,
      // Headless Firefox has no desktop notification service: its own alert windows show them.
      'alerts.useSystemBackend': false,
      ...proxy,
    },
  });
  const pid = browser.process()?.pid;
  if (pid) remember(pid);
  // Nothing in the throw-away profile needs a clean shutdown: end the processes at once
  // (Puppeteer then deletes the profile).
  const close = async () => {
    await browser.disconnect().catch(() => undefined);
    if (pid) end(pid);
  };
  try {
    await browser.installExtension(resolve(import.meta.dirname, '../../../.output', options.build));
  } catch (error) {
    await close();
    throw error;
  }
  return { browser, downloadsDir, close };
}

function firefoxUi(page: Page, name: string): Ui {
  const element = async (t: Target) => {
    const handle = await page
      .waitForFunction(locateInPage, { polling: 100, timeout: 10_000 }, [t, 'element'] as const)
      .catch(() => Promise.reject(new Error(`${name}: no ${describe(t)}`)));
    return handle.asElement() as ElementHandle<HTMLElement>;
  };
  let uploads: string | undefined;
  return {
    see: (t) => page.evaluate(locateInPage, [t, 'see'] as const) as Promise<Seen>,
    click: async (t) => (await element(t)).click(),
    async fill(t, value) {
      const handle = await element(t);
      // Date inputs take no keystrokes in a fixed format: set the value as the picker does.
      const isDate = await handle.evaluate((el, v) => {
        const input = el as HTMLInputElement;
        if (input.type !== 'date') return false;
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      }, value);
      if (isDate) return;
      // As a user replaces a field's text: select all, then type over it.
      await handle.focus();
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      if (value === '') await page.keyboard.press('Backspace');
      else await handle.type(value);
    },
    select: async (t, value) => void (await (await element(t)).select(value)),
    async upload(t, file) {
      uploads ??= mkdtempSync(join(tmpdir(), 'glaneur-ff-upload-'));
      const path = join(uploads, file.name);
      writeFileSync(path, file.buffer);
      await ((await element(t)) as unknown as ElementHandle<HTMLInputElement>).uploadFile(path);
    },
    async press(chord) {
      // Puppeteer has no "Control+V": hold the modifiers down around the key.
      const keys = chord.split('+') as KeyInput[];
      const key = keys.pop()!;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    type: (text) => page.keyboard.type(text),
    focused: (t) => page.evaluate(locateInPage, [t, 'focused'] as const) as Promise<boolean>,
    focus: async (t) => (await element(t)).focus(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    acceptDialogs: () => page.on('dialog', (dialog) => void dialog.accept()),
    async screenshot(path, { width, height }) {
      await page.setViewport({ width, height: height === 'content' ? 800 : height });
      if (height === 'content') {
        const full = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.setViewport({ width, height: full });
      }
      await page.screenshot({ path: path as `${string}.png` });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** page.goto never resolves on moz-extension:// or about: pages (no navigation events). */
const navigate = (page: Page, url: string) =>
  (page as unknown as BidiPage).mainFrame().browsingContext.navigate(url, 'complete');

/** The page of a tab once its address shows (the browser reports it a moment after loading). */
async function pageShowing(browser: Browser, url: string, name: string): Promise<Page> {
  for (let i = 0; i < 50; i++) {
    const page = (await browser.pages()).find((p) => p.url().startsWith(url));
    if (page) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name}: no page shows ${url}`);
}

export function firefoxDriver(
  firefox: LaunchedFirefox,
  options: { build: FirefoxBuild; language: 'fr' | 'en'; server: FixtureServer },
): Driver & { grantSocialAccess(): Promise<void> } {
  const { browser } = firefox;
  const name = options.build;
  const session = async () =>
    ((await browser.pages())[0] as unknown as BidiPage).mainFrame().browsingContext.userContext
      .browser.session;
  const openPage = async (path: string) => {
    const page = await browser.newPage();
    await navigate(page, `${ORIGIN}/${path}`);
    // Background tabs are throttled: the page under test is in front.
    await page.bringToFront();
    return { page, ui: firefoxUi(page, name) };
  };
  let launcher: Promise<Page> | undefined;
  return {
    name,
    language: options.language,
    server: options.server,
    unreadableUrls: ['about:robots', 'https://addons.mozilla.org/fr/firefox/'],
    /** The user asks for LinkedIn and Viadeo access in the panel and accepts (no prompt). */
    async grantSocialAccess() {
      const { page, ui } = await openPage('sidepanel.html');
      await ui.click({ testId: 'grant' });
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid=host-access]')?.getAttribute('data-granted') ===
          'true',
        { polling: 100, timeout: 10_000 },
      );
      await page.close();
    },
    async openTab(url) {
      // Opened by the extension, which then knows the tab's id (it has no `tabs` permission).
      launcher ??= openPage('prospects.html').then((p) => p.page);
      const from = await launcher;
      const id = await from.evaluate(async (u) => {
        const tabs = (globalThis as unknown as { browser: typeof chrome }).browser.tabs;
        const { id } = await tabs.create({ url: u });
        for (let i = 0; i < 200; i++) {
          if ((await tabs.get(id!)).status === 'complete') return id!;
          await new Promise((r) => setTimeout(r, 50));
        }
        throw new Error(`tab for ${u} did not finish loading`);
      }, url);
      const page = await pageShowing(browser, url, name);
      await page.bringToFront();
      return { id, ui: firefoxUi(page, name) };
    },
    /** A browser page the extension may not open: the user types its address. */
    async openBrowserPage(url) {
      launcher ??= openPage('prospects.html').then((p) => p.page);
      const from = await launcher;
      const page = await browser.newPage();
      await navigate(page, url);
      await page.bringToFront();
      const id = await from.evaluate(async () => {
        const tabs = (globalThis as unknown as { browser: typeof chrome }).browser.tabs;
        const [active] = await tabs.query({ active: true, lastFocusedWindow: true });
        return active!.id!;
      });
      return { id, ui: firefoxUi(page, name) };
    },
    async clickToolbar(tab) {
      const bidi = await session();
      const { result: tree } = (await bidi.send('browsingContext.getTree', {
        'moz:scope': 'chrome',
      })) as { result: { contexts: { context: string }[] } };
      const { result } = (await bidi.send('script.callFunction', {
        target: { context: tree.contexts[0]!.context },
        awaitPromise: true,
        arguments: [
          { type: 'string', value: GECKO_ID },
          { type: 'string', value: String(tab.id) },
        ],
        functionDeclaration: `(extId, id) => {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          const g = ExtensionParent.apiManager.global;
          const ext = WebExtensionPolicy.getByID(extId).extension;
          const tab = g.tabTracker.getTab(Number(id));
          window.gBrowser.selectedTab = tab;
          // Headless, nothing closes the previous click's popup, and a click on an open popup
          // only closes it: close it first, as the user's click on the page did.
          const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
          ViewPopup.for(ext, window)?.closePopup();
          g.browserActionFor(ext).triggerAction(window);
        }`,
      })) as { result: { type: string; result?: { value?: unknown } } };
      // Whether it granted activeTab is the flows' to check (not on the browser's own pages).
      if (result.type !== 'success')
        throw new Error(`${name}: the toolbar click failed (${JSON.stringify(result)})`);
    },
    openPage: async (path) => (await openPage(path)).ui,
  };
}
