import { browser } from 'wxt/browser';

/** Every message name in _locales: a misspelt key is a compile error. */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

/** The user-visible string for `key`, in the browser's language. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  return text || key;
}

/** Status ids use hyphens; message names cannot. */
export const statusKey = (status: string) => `status_${status.replaceAll('-', '_')}` as MessageKey;
export const sourceKey = (source: string) => `source_${source}` as MessageKey;

/** The browser's UI language, for dates and numbers. */
export const uiLanguage = (): string => browser.i18n.getUILanguage();
