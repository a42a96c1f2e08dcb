import { clean, slug } from '../text';
import { absoluteUrl, snippet } from './core/candidate';
import type { Candidate, Extractor, TestCase } from './core/candidate';
import { classifySocial } from './social-links';
import type { Found } from './core/page';

const GENERIC_PART =
  /^(?:accueil|home|homepage|home page|page d'accueil|welcome|bienvenue(?: sur.*)?|contact(?:ez-nous)?|contact us|nous contacter|mentions l[ée]gales|legal notice|legal|impressum|[àa] propos|about(?: us)?|qui sommes-nous\s*\??|services|nos services|our services|blog|actualit[ée]s|news|l'[ée]quipe|[ée]quipe|team|our team|tarifs|pricing|boutique|shop|cgv|faq|site officiel|official site|site internet|official website|ouverture prochaine|bient[ôo]t|coming soon|site en construction|under construction|en maintenance|maintenance|page (?:non|introuvable)[^|]*|404|not found|page not found)$/i;

/** "Accueil Lavage Falbo": a page word glued before the name. */
const GENERIC_LEAD = /^(?:accueil|home|bienvenue(?: sur| chez| à)?|welcome(?: to)?)\s+(?=\p{Lu})/iu;
/** A theme's own title left in place ("Moderna Bootstrap Template"). */
const TEMPLATE = /\b(?:bootstrap|html5?|css) (?:template|theme)\b|\b(?:template|theme)$/i;

/** Site names left at the CMS's default. */
const CMS_DEFAULT_NAME =
  /^(?:wordpress|mon (?:site|blog)|my (?:site|blog|wordpress (?:site|blog))|site title|just another wordpress site|wix|jimdo|squarespace|webflow|shopify|accueil|home|untitled|sans titre)$/i;

/**
 * The organisation's name in a <title>: "Accueil - Atelier Lumen | Design graphique à Lyon" →
 * "Atelier Lumen". Page parts (Accueil, Contact…) go; among the rest, the part that spells the
 * host name wins, else the shortest that is not a sentence (taglines are).
 */
export function titleName(title: string, host = '', heading = ''): string {
  const parts = clean(title, 300)
    .split(/\s+[|–—·•:»-]\s+|\s*[|–—·•»]\s*|,\s+/)
    .map((p) => p.trim().replace(GENERIC_LEAD, ''))
    .filter((p) => p && !GENERIC_PART.test(p) && !TEMPLATE.test(p));
  if (parts.length <= 1) return parts[0] ?? '';
  const hostSlug = slug(
    host
      .replace(/^www\./, '')
      .split('.')
      .slice(0, -1)
      .join(''),
  );
  const spelled = parts.find((p) => {
    const s = slug(p);
    return s.length >= 3 && hostSlug && (hostSlug.includes(s) || s.includes(hostSlug));
  });
  if (spelled) return spelled;
  const h = slug(heading);
  const headed = h && parts.find((p) => slug(p) === h);
  if (headed) return headed;
  // Taglines are sentences, with lower-case content words; names are capitalised.
  const wordy = (p: string) =>
    p.split(/\s+/).filter((w) => w.length > 3 && w === w.toLowerCase()).length * 2 +
    p.split(/\s+/).length * 0.5;
  return [...parts].sort((a, b) => wordy(a) - wordy(b))[0]!;
}

/** OpenGraph, Twitter cards, standard meta, <title>, <html lang>, icon links and the header logo. */
export const meta: Extractor = {
  id: 'meta',
  extract(page) {
    const { url, found } = page;
    const candidates: Candidate[] = [];
    const content = (key: string) => found.meta.get(key)?.[0];
    const link = (rel: RegExp) => found.headLinks.find((l) => rel.test(l.rel))?.href;
    const add = (
      field: 'name' | 'description' | 'website' | 'logo' | 'language',
      raw: string | null | undefined,
      source: Candidate['source'],
      confidence: number,
    ) => {
      const value =
        field === 'logo' || field === 'website'
          ? absoluteUrl(raw, url)
          : clean(raw, field === 'name' ? 300 : 2000);
      if (value) candidates.push({ field, value, source, confidence, snippet: snippet(raw) });
    };
    const siteName = content('og:site_name');
    if (siteName && !CMS_DEFAULT_NAME.test(siteName.trim()))
      add('name', siteName, 'opengraph', 0.75);
    add('name', content('application-name') ?? content('apple-mobile-web-app-title'), 'meta', 0.55);
    add('description', content('description'), 'meta', 0.65);
    add('description', content('og:description'), 'opengraph', 0.6);
    add('description', content('twitter:description'), 'twitter', 0.5);
    add('website', content('og:url'), 'opengraph', 0.5);
    add('website', link(/^canonical$/), 'link', 0.4);
    const logo = headerLogo(found.logos);
    add('logo', logo?.src, 'meta', 0.6);
    // Below the title's name: an alt text is a weaker statement than the page's own title.
    add('name', logo && altName(logo.alt), 'meta', 0.42);
    // A favicon is too small to stand for a logo; the touch icon is the organisation's mark.
    add('logo', link(/(?:^|\s)apple-touch-icon(?:-precomposed)?(?:\s|$)/), 'link', 0.4);
    if (page.lang)
      add(
        'language',
        page.lang,
        page.langDeclared ? 'meta' : 'text',
        page.langDeclared ? 0.8 : 0.5,
      );
    add('name', titleName(found.title, url.hostname, found.h1), 'title', 0.45);
    const handle = content('twitter:site')?.trim();
    if (handle && /^@?\w{1,15}$/.test(handle)) {
      const social = classifySocial(`https://x.com/${handle.replace(/^@/, '')}`);
      if (social)
        candidates.push({
          field: 'social',
          network: 'x',
          value: social.url,
          source: 'twitter',
          confidence: 0.7,
          snippet: handle,
        });
    }
    return candidates;
  },
};

/** The <img> that the header or its class, id, alt or file name calls a logo. */
function headerLogo(logos: Found['logos']): Found['logos'][number] | undefined {
  // Else the image that links to the home page, as site headers do.
  return (
    logos.find((l) => /logo/i.test(l.hint)) ??
    logos.find((l) => /home:(?:\/|\.\/|https?:\/\/[^/\s]+\/?)$/.test(l.hint))
  );
}

/** The name a logo's alt text gives: "Logo de Atelier Lumen" → "Atelier Lumen". */
export function altName(alt: string): string {
  const name = alt
    .replace(
      /^(?:le |the )?logo(?:type)?(?:\s+(?:de la|de l'|de|du|des|d'|of|for))?\s*[:-]?\s*/i,
      '',
    )
    .replace(/\s*[-–|]?\s*(?:logo(?:type)?|accueil|home)$/i, '')
    .trim();
  return GENERIC_PART.test(name) ||
    CMS_DEFAULT_NAME.test(name) ||
    /^(?:la |le |l')?(?:commune|ville|soci[ée]t[ée]|entreprise|company|site)$/i.test(name)
    ? ''
    : name;
}

/** Fixture pages where this source finds these fields (checked by tests/unit/extract). */
export const testCases: TestCase[] = [
  {
    page: 'sites/atelier-lumen/index.html',
    fields: ['description', 'language', 'logo', 'name', 'website'],
  },
  { page: 'sites/saas-company-en/index.html', fields: ['language', 'name', 'social'] },
];
