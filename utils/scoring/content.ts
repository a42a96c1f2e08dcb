/**
 * The organisation's own words in a page's text (one line per block, as the content script
 * sends it): paragraphs, and the headings and list items beside them. Left out: runs of short
 * lines with no paragraph near (menus, link lists), cookie banners, copyright and credit lines,
 * legal boilerplate, testimonials and "read also" blocks. A line-based reading in the spirit of
 * jusText (Pomikálek's boilerplate removal), since the DOM stays in the page: Readability would
 * have to run in the content script, whose budget it exceeds, or on a second parse of the page.
 */

/** A line with this many words is prose, unless it is boilerplate. */
const PROSE_WORDS = 7;
/** Short lines this close to prose are its headings and list items; further away, a menu. */
const NEAR = 2;

/** Lines that belong to the site, the law or another publisher, never to the organisation's offer. */
const BOILERPLATE =
  /cookie|traceurs|consentement|consent\b|©|\(c\) ?\d{4}|tous droits réservés|all rights reserved|mentions légales|politique de confidentialité|privacy policy|terms of (?:use|service)|conditions générales|propulsé par|powered by|site (?:réalisé|créé|conçu) par|(?:website|site) (?:made|designed|built) by|designed by|hébergé par|hébergeur|hosted by|partager sur|share on|suivez-nous|follow us/i;

/** Blocks that start what follows as someone else's words: a "read also" list, comments. */
const FOREIGN_HEADING =
  /^(?:à lire aussi|lire aussi|sur le même sujet|articles? similaires|related|you may also like|vous aimerez aussi|commentaires|comments|\d+ (?:commentaires|comments))\b/i;

/** A line opening with a quotation mark: a client's or the press's words, not the organisation's. */
const TESTIMONIAL = /^\s*[«“"„]/;

/** Whether text[from, to) holds PROSE_WORDS words, stopping as soon as it does. */
function isProse(text: string, from: number, to: number): boolean {
  let words = 0;
  let i = from;
  while (i < to && words < PROSE_WORDS) {
    const space = text.indexOf(' ', i);
    if (space < 0 || space >= to) return words + 1 >= PROSE_WORDS;
    if (space > i) words++;
    i = space + 1;
  }
  return words >= PROSE_WORDS;
}

/**
 * Which characters of a page's text are the organisation's own words. Lines are sorted into
 * prose, short and foreign once; the costlier boilerplate test runs only on the lines asked
 * about, which are the few where a phrase was found.
 */
export function ownWords(text: string): (offset: number) => boolean {
  const starts: number[] = [];
  for (let i = 0; i >= 0; i = text.indexOf('\n', i) + 1 || -1) starts.push(i);
  const n = starts.length;
  const end = (k: number) => (k + 1 < n ? starts[k + 1]! - 1 : text.length);
  // 1 prose, 0 short, -1 foreign.
  const cls = new Int8Array(n);
  let foreign = false;
  for (let k = 0; k < n; k++) {
    const line = text.slice(starts[k], Math.min(end(k), starts[k]! + 40));
    if (!foreign && FOREIGN_HEADING.test(line)) foreign = true;
    if (foreign || TESTIMONIAL.test(line)) cls[k] = -1;
    else cls[k] = isProse(text, starts[k]!, end(k)) ? 1 : 0;
  }
  const near = new Int32Array(n);
  for (let k = 0, d = NEAR + 1; k < n; k++)
    near[k] = d = cls[k] === 1 ? 0 : cls[k] ? NEAR + 1 : d + 1;
  for (let k = n - 1, d = NEAR + 1; k >= 0; k--) {
    d = cls[k] === 1 ? 0 : cls[k] ? NEAR + 1 : d + 1;
    if (d < near[k]!) near[k] = d;
  }
  const anyProse = cls.includes(1);
  const boilerplate = new Map<number, boolean>();
  return (offset) => {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    if (cls[lo] === -1 || (cls[lo] === 0 && anyProse && near[lo]! > NEAR)) return false;
    let b = boilerplate.get(lo);
    if (b === undefined)
      boilerplate.set(lo, (b = BOILERPLATE.test(text.slice(starts[lo], end(lo)))));
    return !b;
  };
}
