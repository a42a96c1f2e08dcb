/**
 * The extension's real messages, for tests that check what the user reads: browser.i18n answers
 * from public/_locales in the language asked for, placeholders filled.
 */
import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SOURCES } from '@/utils/model/evidence';
import { ORGANISATION_KINDS, OrganisationDraftSchema } from '@/utils/model/organisation';
import { BANDS } from '@/utils/model/qualification';

type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

export const messages = (lang: 'fr' | 'en'): Messages =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));

export function useLocale(lang: 'fr' | 'en') {
  const all = messages(lang);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(lang === 'fr' ? 'fr-FR' : 'en-US');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) => {
    const m = all[key];
    if (!m) return '';
    return m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
      const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
      return subs?.[Number(content.slice(1)) - 1] ?? '';
    });
  }) as never);
}

/**
 * The model's ids a user must never read: organisation fields, kinds, bands, sources. Those that
 * are also words of the language's own messages ("page address", "import") are left out there.
 */
export function internalIds(lang: 'fr' | 'en'): string[] {
  const words = new Set(
    Object.values(messages(lang)).flatMap((m) => m.message.split(/[^\p{L}\p{N}_-]+/u)),
  );
  return [
    ...Object.keys(OrganisationDraftSchema.shape),
    ...ORGANISATION_KINDS,
    ...BANDS,
    ...SOURCES,
  ].filter((id) => !words.has(id));
}

/** The ids found as whole words in a text, addresses (web, e-mail) left out: they are data. */
export const idsIn = (text: string, ids: readonly string[]) => {
  const words = text.split(/\s+/).filter((w) => !/[@/]|\w\.\w/.test(w));
  const tokens = new Set(words.join(' ').split(/[^\p{L}\p{N}_-]+/u));
  return ids.filter((id) => tokens.has(id));
};

/** Every text node of a rendered tree, one apart from the next (textContent runs them together). */
export function textsOf(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  return [...node.childNodes].map(textsOf).join(' ');
}
