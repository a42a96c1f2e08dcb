import { clean } from './candidate';

/** How much visible text one page may contribute: a 5 MB page must stay cheap to read. */
export const TEXT_CAP = 150_000;
const LINK_CAP = 3000;
const DEPTH_CAP = 200;

/** A paragraph-like run of visible text (a <br> inside it becomes a newline). */
export interface Block {
  text: string;
  heading: boolean;
  /** Text about someone else: the host, the web agency, the CMS ("Hébergeur : OVH…"). */
  foreign: boolean;
}

export interface Link {
  href: string;
  text: string;
  rel: string;
  /** title / aria-label, which icon-only links rely on. */
  label: string;
  /** The text just before the link in its block ("Site réalisé par"). */
  lead: string;
  block: number;
  foreign: boolean;
}

/** What every extractor reads: the document plus one bounded pass over its visible text. */
export interface Page {
  doc: Document;
  url: URL;
  blocks: Block[];
  /** Visible text of the blocks about the organisation itself, one block a line. */
  text: string;
  links: Link[];
  /** True when the page was longer than TEXT_CAP and only its start was read. */
  truncated: boolean;
  /** Primary language subtag from the markup (fr, en), if declared. */
  lang?: string;
  /** ISO country used to read national phone numbers and 4-digit postcodes. */
  region: string;
}

const SKIP = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG CODE PRE KBD SAMP TEXTAREA SELECT IFRAME OBJECT CANVAS VIDEO AUDIO HEAD'.split(
    ' ',
  ),
);
const BLOCK = new Set(
  'P DIV SECTION ARTICLE HEADER FOOTER NAV ASIDE MAIN ADDRESS LI UL OL DL DT DD TABLE TR TD TH BLOCKQUOTE FIGURE FIGCAPTION FORM FIELDSET HR H1 H2 H3 H4 H5 H6 BODY'.split(
    ' ',
  ),
);
const HEADING = /^H[1-6]$/;

/** Labels that introduce text about another organisation than the site's own. */
export const FOREIGN_LABEL =
  /^(?:[^\p{L}]*)(?:h[ée]bergement|h[ée]bergeur|h[ée]berg[ée] par|(?:web )?host(?:ing)?(?: provider)?\b|hosted by|cr[ée]dits?\b|conception(?: et r[ée]alisation)?|r[ée]alisation\b|(?:site|website)(?: web| internet)? (?:r[ée]alis[ée]|con[çc]u|cr[ée][ée]|d[ée]velopp[ée]|designed|built|made)|(?:web ?)?design(?:ed)? by|made by|developed by|propuls[ée] par|powered by|th[èe]me\b|theme by)/iu;
export const CREDIT_LEAD =
  /(?:powered by|propuls[ée] par|r[ée]alis[ée] par|con[çc]u par|cr[ée][ée] par|d[ée]velopp[ée] par|design(?:ed)? by|made by|built by|developed by|theme by|th[èe]me|site par|agence|h[ée]berg[ée] par|hosted by|h[ée]bergeur|webdesign)\W{0,5}$/i;

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
const LANG_REGION: Record<string, string> = {
  fr: 'FR',
  en: 'US',
  de: 'DE',
  nl: 'NL',
  it: 'IT',
  es: 'ES',
};

function declaredLanguage(doc: Document): string | undefined {
  const raw =
    doc.documentElement?.getAttribute('lang') ||
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ||
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content') ||
    '';
  const match = /^\s*([a-z]{2,3})(?:[-_]([a-z]{2}))?\b/i.exec(raw);
  return match
    ? `${match[1]!.toLowerCase()}${match[2] ? '-' + match[2].toUpperCase() : ''}`
    : undefined;
}

/** Default country: the country-code TLD, else the language's region, else France. */
function regionOf(url: URL, lang: string | undefined): string {
  const tld = url.hostname.split('.').pop() ?? '';
  const fromLang = lang?.split('-')[1];
  return TLD_REGION[tld] ?? fromLang ?? LANG_REGION[lang?.split('-')[0] ?? ''] ?? 'FR';
}

/** One bounded walk over the body: visible text by block, and every link with its context. */
export function readPage(doc: Document, url: URL): Page {
  const blocks: Block[] = [];
  const links: Link[] = [];
  let buffer = '';
  let heading = false;
  let total = 0;
  let truncated = false;

  const flush = () => {
    const text = buffer
      .split('\n')
      .map((l) => clean(l))
      .filter(Boolean)
      .join('\n');
    if (text) blocks.push({ text, heading, foreign: false });
    buffer = '';
  };

  const visit = (node: Node, depth: number): void => {
    if (truncated) return;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      total += value.length;
      if (total > TEXT_CAP) truncated = true;
      buffer += value;
      return;
    }
    if (node.nodeType !== 1 || depth > DEPTH_CAP) return;
    const el = node as Element;
    const tag = el.nodeName.toUpperCase();
    if (SKIP.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true')
      return;
    if (tag === 'BR') {
      buffer += '\n';
      return;
    }
    const isBlock = BLOCK.has(tag);
    if (isBlock) flush();
    const wasHeading = heading;
    if (HEADING.test(tag)) heading = true;
    if ((tag === 'A' || tag === 'AREA') && el.hasAttribute('href') && links.length < LINK_CAP) {
      links.push({
        href: el.getAttribute('href') ?? '',
        text: clean(el.textContent, 200),
        rel: (el.getAttribute('rel') ?? '').toLowerCase(),
        label: clean(el.getAttribute('aria-label') || el.getAttribute('title'), 200),
        lead: clean(buffer.slice(-80)),
        block: blocks.length,
        foreign: false,
      });
    }
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child, depth + 1);
    if (isBlock) flush();
    heading = wasHeading;
  };

  if (doc.body) visit(doc.body, 0);
  flush();
  markForeign(blocks);
  for (const link of links) {
    link.foreign = (blocks[link.block]?.foreign ?? false) || CREDIT_LEAD.test(link.lead);
  }
  const lang = declaredLanguage(doc);
  return {
    doc,
    url,
    blocks,
    text: blocks
      .filter((b) => !b.foreign)
      .map((b) => b.text)
      .join('\n'),
    links,
    truncated,
    lang: lang?.split('-')[0],
    region: regionOf(url, lang),
  };
}

/**
 * A block that starts with a hosting/credit label is foreign; a heading or a bare label with
 * such text makes the following blocks foreign, up to the next heading (at most 4 for a label).
 */
function markForeign(blocks: Block[]): void {
  let zone = 0;
  for (const block of blocks) {
    const labelled = FOREIGN_LABEL.test(block.text);
    if (block.heading) {
      zone = labelled ? Infinity : 0;
      block.foreign = labelled;
      continue;
    }
    if (labelled) {
      block.foreign = true;
      if (block.text.length <= 40) zone = 4;
      continue;
    }
    if (zone > 0) {
      block.foreign = true;
      zone--;
    }
  }
}
