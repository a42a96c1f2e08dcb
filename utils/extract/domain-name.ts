import { clean, collapse, slug } from '../text';
import { snippet, type Extractor, type TestCase } from './core/candidate';
import { baseDomain } from './core/site';
import { LEGAL_FORM } from './copyright';
import { altName } from './meta';

/** Little words a domain name drops or keeps: "Centre Esthétique de l'Estuaire" → centre-esthetique-estuaire. */
const LINK_WORDS = new Set('de du des d l la le les et and the of'.split(' '));
const MAX_BLOCKS = 60;

/** The host's own label, without www, the suffix or hyphens: www.otr-lofts.com → otrlofts. */
const hostSlug = (host: string) => slug(baseDomain(host).split('.')[0]!);

/** Does a short text spell the host's name, with or without its little words? */
function spells(text: string, target: string): boolean {
  const words = collapse(text).split(' ');
  const lead = words.findIndex((w) => !LINK_WORDS.has(w));
  // "Les Amis du Vieux Moulin" → amisduvieuxmoulin: a leading article is the first word dropped.
  const tight = [
    words.join(''),
    words.slice(lead).join(''),
    words.filter((w) => !LINK_WORDS.has(w)).join(''),
  ];
  return tight.some(
    (t) =>
      t.length >= 4 && (t === target || (target.startsWith(t) && target.length - t.length <= 3)),
  );
}

/**
 * The name the domain spells: among the logo's alt text, og:site_name, the title's parts, the
 * main heading and the page's short lines (header and footer first), the first that writes the
 * host name as words ("OTR Lofts" on otrlofts.com). Evidence that agrees with the address the
 * page is served from outweighs a title written for search engines.
 */
export const domainName: Extractor = {
  id: 'domain-name',
  extract(page) {
    const target = hostSlug(page.url.hostname);
    if (target.length < 4) return [];
    const { found, blocks } = page;
    const texts = [
      ...found.logos.map((l) => altName(l.alt)),
      ...(found.meta.get('og:site_name') ?? []),
      ...found.title.split(/\s+[|–—·•:»-]\s+|\s*[|–—·•»]\s*|,\s+/),
      found.h1 ?? '',
      ...blocks.slice(0, MAX_BLOCKS).map((b) => b.text),
      ...blocks.slice(-MAX_BLOCKS).map((b) => b.text),
    ];
    for (const raw of texts) {
      const text = clean(raw, 80);
      // A name, not a sentence nor the domain itself ("OTRlofts.com").
      if (!text || text.length > 60 || /\.[a-z]{2,}\b/i.test(text)) continue;
      if (text.split(' ').length > 7 || !spells(text.replace(LEGAL_FORM, ''), target)) continue;
      return [
        { field: 'name', value: text, source: 'url', confidence: 0.7, snippet: snippet(raw) },
      ];
    }
    // A page that names itself by its domain alone ("Politique de confidentialité de
    // example.fr"): that domain is the only name it gives, the last resort.
    const domain = baseDomain(page.url.hostname);
    const at = page.text
      .toLowerCase()
      .search(new RegExp(`(?<![\\w.-])${domain.replace(/\./g, '\\.')}(?![\\w-])`));
    return at < 0
      ? []
      : [
          {
            field: 'name',
            value: domain,
            source: 'text',
            confidence: 0.2,
            snippet: snippet(page.text.slice(at, at + 80)),
          },
        ];
  },
};

/** Fixture pages where this source finds these fields (checked by tests/unit/extract). */
export const testCases: TestCase[] = [
  { page: 'sites/atelier-lumen/index.html', fields: ['name'] },
  { page: 'sites/amis-du-vieux-moulin/index.html', fields: ['name'] },
];
