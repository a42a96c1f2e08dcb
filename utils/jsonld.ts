/** The one JSON-LD reader, for extraction and the site adapters alike. */

/** Parsed JSON-LD blocks; a block with a syntax error is skipped, the others still count. */
export function parseJsonLd(blocks: Iterable<string>): unknown[] {
  const roots: unknown[] = [];
  for (const block of blocks) {
    try {
      roots.push(JSON.parse(block.trim().replace(/^<!--|-->$/g, '')));
    } catch {
      // A broken block on the page is not our business: use the others.
    }
  }
  return roots;
}

/** The objects at the top of the blocks (a list's items, a @graph's members). */
export const topLevelNodes = (roots: unknown[]) =>
  roots.flat().flatMap((item): Record<string, unknown>[] => {
    if (!item || typeof item !== 'object') return [];
    const graph = (item as { '@graph'?: unknown })['@graph'];
    return Array.isArray(graph)
      ? graph.filter((g) => g && typeof g === 'object')
      : [item as Record<string, unknown>];
  });
