/**
 * What the user reads must never be the model's ids. Pure (no vitest, relative imports) so that
 * the unit tests and the e2e specs both use it.
 */
import { readFileSync } from 'node:fs';
import { SOURCES } from '../../../utils/model/evidence';
import { ORGANISATION_KINDS, OrganisationDraftSchema } from '../../../utils/model/organisation';
import { BANDS } from '../../../utils/model/qualification';

export type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

export const messages = (lang: 'fr' | 'en'): Messages =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));

/** A message's text with its placeholders filled, as browser.i18n gives it. */
export function message(all: Messages, key: string, subs: readonly string[] = []): string {
  const m = all[key];
  if (!m) return '';
  return m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return subs[Number(content.slice(1)) - 1] ?? '';
  });
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
