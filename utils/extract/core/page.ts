import { clean } from '../../text';
import { labelledLines, markForeign, CREDIT_LEAD } from './foreign';
import { BLOCK, INVISIBLE, inlineText } from './page-text';
import { declaredLanguage, guessLanguage, regionOf } from './region';

/** How much visible text one page may contribute: a 5 MB page must stay cheap to read. */
export const TEXT_CAP = 150_000;
const LINK_CAP = 3000;
const TAIL_CAP = 20_000;
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
  /** Offset in its block's raw text, to find its line when the block is split. */
  at: number;
  foreign: boolean;
}

/** Elements the extractors look at, gathered in the same pass (querying a huge page is slow). */
export interface Found {
  title: string;
  /** <meta> contents by lower-cased name, property or http-equiv, in document order. */
  meta: Map<string, string[]>;
  /** <link> elements' rel (lower-cased) and href. */
  headLinks: { rel: string; href: string }[];
  jsonld: string[];
  itemscopes: Element[];
  hcards: Element[];
  addresses: Element[];
  cfemails: string[];
  h1?: string;
  /** <img> in a header or named like a logo. */
  logos: { src: string; hint: string; alt: string }[];
}

/** What every extractor reads: the document plus one bounded pass over it. */
export interface Page {
  doc: Document;
  url: URL;
  found: Found;
  blocks: Block[];
  /** Visible text of the blocks about the organisation itself, one block a line. */
  text: string;
  links: Link[];
  /** True when the page was longer than TEXT_CAP and only its start was read. */
  truncated: boolean;
  /** Primary language subtag (fr, en): the markup's, unless the text is plainly in another. */
  lang?: string;
  /** True when `lang` is the one the markup declares. */
  langDeclared: boolean;
  /** ISO country used to read national phone numbers and 4-digit postcodes. */
  region: string;
}

/** What the extractors leave out besides what nobody sees: code samples, form inputs, media. */
const SKIP = new Set([
  ...INVISIBLE,
  ...'CODE PRE KBD SAMP TEXTAREA SELECT CANVAS VIDEO AUDIO HEAD'.split(' '),
]);
const HEADING = /^H[1-6]$/;

