import type { PageKind } from '../model/qualification';

/** Addresses of pages that are not the organisation's presentation. */
const URL_KINDS: [RegExp, PageKind][] = [
  [
    /mentions[-_]?l[eé]gales|informations[-_]l[eé]gales|legal|impressum|aviso|\bcgu\b|\bcgv\b|confidentialit|privacy|\bmentions\b/i,
    'legal',
  ],
  [/\/(?:blog|posts?|billets?)\//i, 'blog-post'],
  [/\/(?:actualites?|actus?|news|articles?|presse|\d{4}\/\d{2})\//i, 'article'],
  [/\/(?:produits?|products?|shop|boutique|p)\/[^/]+/i, 'product'],
];

/** A page's first lines that say it is a legal text. */
const LEGAL_TITLE =
  /^(?:mentions l[ée]gales|informations l[ée]gales|legal notice|aviso legal|conditions g[ée]n[ée]rales|politique de confidentialit[ée]|privacy policy|terms (?:of|and))/i;
/** A byline: "Par Marc Lefort, le 3 mars 2025", "publié le 3 novembre", "By Jane Doe on 3 May". */
const BYLINE =
  /^(?:(?:par|by)\s+\p{Lu}[\p{L}.' -]{1,60}[,–—-]?\s+(?:(?:publié|posted|published)\s+)?(?:le|on)\s+\d|(?:publié|posted|published)\s+(?:le|on)\s+\d)/iu;
const PRICE_AND_CART = /ajouter au panier|add to (?:cart|basket)/i;

/** How many of the first lines are read for a title or a byline. */
const HEAD_LINES = 12;
/** Lines of text a legal title is followed by. */
const FOLLOWING = 3;

/** What a page is, from its address and its first lines: a presentation unless it says otherwise. */
export function pageKindOf(url: string, text: string): PageKind {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    // No address: the text decides.
  }
  for (const [re, kind] of URL_KINDS) if (re.test(path)) return kind;
  const head = text.split('\n', HEAD_LINES + FOLLOWING);
  // A legal title is a heading with the legal text after it, not a footer link.
  const legal = head.findIndex((l) => LEGAL_TITLE.test(l.trim()));
  if (legal >= 0 && legal < HEAD_LINES && head.length - legal > FOLLOWING) return 'legal';
  if (head.some((l) => BYLINE.test(l.trim()))) return 'article';
  if (PRICE_AND_CART.test(text.slice(0, 20_000))) return 'product';
  return 'presentation';
}
