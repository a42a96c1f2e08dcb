/**
 * `npm run new -- extractor NAME`: a new source of evidence, utils/extract/NAME.ts, registered in
 * utils/extract/index.ts, with a fixture page (tests/fixtures/sources/NAME.html) named in its
 * test cases. The source starts out reading `<meta name="NAME">` as keywords: edit it from there.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const camel = (name: string) => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

const source = (name: string, id: string) => `import { clean } from '../text';
import { snippet, type Candidate, type Extractor, type TestCase } from './core/candidate';

/** <meta name="${name}"> contents, as keywords: replace with what this source reads. */
export const ${id}: Extractor = {
  id: '${name}',
  extract(page) {
    const out: Candidate[] = [];
    for (const content of page.found.meta.get('${name}') ?? []) {
      const value = clean(content, 80);
      if (value)
        out.push({
          field: 'keyword',
          value,
          source: 'meta',
          confidence: 0.5,
          snippet: snippet(content),
        });
    }
    return out;
  },
};

/** Fixture pages where this source finds these fields (checked by tests/unit/extract). */
export const testCases: TestCase[] = [{ page: 'sources/${name}.html', fields: ['keyword'] }];
`;

const fixture = (name: string) => `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <title>Exemple pour ${name}</title>
    <meta name="${name}" content="exemple" />
  </head>
  <body>
    <h1>Exemple pour ${name}</h1>
  </body>
</html>
`;

/** The registry with `id` imported from `./name` and listed last in EXTRACTORS. */
function register(index: string, name: string, id: string): string {
  const imports = [...index.matchAll(/^import .* from '\.\/[^']+';$/gm)];
  const last = imports[imports.length - 1];
  const list = /export const EXTRACTORS[^=]*= \[\n[\s\S]*?\n\];/.exec(index);
  if (!last || !list) throw new Error('utils/extract/index.ts has no EXTRACTORS list to add to');
  const at = last.index + last[0].length;
  const withList = index.replace(list[0], list[0].replace(/\n\];$/, `\n  ${id},\n];`));
  return `${withList.slice(0, at)}\nimport { ${id} } from './${name}';${withList.slice(at)}`;
}

export function scaffold(name: string, root: string): string[] {
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(name) || name === 'index' || name === 'core')
    throw new Error(`"${name}" is not a source name: lower-case words joined by "-"`);
  const id = camel(name);
  const files = {
    [`utils/extract/${name}.ts`]: source(name, id),
    [`tests/fixtures/sources/${name}.html`]: fixture(name),
  };
  for (const path of Object.keys(files))
    if (existsSync(join(root, path))) throw new Error(`${path} already exists`);
  const indexPath = 'utils/extract/index.ts';
  const index = register(readFileSync(join(root, indexPath), 'utf8'), name, id);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  writeFileSync(join(root, indexPath), index);
  return [...Object.keys(files), indexPath];
}
