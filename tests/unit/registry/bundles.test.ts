import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const TABLES = 'utils/registry/nomenclature.ts';

function resolveImport(from: string, spec: string): string | undefined {
  const base =
    spec.startsWith('@/') || spec.startsWith('~/')
      ? join(ROOT, spec.slice(2))
      : spec.startsWith('.')
        ? resolve(dirname(from), spec)
        : undefined;
  if (!base) return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Every file a module pulls in through static imports (type-only imports excluded). */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !/\.tsx?$/.test(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(
      /^(?:import|export)\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/gm,
    )) {
      const target = resolveImport(file, m[1]!);
      if (target) visit(target);
    }
  };
  visit(entry);
  return new Set([...seen].map((f) => relative(ROOT, f)));
}

const entries = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? entries(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

describe('the nomenclature tables stay out of small bundles', () => {
  it.each([
    ...entries('entrypoints/popup'),
    ...entries('entrypoints/sidepanel'),
    ...readdirSync('entrypoints')
      .filter((n) => n.includes('.content'))
      .map((n) => join('entrypoints', n)),
  ])('%s does not import them', (entry) => {
    expect(reachable(join(ROOT, entry))).not.toContain(TABLES);
  });

  it('the background and the CLI do', () => {
    expect(reachable(join(ROOT, 'entrypoints/background.ts'))).toContain(TABLES);
    expect(reachable(join(ROOT, 'utils/cli/registry.ts'))).toContain(TABLES);
  });
});
