import type { Found } from './page';

/** Country of a country-code top-level domain, for reading national numbers and postcodes. */
const TLD_REGION: Record<string, string> = {
  fr: 'FR',
  be: 'BE',
  ch: 'CH',
  lu: 'LU',
  mc: 'MC',
  ca: 'CA',
  uk: 'GB',
  de: 'DE',
  es: 'ES',
  it: 'IT',
  nl: 'NL',
  pt: 'PT',
  ie: 'IE',
  at: 'AT',
  ma: 'MA',
  tn: 'TN',
  sn: 'SN',
  re: 'RE',
  us: 'US',
  dz: 'DZ',
  ci: 'CI',
  gp: 'GP',
  mq: 'MQ',
  nc: 'NC',
  pf: 'PF',
};
/** Region of a language, when the domain names none. */
const LANG_REGION: Record<string, string> = {
  fr: 'FR',
  en: 'US',
  de: 'DE',
  nl: 'NL',
  it: 'IT',
  es: 'ES',
};

const FR_WORDS = /\b(?:le|la|les|des|et|est|pour|nous|une|dans|avec|vous|sur|qui)\b/gi;
const EN_WORDS = /\b(?:the|and|is|for|we|our|with|you|are|that|this|of|to)\b/gi;

/**
 * French or English by common words, for pages that declare no language or the wrong one (a
 * theme's lang="en" on a French page). A stop-word count, not a language library: those carry
 * n-gram tables for hundreds of languages, more than the whole content script may weigh.
 */
export function guessLanguage(text: string): string | undefined {
  const sample = text.slice(0, 5000);
  const fr = sample.match(FR_WORDS)?.length ?? 0;
  const en = sample.match(EN_WORDS)?.length ?? 0;
  if (fr + en < 5) return undefined;
  return fr > en * 1.5 ? 'fr' : en > fr * 1.5 ? 'en' : undefined;
}

/** The language of the markup, as `fr` or `fr-BE`. */
export function declaredLanguage(doc: Document, found: Found): string | undefined {
  const raw =
    doc.documentElement?.getAttribute('lang') ||
    found.meta.get('content-language')?.[0] ||
    found.meta.get('og:locale')?.[0] ||
    '';
  const match = /^\s*([a-z]{2,3})(?:[-_]([a-z]{2}))?\b/i.exec(raw);
  return match
    ? `${match[1]!.toLowerCase()}${match[2] ? '-' + match[2].toUpperCase() : ''}`
    : undefined;
}

/** Countries of calling codes, for pages on a generic domain (.com, .org). */
const CALLING_REGION: Record<string, string> = {
  '33': 'FR',
  '32': 'BE',
  '41': 'CH',
  '352': 'LU',
  '377': 'MC',
  '44': 'GB',
  '1': 'US',
};

/** The calling code most of the page's international numbers use ("+32 2 …" → BE). */
function phoneRegion(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of text.slice(0, 50_000).matchAll(/(?<![\w+])\+(352|377|33|32|41|44|1)[\s.(-]?\d/g))
    counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const [code] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return code ? CALLING_REGION[code] : undefined;
}

/**
 * Default country: the country-code TLD, the declared language's region (fr-BE), the country
 * of the page's international phone numbers, the language's country, else France.
 */
export function regionOf(url: URL, lang: string | undefined, text = ''): string {
  const tld = url.hostname.split('.').pop() ?? '';
  const fromLang = lang?.split('-')[1];
  return (
    TLD_REGION[tld] ??
    fromLang ??
    phoneRegion(text) ??
    LANG_REGION[lang?.split('-')[0] ?? ''] ??
    'FR'
  );
}
