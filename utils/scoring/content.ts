/**
 * The organisation's own words in a page's text (one line per block, as the content script
 * sends it): paragraphs, and the headings and list items beside them. Left out: runs of short
 * lines with no paragraph near (menus, link lists), cookie banners, copyright and credit lines,
 * legal boilerplate, testimonials and "read also" blocks. A line-based reading in the spirit of jusText
 * (Pomikálek's boilerplate removal), since the DOM stays in the page: Readability would have
 * to run in the content script, whose budget it exceeds, or on a second parse of the page.
 */

/** A line with this many words is prose, unless it is boilerplate. */
const PROSE_WORDS = 7;
/** Short lines this close to prose are its headings and list items; further away, a menu. */
const NEAR = 2;

/** Lines that belong to the site, the law or another publisher, never to the organisation's offer. */
const BOILERPLATE =
  /cookie|traceurs|consentement|consent\b|©|\(c\) ?\d{4}|tous droits réservés|all rights reserved|mentions légales|politique de confidentialité|privacy policy|terms of (?:use|service)|conditions générales|propulsé par|powered by|site (?:réalisé|créé|conçu) par|(?:website|site) (?:made|designed|built) by|designed by|hébergé par|hébergeur|hosted by|à lire aussi|lire aussi|articles? similaires|related (?:posts|articles)|you may also like|vous aimerez aussi|partager sur|share on|suivez-nous|follow us/i;

/** Blocks that start what follows as someone else's words: a "read also" list, comments. */
const FOREIGN_HEADING =
  /^(?:à lire aussi|lire aussi|sur le même sujet|articles? similaires|related|you may also like|commentaires|comments|\d+ (?:commentaires|comments))\b/i;

/** A line opening with a quotation mark: a client's or the press's words, not the organisation's. */
const TESTIMONIAL = /^\s*[«“"„]/;

const wordCount = (line: string) => {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = line.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
};

export interface PageParts {
  /** What the organisation says: matched against the persona's criteria. */
  own: string;
  /** The rest (menus, footers, banners): still read for the kind of organisation and its place. */
  rest: string;
}

/** Split a page's text into the organisation's own words and the rest; cheap on 200 KB. */
export function splitContent(text: string): PageParts {
  const lines = text.split('\n');
  // 1 prose, 0 short, -1 boilerplate.
  const cls = new Int8Array(lines.length);
  let foreign = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FOREIGN_HEADING.test(line)) foreign = true;
    if (foreign) cls[i] = -1;
    else if (BOILERPLATE.test(line) || TESTIMONIAL.test(line)) cls[i] = -1;
    else cls[i] = wordCount(line) >= PROSE_WORDS ? 1 : 0;
  }
  // Distance from each line to the nearest prose line, not crossing boilerplate.
  const near = new Int32Array(lines.length).fill(NEAR + 1);
  for (let i = 0, d = NEAR + 1; i < lines.length; i++) {
    d = cls[i] === 1 ? 0 : cls[i] === 0 ? d + 1 : NEAR + 1;
    near[i] = d;
  }
  for (let i = lines.length - 1, d = NEAR + 1; i >= 0; i--) {
    d = cls[i] === 1 ? 0 : cls[i] === 0 ? d + 1 : NEAR + 1;
    near[i] = Math.min(near[i]!, d);
  }
  const anyProse = cls.includes(1);
  const own: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const keep = cls[i] === 1 || (cls[i] === 0 && (!anyProse || near[i]! <= NEAR));
    (keep ? own : rest).push(lines[i]!);
  }
  return { own: own.join('\n'), rest: rest.join('\n') };
}
