import type { Found } from './page';
import { PLANS, regionOfCode } from './phone';

/** A country-code top-level domain names the country whose numbering plan Glaneur knows. */
const tldRegion = (tld: string) =>
  tld === 'uk' ? 'GB' : PLANS[tld.toUpperCase()] && tld.toUpperCase();
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

/** The calling code most of the page's international numbers use ("+32 2 …" → BE). */
function phoneRegion(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of text.slice(0, 50_000).matchAll(/(?<![\w+])\+(\d(?:\s?\d){2})/g)) {
    const d = m[1]!.replace(/\s/g, '');
    const region = regionOfCode(d[0]!) ?? regionOfCode(d.slice(0, 2)) ?? regionOfCode(d);
    if (region) counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Default country: the country-code TLD, the declared language's region (fr-BE), the country
 * of the page's international phone numbers, the language's country, else France.
 */
export function regionOf(url: URL, lang: string | undefined, text = ''): string {
  const tld = url.hostname.split('.').pop() ?? '';
  const fromLang = lang?.split('-')[1];
  return (
    tldRegion(tld) ??
    fromLang ??
    phoneRegion(text) ??
    LANG_REGION[lang?.split('-')[0] ?? ''] ??
    'FR'
  );
}
