import { parseJsonLd } from '../jsonld';
import type { Extractor, TestCase } from './core/candidate';
import { mainNode, organisationCandidates, type Located } from './core/schema-org';
import type { SchemaNode } from './core/schema-vocabulary';

const MAX_NODES = 2000;

/**
 * Every node of the parsed blocks with the property it hangs from. Breadth-first and bounded,
 * so deep or cyclic input cannot hang us; `{ "@id": … }` references resolve to the full node.
 */
export function locateNodes(roots: unknown[]): Located[] {
  const byId = new Map<unknown, SchemaNode>();
  const queue: { item: unknown; key?: string; parentTypes: string[] }[] = roots.map((item) => ({
    item,
    parentTypes: [],
  }));
  const all: { node: SchemaNode; key?: string; parentTypes: string[] }[] = [];
  const seen = new Set<unknown>();
  while (queue.length > 0 && seen.size < MAX_NODES) {
    const { item, key, parentTypes } = queue.shift()!;
    if (item === null || typeof item !== 'object' || seen.has(item)) continue;
    seen.add(item);
    if (Array.isArray(item)) {
      for (const child of item) queue.push({ item: child, key, parentTypes });
      continue;
    }
    const node = item as SchemaNode;
    const id = node['@id'];
    if (typeof id === 'string' && Object.keys(node).length > 1)
      byId.set(id, { ...byId.get(id), ...node });
    all.push({ node, key: key === '@graph' ? undefined : key, parentTypes });
    const types = ([] as unknown[]).concat(node['@type'] ?? []).map(String);
    for (const [k, value] of Object.entries(node)) {
      if (value && typeof value === 'object')
        queue.push({ item: value, key: k, parentTypes: types });
    }
  }
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve);
    const id = value && typeof value === 'object' ? (value as SchemaNode)['@id'] : undefined;
    return typeof id === 'string' && Object.keys(value as object).length === 1
      ? (byId.get(id) ?? value)
      : value;
  };
  return all.map((f) => {
    const id = f.node['@id'];
    const full = typeof id === 'string' ? (byId.get(id) ?? f.node) : f.node;
    // Properties pointing at another node by "@id" (logo, founder, address) get that node.
    const node = Object.fromEntries(
      Object.entries(full).map(([k, v]) => [k, k === '@id' ? v : resolve(v)]),
    );
    return { ...f, node };
  });
}

/** JSON-LD blocks; a block with a syntax error is skipped, the others still count. */
export const jsonld: Extractor = {
  id: 'jsonld',
  extract(page) {
    const node = mainNode(locateNodes(parseJsonLd(page.found.jsonld)), page.url);
    return node ? organisationCandidates(node, 'jsonld', page) : [];
  },
};

/** Fixture pages where this source finds these fields (checked by tests/unit/extract). */
export const testCases: TestCase[] = [
  {
    page: 'sites/atelier-lumen/index.html',
    fields: [
      'address',
      'description',
      'email',
      'legalName',
      'logo',
      'name',
      'phone',
      'social',
      'website',
    ],
  },
  {
    page: 'sites/code-for-good/index.html',
    fields: ['address', 'keyword', 'kind', 'logo', 'name', 'person', 'website'],
  },
];
