import type { Extractor, TestCase } from './core/candidate';
import { visibleText } from './core/page-text';
import { mainNode, organisationCandidates, type Located } from './core/schema-org';
import type { SchemaNode } from './core/schema-vocabulary';

const MAX_ITEMS = 500;
/** The longest text value read: a description, not a whole article marked up as one. */
const TEXT_CAP = 5000;

/** The value of one itemprop element, per the HTML microdata rules. */
function propValue(el: Element): string {
  const tag = el.nodeName.toUpperCase();
  if (el.hasAttribute('content')) return el.getAttribute('content') ?? '';
  if (tag === 'A' || tag === 'LINK' || tag === 'AREA') return el.getAttribute('href') ?? '';
  if (tag === 'IMG' || tag === 'SOURCE' || tag === 'AUDIO' || tag === 'VIDEO' || tag === 'IFRAME')
    return el.getAttribute('src') ?? '';
  if (tag === 'META') return el.getAttribute('content') ?? '';
  if (tag === 'TIME') return el.getAttribute('datetime') ?? visibleText(el, TEXT_CAP).text;
  if (tag === 'DATA' || tag === 'METER') return el.getAttribute('value') ?? '';
  return visibleText(el, TEXT_CAP).text;
}

/** The itemprop elements that belong to `scope` (not to a nested item). */
function ownProps(scope: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element, depth: number) => {
    if (depth > 60 || out.length > 300) return;
    for (const child of el.children) {
      if (child.hasAttribute('itemprop')) out.push(child);
      if (!child.hasAttribute('itemscope')) walk(child, depth + 1);
    }
  };
  walk(scope, 0);
  return out;
}

function toNode(scope: Element, depth: number, found: Located[], key?: string): SchemaNode {
  const node: SchemaNode = {
    '@type': (scope.getAttribute('itemtype') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((t) => t.replace(/^https?:\/\/schema\.org\//, '')),
  };
  if (found.length > MAX_ITEMS) return node;
  found.push({ node, key, parentTypes: [] });
  for (const el of ownProps(scope)) {
    const value: unknown =
      el.hasAttribute('itemscope') && depth < 10
        ? toNode(el, depth + 1, found, el.getAttribute('itemprop') ?? undefined)
        : propValue(el);
    for (const name of (el.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean)) {
      const prev = node[name];
      node[name] = prev === undefined ? value : ([] as unknown[]).concat(prev, value);
    }
  }
  return node;
}

/** schema.org microdata (itemscope/itemtype/itemprop). */
export const microdata: Extractor = {
  id: 'microdata',
  extract(page) {
    const found: Located[] = [];
    for (const scope of page.found.itemscopes) {
      if (found.length > MAX_ITEMS) break;
      toNode(scope, 0, found);
    }
    const node = mainNode(found, page.url);
    return node ? organisationCandidates(node, 'microdata', page) : [];
  },
};

/** Fixture pages where this source finds these fields (checked by tests/unit/extract). */
export const testCases: TestCase[] = [
  {
    page: 'sites/cabinet-durand-avocats/index.html',
    fields: ['address', 'description', 'email', 'logo', 'name', 'phone', 'website'],
  },
];
