import { absoluteUrl, clean, type Candidate, type Extractor } from './candidate';

const ORGANISATION_TYPES = /Organization|LocalBusiness|Corporation|NGO|Store|Agency|Service/i;
const MAX_NODES = 2000;

/** Walk parsed JSON-LD breadth-first, bounded, so deep or cyclic input cannot hang us. */
function nodes(root: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const queue: unknown[] = [root];
  const seen = new Set<unknown>();
  while (queue.length > 0 && seen.size < MAX_NODES) {
    const item = queue.shift();
    if (item === null || typeof item !== 'object' || seen.has(item)) continue;
    seen.add(item);
    if (Array.isArray(item)) {
      queue.push(...item);
      continue;
    }
    const node = item as Record<string, unknown>;
    out.push(node);
    for (const value of Object.values(node)) if (typeof value === 'object') queue.push(value);
  }
  return out;
}

const types = (node: Record<string, unknown>): string[] =>
  ([] as unknown[]).concat(node['@type'] ?? []).filter((t): t is string => typeof t === 'string');

const str = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'url' in value && typeof value.url === 'string')
    return value.url;
  return undefined;
};

export const jsonld: Extractor = {
  id: 'jsonld',
  extract(doc, url) {
    const candidates: Candidate[] = [];
    for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(script.textContent ?? '');
      } catch {
        continue; // a broken block is skipped; the others still count
      }
      for (const node of nodes(parsed)) {
        if (!types(node).some((t) => ORGANISATION_TYPES.test(t))) continue;
        const push = (field: Candidate['field'], value: string | undefined, confidence: number) => {
          const v =
            field === 'logo' || field === 'website' ? absoluteUrl(value, url) : clean(value);
          if (v)
            candidates.push({
              field,
              value: v,
              source: 'jsonld',
              confidence,
              snippet: clean(value, 200),
            });
        };
        push('name', str(node.name), 0.9);
        push('legalName', str(node.legalName), 0.9);
        push('description', str(node.description), 0.8);
        push('website', str(node.url), 0.85);
        push('logo', str(node.logo) ?? str(node.image), 0.8);
      }
    }
    return candidates;
  },
};
