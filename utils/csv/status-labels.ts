import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { collapse } from '../text';
import { STATUSES, type Status } from '../model/prospect';

/**
 * Status names as the user reads them, taken from the locale files so that a CSV says
 * "À contacter" like the UI does. Pure (no browser.i18n): the CLI uses it too.
 */
const key = (s: Status) => `status_${s.replaceAll('-', '_')}` as keyof typeof en & keyof typeof fr;

export const statusLabel = (status: Status, lang: 'fr' | 'en') =>
  (lang === 'fr' ? fr : en)[key(status)].message;

const BY_TEXT = new Map<string, Status>();
for (const s of STATUSES) {
  for (const text of [s, statusLabel(s, 'fr'), statusLabel(s, 'en')])
    BY_TEXT.set(collapse(text), s);
}

/** A status from its id or its French or English label, whatever the case and accents. */
export function parseStatus(text: string): Status | undefined {
  return BY_TEXT.get(collapse(text));
}