/** One bounded walk over the body: visible text by block, and every link with its context. */
export function readPage(doc: Document, url: URL): Page {
  const blocks: Block[] = [];
  const links: Link[] = [];
  let buffer = '';
  let heading = false;
  let total = 0;
  let truncated = false;
  let inBody = false;
  let inHeader = 0;
  const found: Found = {
    title: '',
    meta: new Map(),
    headLinks: [],
    jsonld: [],
    itemscopes: [],
    hcards: [],
    addresses: [],
    cfemails: [],
    logos: [],
  };

  /** Record what the extractors need from one element; false when its content is skipped. */
  const note = (el: Element, tag: string): boolean => {
    switch (tag) {
      case 'META': {
        const key = (
          el.getAttribute('name') ||
          el.getAttribute('property') ||
          el.getAttribute('http-equiv') ||
          ''
        ).toLowerCase();
        const content = el.getAttribute('content');
        if (key && content && found.meta.size < 500)
          found.meta.set(key, [...(found.meta.get(key) ?? []), content.slice(0, 5000)]);
        return false;
      }
      case 'LINK':
        if (found.headLinks.length < 200)
          found.headLinks.push({
            rel: (el.getAttribute('rel') ?? '').toLowerCase(),
            href: el.getAttribute('href') ?? '',
          });
        return false;
      case 'TITLE':
        if (!found.title) found.title = clean(el.textContent, 500);
        return false;
      case 'SCRIPT':
        if (
          /^\s*application\/ld\+json\s*$/i.test(el.getAttribute('type') ?? '') &&
          found.jsonld.length < 50
        )
          found.jsonld.push((el.textContent ?? '').slice(0, 500_000));
        return false;
      case 'ADDRESS':
        if (found.addresses.length < 20) found.addresses.push(el);
        break;
      case 'H1':
        found.h1 ??= inlineText(el, 300);
        break;
      case 'HEADER':
        inHeader++;
        break;
      case 'IMG': {
        const hint = `${el.getAttribute('class')} ${el.getAttribute('id')} ${el.getAttribute('alt')} ${el.getAttribute('src')} ${el.parentElement?.getAttribute('class')} home:${el.parentElement?.nodeName === 'A' ? el.parentElement.getAttribute('href') : ''}`;
        const src = el.getAttribute('src');
        if (src && (inHeader > 0 || /logo/i.test(hint)) && found.logos.length < 20)
          found.logos.push({ src, hint, alt: clean(el.getAttribute('alt'), 200) });
        break;
      }
    }
    if (
      el.hasAttribute('itemscope') &&
      !el.hasAttribute('itemprop') &&
      found.itemscopes.length < 100
    )
      found.itemscopes.push(el);
    const cls = el.getAttribute('class');
    if (cls && /(?:^|\s)(?:h-card|vcard)(?:\s|$)/.test(cls) && found.hcards.length < 50)
      found.hcards.push(el);
    const cf = el.getAttribute('data-cfemail');
    if (cf && found.cfemails.length < 50) found.cfemails.push(cf);
    return true;
  };

  const flush = () => {
    const lines: { text: string; at: number }[] = [];
    let at = 0;
    for (const raw of buffer.split('\n')) {
      const text = clean(raw);
      if (text) lines.push({ text, at });
      at += raw.length + 1;
    }
    buffer = '';
    if (!lines.length) return;
    const base = blocks.length;
    if (!labelledLines(lines.map((l) => l.text))) {
      blocks.push({ text: lines.map((l) => l.text).join('\n'), heading, foreign: false });
      return;
    }
    // "Propriétaire : …<br>Hébergeur : …": each labelled line is its own block, links with it.
    for (const line of lines) blocks.push({ text: line.text, heading, foreign: false });
    for (let i = links.length - 1; i >= 0 && links[i]!.block === base; i--) {
      const link = links[i]!;
      link.block =
        base +
        Math.max(
          0,
          lines.findLastIndex((l) => l.at <= link.at),
        );
    }
  };

  const visit = (node: Node, depth: number): void => {
    if (truncated) return;
    if (node.nodeType === 3) {
      if (!inBody) return;
      const value = node.nodeValue ?? '';
      total += value.length;
      if (total > TEXT_CAP) truncated = true;
      // Line breaks in the source are spaces; only <br> and blocks break lines.
      buffer += value.replace(/[\r\n]+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 || depth > DEPTH_CAP) return;
    const el = node as Element;
    const tag = el.nodeName.toUpperCase();
    if (!note(el, tag)) return;
    if (tag === 'BODY') inBody = true;
    if (
      (SKIP.has(tag) && tag !== 'HEAD') ||
      el.hasAttribute('hidden') ||
      el.getAttribute('aria-hidden') === 'true'
    )
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
        text: inlineText(el, 200),
        rel: (el.getAttribute('rel') ?? '').toLowerCase(),
        label: clean(el.getAttribute('aria-label') || el.getAttribute('title'), 200),
        lead: clean(buffer.slice(-80)),
        block: blocks.length,
        at: buffer.length,
        foreign: false,
      });
    }
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child, depth + 1);
    if (isBlock) flush();
    heading = wasHeading;
    if (tag === 'HEADER') inHeader--;
  };

  if (doc.documentElement) visit(doc.documentElement, 0);
  flush();
  // A page cut short still has its footer read: that is where contact and legal details live.
  const tail = truncated ? footerOf(doc) : undefined;
  if (tail) {
    truncated = false;
    total = TEXT_CAP - TAIL_CAP;
    visit(tail, 0);
    flush();
    truncated = true;
  }
  markForeign(blocks, url.hostname);
  for (const link of links) {
    link.foreign = (blocks[link.block]?.foreign ?? false) || CREDIT_LEAD.test(link.lead);
  }
  const text = blocks
    .filter((b) => !b.foreign)
    .map((b) => b.text)
    .join('\n');
  const declared = declaredLanguage(doc, found);
  const spoken = guessLanguage(text);
  // The guess tells French from English only: it overrules a declaration of one of those.
  const langDeclared =
    !!declared && (!spoken || !/^(?:fr|en)\b/.test(declared) || declared.startsWith(spoken));
  const lang = langDeclared ? declared : spoken;
  return {
    doc,
    url,
    found,
    blocks,
    text,
    links,
    truncated,
    lang: lang?.split('-')[0],
    langDeclared,
    region: regionOf(url, lang, text),
  };
}

/** The page's footer: the last body child, or its last child, that looks like one. */
function footerOf(doc: Document): Element | undefined {
  const last = doc.body?.lastElementChild ?? undefined;
  const candidates = [last, last?.lastElementChild ?? undefined].filter((e): e is Element => !!e);
  const looksLike = (e: Element) =>
    e.nodeName.toUpperCase() === 'FOOTER' ||
    e.getAttribute('role') === 'contentinfo' ||
    /footer/i.test(`${e.getAttribute('id')} ${e.getAttribute('class')}`);
  return candidates.find(looksLike);
}
