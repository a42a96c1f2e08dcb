import { parseJsonLd, topLevelNodes } from '../jsonld';
import { clean as cleanText, fold } from '../text';
import { BLOCK_TAGS, PATTERNS, SELECTORS, SKIP, TAB_NAMES } from './selectors';
import type { LabelKey, SiteLabels } from './site';

/** Collapse whitespace (including the narrow no-break spaces of French numbers) and cap. */
export const clean = (text: string | null | undefined, max = 500) => cleanText(text, max);

/** Text for comparisons: lower case, no accents, straight apostrophes, single spaces. */
export function norm(text: string | null | undefined): string {
  return fold(clean(text, 2000)).replace(/[’‘`]/g, "'");
}

/** A field's labels on a site, whichever language its interface shows. */
const labelsOf = (labels: SiteLabels, key: LabelKey): readonly string[] => [
  ...(labels.fr[key] ?? []),
  ...(labels.en[key] ?? []),
];

const inList = (labels: readonly string[], text: string) =>
  labels.includes(norm(text).replace(/\s*:$/, ''));

/** Is this text one of the site's labels for the field (a trailing colon is tolerated)? */
export function isLabel(labels: SiteLabels, key: LabelKey, text: string): boolean {
  return inList(labelsOf(labels, key), text);
}

export function startsWithLabel(labels: SiteLabels, key: LabelKey, text: string): boolean {
  const n = norm(text);
  return labelsOf(labels, key).some((l) => n.startsWith(l));
}

/** The text a user sees in an element: skipped subtrees left out. */
export function visibleText(el: Element, max = 500, skip = SKIP): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      // A line break separates words as a space does ("Lyon<br>France").
      else if (child.nodeName.toUpperCase() === 'BR') parts.push(' ');
      else if (child.nodeType === 1 && !(child as Element).matches(skip)) {
        const block = BLOCK_TAGS.has((child as Element).tagName);
        if (block) parts.push(' ');
        walk(child);
        if (block) parts.push(' ');
      }
    }
  };
  walk(el);
  return clean(parts.join(''), max);
}

export function mainOf(doc: Document): Element | null {
  for (const selector of SELECTORS.main) {
    const found = doc.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** The profile's name heading, inside the main landmark. */
export function nameHeading(doc: Document): Element | null {
  const main = mainOf(doc);
  const heading = (main ?? doc).querySelector(SELECTORS.name);
  return heading && visibleText(heading) ? heading : null;
}

export interface Block {
  el: Element;
  text: string;
}

const hasBlockChild = (el: Element) =>
  Array.from(el.children).some((c) => BLOCK_TAGS.has(c.tagName) && !c.matches(SKIP));

/**
 * The lines of text after the name in its top card, in reading order: innermost block elements
 * with visible text, up to the next heading. Consecutive duplicates (visible copy + screen-reader
 * copy) are merged.
 */
export function linesAfter(heading: Element, limit = 20): Block[] {
  const card = heading.parentElement?.closest(SELECTORS.topCard) ?? heading.ownerDocument.body;
  if (!card) return [];
  const lines: Block[] = [];
  let seen = false;
  for (const el of Array.from(card.querySelectorAll('*'))) {
    if (el === heading) {
      seen = true;
      continue;
    }
    if (!seen || heading.contains(el)) continue;
    if (el.matches(SELECTORS.nextHeading)) break;
    if (!BLOCK_TAGS.has(el.tagName) || hasBlockChild(el) || el.closest(SKIP)) continue;
    const text = visibleText(el);
    if (!text || lines.at(-1)?.text === text) continue;
    lines.push({ el, text });
    if (lines.length >= limit) break;
  }
  return lines;
}

/**
 * Label → value element pairs of the page's definition lists and two-column tables
 * ("Secteur" → "Design graphique"). Only the first value of a label is kept.
 */
export function definitions(root: ParentNode): Map<string, Element> {
  const found = new Map<string, Element>();
  for (const term of Array.from(root.querySelectorAll('dt, th'))) {
    let value = term.nextElementSibling;
    if (term.tagName === 'DT')
      while (value && value.tagName !== 'DD') value = value.nextElementSibling;
    else if (value?.tagName !== 'TD') value = null;
    const label = norm(visibleText(term)).replace(/\s*:$/, '');
    if (value && label && !found.has(label)) found.set(label, value);
  }
  return found;
}

/** The value shown beside any of the site's labels for a field. */
export function definition(
  defs: Map<string, Element>,
  labels: SiteLabels,
  key: LabelKey,
): Element | undefined {
  for (const label of labelsOf(labels, key)) {
    const value = defs.get(label);
    if (value) return value;
  }
  return undefined;
}

export function metaContent(doc: Document, property: string): string {
  return clean(
    doc
      .querySelector(`meta[property="${property}"], meta[name="${property}"]`)
      ?.getAttribute('content'),
    1000,
  );
}

/** "1 234 abonnés" → 1234, "12K followers" → 12000, "1,2 k abonnés" → 1200. */
export function parseFollowers(text: string): number | undefined {
  const match = PATTERNS.followers.exec(norm(text));
  if (!match) return undefined;
  const [, digits = '', unit] = match;
  const compact = digits.replace(/\s/g, '');
  let value: number;
  if (unit) {
    value = Number(compact.replace(',', '.')) * (unit === 'k' ? 1_000 : 1_000_000);
  } else {
    value = Number(compact.replace(/[.,]/g, ''));
  }
  return Number.isFinite(value) ? Math.round(value) : undefined;
}

function followersIn(text: string | undefined) {
  const n = norm(text);
  const at = n.search(/\d[\d\s.,]*\s*[km]?\s*(?:abonnes|followers?)\b/);
  if (at < 0) return undefined;
  const value = parseFollowers(n.slice(at));
  return value === undefined
    ? undefined
    : { value, rounded: PATTERNS.followers.exec(n.slice(at))![2] !== undefined };
}

/** The followers count anywhere in a text: "Atelier Lumen | 1 234 abonnés sur LinkedIn". */
export const findFollowers = (text: string) => followersIn(text)?.value;

/** The first exact count among the texts ("3 243 580 abonnés"), else the first rounded ("12 k"). */
export function preciseFollowers(texts: readonly (string | undefined)[]): number | undefined {
  const found = texts.map(followersIn).filter((f) => f !== undefined);
  return (found.find((f) => !f.rounded) ?? found[0])?.value;
}

/** A company size as shown, its range alone: "11-50 employés12 membres associés" → "11-50 employés". */
export const sizeOf = (text: string | undefined) =>
  text ? (PATTERNS.sizeValue.exec(text)?.[0].trim() ?? text) : undefined;

/** JSON-LD objects of the page (top level and @graph), ignoring what does not parse. */
export function jsonLdItems(doc: Document): Record<string, unknown>[] {
  const blocks = Array.from(doc.querySelectorAll(SELECTORS.jsonLd), (s) => s.textContent ?? '');
  return topLevelNodes(parseJsonLd(blocks));
}

/** A string property of a JSON-LD object, or of its nested `name`. */
export function ldText(value: unknown): string {
  if (typeof value === 'string') return clean(value);
  if (value && typeof value === 'object' && 'name' in value) return ldText(value.name);
  return '';
}

/** "(3) Atelier Lumen : Présentation | LinkedIn" → "Atelier Lumen". */
export function titleName(title: string): string {
  let name = clean(title, 300).replace(PATTERNS.titleCount, '').replace(PATTERNS.titleSite, '');
  const colon = name.lastIndexOf(':');
  if (colon > 0 && inList(TAB_NAMES, name.slice(colon + 1))) name = name.slice(0, colon);
  return name.trim();
}

/** An http(s) address outside the site itself, or undefined. */
export function externalUrl(
  href: string | null | undefined,
  base: URL,
  siteHost: RegExp,
): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (siteHost.test(url.hostname)) return undefined;
    return url.href.slice(0, 2048);
  } catch {
    return undefined;
  }
}
