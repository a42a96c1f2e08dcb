import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { collapse } from '../text';
import { STATUSES, type Status } from '../model/prospect';

/**
 * Status names as the user reads them, taken from the locale files so that a CSV says
 * "À contacter" like the UI does. Pure (no browser.i18n): the CLI uses it too.
 */
type Key = keyof typeof en & keyof typeof fr;
type LabelKind = 'status' | 'band' | 'kind' | 'outcome' | 'nextStep';
const key = (kind: LabelKind, id: string) => `${kind}_${id.replaceAll('-', '_')}` as Key;

/** Labels already looked up, by language, kind and id: an export asks for them on every row. */
const LOOKED_UP: Record<'fr' | 'en', Map<LabelKind, Map<string, string>>> = {
  fr: new Map(),
  en: new Map(),
};

/** A status, fit band, kind of organisation or call outcome in the user's language, as the UI names it. */
export function localeLabel(kind: LabelKind, id: string, lang: 'fr' | 'en'): string {
  let labels = LOOKED_UP[lang].get(kind);
  if (!labels) LOOKED_UP[lang].set(kind, (labels = new Map()));
  let label = labels.get(id);
  if (label === undefined)
    labels.set(id, (label = (lang === 'fr' ? fr : en)[key(kind, id)].message));
  return label;
}

export const statusLabel = (status: Status, lang: 'fr' | 'en') =>
  localeLabel('status', status, lang);

const BY_TEXT = new Map<string, Status>();
for (const s of STATUSES) {
  for (const text of [s, statusLabel(s, 'fr'), statusLabel(s, 'en')])
    BY_TEXT.set(collapse(text), s);
}

/** A status from its id or its French or English label, whatever the case and accents. */
export function parseStatus(text: string): Status | undefined {
  return BY_TEXT.get(collapse(text));
}
