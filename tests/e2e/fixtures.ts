/// <reference types="chrome" />
/**
 * The e2e harness: Debian's Chromium with the production build of Glaneur loaded, the fixture
 * server on 127.0.0.1, and helpers for what a user does (toolbar click, opening the popup).
 */
import {
  test as base,
  chromium,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../tools/fixture-server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium off the network (this machine has none) and quiet. */
export const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
];

/** Launch options for Chromium with the production build (or `dir`) loaded, in UI language `locale`. */
export function extensionLaunchOptions(locale: string, args: string[] = [], dir = EXTENSION_DIR) {
  return {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    // On Linux, Chromium takes its UI language (and so chrome.i18n's) from the environment.
    env: {
      ...process.env,
      LANGUAGE: locale.replace('-', '_'),
      LANG: `${locale.replace('-', '_')}.UTF-8`,
    },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--enable-unsafe-extension-debugging',
      `--lang=${locale}`,
      ...QUIET_FLAGS,
      ...args,
    ],
  };
}

/** Chromium with the production build, downloads going to `downloadsDir`. */
export function launchChromium(locale: string, args: string[], downloadsDir: string) {
  return chromium.launchPersistentContext('', {
    ...extensionLaunchOptions(locale, args),
    acceptDownloads: true,
    downloadsPath: downloadsDir,
  });
}

/** The extension's service worker, once it runs. */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  const [sw] = context.serviceWorkers();
  return sw ?? context.waitForEvent('serviceworker');
}

interface Fixtures {
  /** Extra command-line flags for a spec (e.g. host-resolver rules). */
  chromiumArgs: string[];
  /** UI language of the browser. */
  uiLanguage: string;
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  downloadsDir: string;
}

interface WorkerFixtures {
  server: FixtureServer;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  chromiumArgs: [[], { option: true }],
  uiLanguage: ['fr-FR', { option: true }],
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  downloadsDir: async ({}, use) => {
    await use(mkdtempSync(join(tmpdir(), 'glaneur-downloads-')));
  },
  context: async ({ chromiumArgs, uiLanguage: locale, downloadsDir }, use) => {
    const context = await launchChromium(locale, chromiumArgs, downloadsDir);
    await use(context);
    await context.close();
  },
  sw: async ({ context }, use) => use(await serviceWorker(context)),
  extensionId: async ({ sw }, use) => {
    await use(new URL(sw.url()).host);
  },
});

export const expect = test.expect;

/** Open `url` in a new tab from the service worker, so the test knows its tab id. */
export async function openTab(sw: Worker, url: string): Promise<number> {
  // Polls rather than listens: a fast page can finish loading before a listener is attached.
  return sw.evaluate(async (u) => {
    const { id } = await chrome.tabs.create({ url: u });
    for (let i = 0; i < 200; i++) {
      if ((await chrome.tabs.get(id!)).status === 'complete') return id!;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`tab for ${u} did not finish loading`);
  }, url);
}

/**
 * A real toolbar click on the tab showing `url`: grants activeTab exactly as a user's click
 * does (the DevTools protocol's Extensions.triggerAction on that tab's target).
 */
export async function clickToolbar(context: BrowserContext, extensionId: string, url: string) {
  const cdp = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send(
    'Target.getTargets' as never,
    {
      filter: [{ type: 'tab' }],
    } as never,
  )) as { targetInfos: { targetId: string; url: string }[] };
  const target = targetInfos.find((t) => t.url.startsWith(url));
  if (!target) throw new Error(`no tab shows ${url}`);
  await cdp.send(
    'Extensions.triggerAction' as never,
    { id: extensionId, targetId: target.targetId } as never,
  );
  await cdp.detach();
}

/** The popup, opened as a tab acting on `tabId` (real popups are not reachable from Playwright). */
export async function openPopup(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Toolbar click on the page, then the popup for it. */
export async function capture(
  context: BrowserContext,
  sw: Worker,
  extensionId: string,
  url: string,
): Promise<{ tabId: number; popup: Page }> {
  const tabId = await openTab(sw, url);
  await clickToolbar(context, extensionId, url);
  const popup = await openPopup(context, extensionId, tabId);
  return { tabId, popup };
}
