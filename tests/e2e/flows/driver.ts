/**
 * What a shared user flow needs from a browser. A flow (tests/e2e/flows/*.ts) is written once
 * against these two interfaces; tests/e2e/drivers/ implement them for Chromium (Playwright)
 * and Firefox (puppeteer-core over WebDriver BiDi). Only launching, the toolbar click and
 * opening pages differ per browser.
 */
import type { FixtureServer } from '../../tools/fixture-server';

/**
 * An element, found as a user would: by label, role and name, text, or test id. Names and
 * labels match as a case-insensitive substring unless `exact` (as Playwright's getBy* do).
 */
export type Target = (
  | { label: string; exact?: boolean }
  | {
      role: 'button' | 'status' | 'alert' | 'meter' | 'link' | 'heading';
      name?: string;
      exact?: boolean;
    }
  | { text: string; exact?: boolean }
  | { testId: string }
  | { css: string }
) & {
  /** Only inside the first element matching this. */
  within?: Target;
  /** Only the matches whose text contains this (case-insensitive), as Playwright's `hasText`. */
  hasText?: string;
  /** Which match: 0 (the default) is the first, -1 the last. */
  nth?: number;
};

/** What a target looks like at one moment (the first match, or `count: 0`). */
export interface Seen {
  count: number;
  /** Every match's text, whitespace collapsed. */
  texts: string[];
  text: string;
  value: string;
  visible: boolean;
  attributes: Record<string, string>;
}

/** A page: an extension page (popup, panel, list, options) or a web page in a tab. */
export interface Ui {
  see(target: Target): Promise<Seen>;
  click(target: Target): Promise<void>;
  fill(target: Target, value: string): Promise<void>;
  select(target: Target, value: string): Promise<void>;
  /** Sets the files of an `<input type=file>`, as the file picker would. */
  upload(target: Target, file: { name: string; buffer: Buffer }): Promise<void>;
  /** A key or chord on the focused element, in Playwright's names: `Tab`, `j`, `Control+V`. */
  press(key: string): Promise<void>;
  /** Types `text` into the focused element, key by key. */
  type(text: string): Promise<void>;
  /** Is the first match of `target` the focused element? */
  focused(target: Target): Promise<boolean>;
  focus(target: Target): Promise<void>;
  /** Runs `fn(arg)` in the page (JSON in, JSON out). */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Answers the page's next confirm() with OK, as a user would. */
  acceptDialogs(): void;
  screenshot(path: string, size: { width: number; height: number | 'content' }): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface Tab {
  id: number;
  ui: Ui;
}

export interface Driver {
  /** Named in every failure: chromium, firefox-mv2, firefox-mv3. */
  name: string;
  language: 'fr' | 'en';
  server: FixtureServer;
  /** Pages no extension may read in this browser: its own pages, its add-on store. */
  unreadableUrls: string[];
  /** Open `url` in a new tab, once loaded (the extension learns its id as it would a tab's). */
  openTab(url: string): Promise<Tab>;
  /** Open one of `unreadableUrls` (Firefox lets no extension open its own pages). */
  openBrowserPage(url: string): Promise<Tab>;
  /** The user's click on Glaneur's toolbar button while `tab` is shown (grants activeTab). */
  clickToolbar(tab: Tab): Promise<void>;
  /** No WCAG 2 A/AA violation on the page, where axe runs (Chromium's harness). */
  expectAccessible?(ui: Ui): Promise<void>;
  /** An extension page by path, e.g. `popup.html?tabId=3` or `prospects.html`. */
  openPage(path: string): Promise<Ui>;
}
