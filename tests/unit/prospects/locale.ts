/**
 * The extension's real messages for tests that check what the user reads: browser.i18n answers
 * from public/_locales in the language asked for, placeholders filled.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { message, messages } from './internal-ids';

export { idsIn, internalIds } from './internal-ids';

export function useLocale(lang: 'fr' | 'en') {
  const all = messages(lang);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(lang === 'fr' ? 'fr-FR' : 'en-US');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    message(all, key, subs)) as never);
}

/** Every text node of a rendered tree, one apart from the next (textContent runs them together). */
export function textsOf(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  return [...node.childNodes].map(textsOf).join(' ');
}
