import type { SocialNetwork } from '../model/organisation';
import { absoluteUrl, snippet } from './core/candidate';
import type { Candidate, Extractor, TestCase } from './core/candidate';

/** Accounts of the tools a site is built with, credited in footers: never the organisation's. */
const VENDOR_ACCOUNTS =
  /^(?:wordpress|wordpressdotcom|wix|squarespace|shopify|jimdo|webflow|joomla|drupal|elementor|hubspot|godaddy|ovh|ovhcloud|o2switch|ionos|1and1|weebly|strikingly|prestashop|woocommerce|wpengine|themeforest|envato|github|gitlab|automattic|divi|elegantthemes|astra|wpastra|generatepress|oceanwp|avada|hostinger|netlify|vercel|cloudflare|google|youtube|facebook|instagram|twitter|x|linkedin|mastodon|viadeo|meta|share|sharer|intent|home|search|explore|hashtag|login|signup|help|about|legal|privacy|policies|settings|watch|feed|pages|groups|events|marketplace|stories|reel|reels|p|tv|embed|plugins|dialog|tr|i|results|channel|c|user|company|in|school|showcase|posts|pub|profile)$/i;

/** Mastodon-flavoured hosts; any other host counts only with rel="me" or a Mastodon label. */
const MASTODON_HOST =
  /(?:^|\.)(?:mastodon\.[a-z.]+|mamot\.fr|piaille\.fr|framapiaf\.org|mstdn\.[a-z.]+|[a-z0-9-]+\.social|social\.[a-z0-9.-]+|toot\.[a-z.]+|pouet\.[a-z.]+|fosstodon\.org|hachyderm\.io|infosec\.exchange)$/i;

function firstSegment(path: string): string {
  return decodeURIComponent(path.split('/').filter(Boolean)[0] ?? '');
}

/**
 * Which network a profile URL belongs to, with the URL reduced to the profile itself. Share,
 * intent and post links, and the vendors' own accounts, are not profiles.
 */
export function classifySocial(
  href: string,
  hints: { rel?: string; label?: string } = {},
): { network: SocialNetwork; url: string } | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase().replace(/^(?:www|m|mobile|[a-z]{2}(?:-[a-z]{2})?)\./, '');
  const parts = url.pathname.split('/').filter(Boolean);
  const seg = firstSegment(url.pathname);
  const canon = (path: string) =>
    `https://${url.hostname.toLowerCase().replace(/^(?:m|mobile)\./, 'www.')}${path}`;
  const profile = (n: number) => '/' + parts.slice(0, n).join('/');

  if (host === 'linkedin.com') {
    if (/^(?:company|in|school|showcase)$/.test(seg) && parts[1])
      return { network: 'linkedin', url: `https://www.linkedin.com${profile(2)}` };
    return undefined;
  }
  if (host === 'twitter.com' || host === 'x.com') {
    if (!/^[a-z0-9_]{1,15}$/i.test(seg) || VENDOR_ACCOUNTS.test(seg) || parts.length > 1)
      return undefined;
    return { network: 'x', url: `https://x.com/${seg}` };
  }
  if (host === 'facebook.com' || host === 'fb.com') {
    if (seg === 'profile.php') {
      const id = url.searchParams.get('id');
      return id && /^\d+$/.test(id)
        ? { network: 'facebook', url: `https://www.facebook.com/profile.php?id=${id}` }
        : undefined;
    }
    if ((seg === 'pages' || seg === 'people') && parts.length >= 3)
      return { network: 'facebook', url: `https://www.facebook.com${profile(3)}` };
    if (!seg || VENDOR_ACCOUNTS.test(seg) || /\.php$/.test(seg)) return undefined;
    return { network: 'facebook', url: `https://www.facebook.com/${seg}` };
  }
  if (host === 'instagram.com') {
    if (!seg || VENDOR_ACCOUNTS.test(seg) || !/^[a-z0-9._]{1,30}$/i.test(seg)) return undefined;
    return { network: 'instagram', url: `https://www.instagram.com/${seg}` };
  }
  if (host === 'youtube.com') {
    if (seg.startsWith('@') && seg.length > 1)
      return { network: 'youtube', url: `https://www.youtube.com/${seg}` };
    if (/^(?:channel|c|user)$/.test(seg) && parts[1])
      return { network: 'youtube', url: `https://www.youtube.com${profile(2)}` };
    return undefined;
  }
  if (host === 'github.com') {
    if (!seg || VENDOR_ACCOUNTS.test(seg) || !/^[a-z0-9-]{1,39}$/i.test(seg)) return undefined;
    if (
      /^(?:sponsors|orgs|topics|features|marketplace|pricing|apps|collections|trending)$/i.test(seg)
    )
      return undefined;
    // A repository link is usually a credit ("theme on GitHub"), not the organisation's account.
    if (parts.length > 1 && parts[0] !== 'orgs') return undefined;
    return { network: 'github', url: `https://github.com/${seg}` };
  }
  if (host === 'viadeo.com') {
    if (parts.length >= 3 && /^(?:profile|company)$/.test(parts[1] ?? ''))
      return { network: 'viadeo', url: canon(profile(3)) };
    if (parts.length >= 2 && /^(?:profile|company)$/.test(seg))
      return { network: 'viadeo', url: canon(profile(2)) };
    return undefined;
  }
  const mastodonHinted =
    /\bme\b/.test(hints.rel ?? '') || /mastodon|fediverse/i.test(hints.label ?? '');
  if (seg.startsWith('@') && parts.length === 1 && /^@[a-z0-9_]{1,30}$/i.test(seg)) {
    if (MASTODON_HOST.test(url.hostname) || mastodonHinted)
      return { network: 'mastodon', url: `https://${url.hostname.toLowerCase()}/${seg}` };
  }
  return undefined;
}

const MAYBE_SOCIAL =
  /linkedin|twitter|x\.com|facebook|fb\.com|instagram|youtube|github|viadeo|\/@/i;

/** Social profiles linked from the page, except credits and share buttons. */
export const socialLinks: Extractor = {
  id: 'social-links',
  extract(page) {
    const out: Candidate[] = [];
    for (const link of page.links) {
      if (link.foreign || !MAYBE_SOCIAL.test(link.href)) continue;
      // A profile linked inside prose (an article citing someone) is someone else's.
      if (link.lead.length > 20 && (page.blocks[link.block]?.text.length ?? 0) > 200) continue;
      const href = absoluteUrl(link.href, page.url);
      if (!href) continue;
      const found = classifySocial(href, { rel: link.rel, label: `${link.label} ${link.text}` });
      if (!found) continue;
      out.push({
        field: 'social',
        network: found.network,
        value: found.url,
        source: /\bme\b/.test(link.rel) ? 'link' : 'text',
        confidence: 0.75,
        snippet: snippet(link.href),
      });
    }
    return out;
  },
};

/** Fixture pages where this source finds these fields (checked by tests/unit/extract). */
export const testCases: TestCase[] = [
  { page: 'sites/agence-temoignages/index.html', fields: ['social'] },
  { page: 'sites/brasserie-liege/index.html', fields: ['social'] },
];
