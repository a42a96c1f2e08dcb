import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Files of utils/sites/ that are not sites: the registry and the code the readers share. */
export const SUPPORT = [
  'adapter.ts',
  'dom.ts',
  'ids.ts',
  'index.ts',
  'positions.ts',
  'selectors.ts',
  'site.ts',
  'to-draft.ts',
];

interface SiteFile {
  site?: { id?: unknown };
  read?: unknown;
  testCases?: unknown;
}

/** What is wrong with the sites room under `root`: each line one problem, none when it is sound. */
export async function siteLayoutProblems(root: string): Promise<string[]> {
  const dir = resolve(root, 'utils/sites');
  const load = (file: string) => import(pathToFileURL(join(dir, file)).href);
  const { SITES } = (await load('index.ts')) as { SITES: readonly { id: string }[] };
  const ids = SITES.map((s) => s.id);
  const problems = ids
    .filter((id, i) => ids.indexOf(id) !== i)
    .map((id) => `${id} is registered twice`);
  const files = readdirSync(dir).filter((f) => !SUPPORT.includes(f));
  for (const file of files) {
    const name = file.replace(/\.ts$/, '');
    const mod = (await load(file)) as SiteFile;
    if (mod.site?.id !== name) problems.push(`${file} does not declare the site ${name}`);
    if (typeof mod.read !== 'function') problems.push(`${file} has no reader`);
    if (!Array.isArray(mod.testCases) || mod.testCases.length === 0)
      problems.push(`${file} names no test cases`);
    if (!SITES.includes(mod.site as { id: string })) problems.push(`${file} is not registered`);
  }
  const names = files.map((f) => f.replace(/\.ts$/, ''));
  for (const id of ids) if (!names.includes(id)) problems.push(`${id} has no file of its own`);
  return problems;
}
