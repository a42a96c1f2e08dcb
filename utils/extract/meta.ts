import { absoluteUrl, clean, type Candidate, type Extractor } from './candidate';

/** OpenGraph, Twitter cards, standard meta, <title>, <html lang> and icon links. */
export const meta: Extractor = {
  id: 'meta',
  extract(doc, url) {
    const candidates: Candidate[] = [];
    const content = (selector: string) => doc.querySelector(selector)?.getAttribute('content');
    const add = (
      field: Candidate['field'],
      raw: string | null | undefined,
      source: Candidate['source'],
      confidence: number,
    ) => {
      const value = field === 'logo' || field === 'website' ? absoluteUrl(raw, url) : clean(raw);
      if (value) candidates.push({ field, value, source, confidence, snippet: clean(raw, 200) });
    };
    add('name', content('meta[property="og:site_name"]'), 'opengraph', 0.75);
    add('description', content('meta[property="og:description"]'), 'opengraph', 0.6);
    add('description', content('meta[name="description"]'), 'meta', 0.65);
    add('description', content('meta[name="twitter:description"]'), 'twitter', 0.5);
    add('website', content('meta[property="og:url"]'), 'opengraph', 0.5);
    add('website', doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), 'link', 0.4);
    add(
      'logo',
      doc.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href'),
      'link',
      0.4,
    );
    add('logo', doc.querySelector('link[rel~="icon"]')?.getAttribute('href'), 'link', 0.3);
    add('language', doc.documentElement?.getAttribute('lang'), 'meta', 0.8);
    add('language', content('meta[property="og:locale"]')?.replace('_', '-'), 'opengraph', 0.5);
    add('name', titleName(doc.title), 'title', 0.4);
    return candidates;
  },
};

/** "Accueil - Atelier Lumen | Design graphique à Lyon" → "Atelier Lumen". */
export function titleName(title: string): string {
  const parts = clean(title, 300)
    .split(/\s+[|–—·:-]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const generic = /^(accueil|home|homepage|page d'accueil|welcome|bienvenue)$/i;
  const named = parts.filter((p) => !generic.test(p));
  return named[0] ?? '';
}
