import { browser } from 'wxt/browser';
import { readDefaultTemplates, type DefaultTemplates } from '@/utils/mail';

let loaded: Promise<DefaultTemplates> | undefined;

/**
 * The default mail of both languages, fetched from the packaged locale files once: the template
 * follows the prospect's language, not only the browser's, and bundling the locale files into
 * the pages would weigh every page down by their whole size.
 */
export function mailDefaults(): Promise<DefaultTemplates> {
  loaded ??= readDefaultTemplates(async (lang) => {
    const response = await fetch(browser.runtime.getURL(`/_locales/${lang}/messages.json`));
    return response.json();
  });
  return loaded;
}
