/**
 * `npm run new -- <kind> NAME`: adds a site, a source of evidence, a CSV preset… Each kind is a
 * module in tests/tools/new/ (its file name is the kind) exporting
 * `scaffold(name, root): string[]`, which writes the new files, registers them where needed
 * and returns the paths written, relative to root, the one to edit first.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Kind {
  scaffold(name: string, root: string): string[];
}

interface Options {
  kindsDir: string;
  root: string;
  out?(line: string): void;
  err?(line: string): void;
}

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** Where a new name must not already be taken, by a file or a folder (any extension). */
const ROOMS = ['utils', 'tests/fixtures'];

function kinds(kindsDir: string): string[] {
  if (!existsSync(kindsDir)) return [];
  return readdirSync(kindsDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts'))
    .map((f) => basename(f, '.ts'))
    .sort();
}

/** The first file or folder under `dir` named `name` (extension aside), relative to root. */
function taken(root: string, dir: string, name: string): string | undefined {
  const path = join(root, dir);
  if (!existsSync(path)) return undefined;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(dir, entry.name);
    if (basename(entry.name, extname(entry.name)) === name) return child;
    if (entry.isDirectory()) {
      const found = taken(root, child, name);
      if (found) return found;
    }
  }
  return undefined;
}

/** Runs the command; returns the process exit code. */
export async function run(args: string[], options: Options): Promise<number> {
  const { kindsDir, root, out = console.log, err = console.error } = options;
  const known = kinds(kindsDir);
  const usage = `Usage: npm run new -- <kind> NAME, where <kind> is one of: ${known.join(', ') || '(none yet)'}.`;
  const [kind, name, ...rest] = args;
  if (!kind || !known.includes(kind)) {
    err(kind ? `Unknown kind "${kind}". ${usage}` : usage);
    return 1;
  }
  if (!name || rest.length > 0) {
    err(usage);
    return 1;
  }
  if (!NAME.test(name)) {
    err(`"${name}" is not a kebab-case name (lower-case letters and digits, "-" between words).`);
    return 1;
  }
  for (const room of ROOMS) {
    const existing = taken(root, room, name);
    if (existing) {
      err(`"${name}" is taken: ${existing} exists. Choose another name.`);
      return 1;
    }
  }
  const module = (await import(pathToFileURL(join(kindsDir, `${kind}.ts`)).href)) as Partial<Kind>;
  if (typeof module.scaffold !== 'function') {
    err(`${relative(root, join(kindsDir, kind))}.ts exports no scaffold(name, root).`);
    return 1;
  }
  let written: string[];
  try {
    written = module.scaffold(name, root);
  } catch (error) {
    err(`Could not add ${kind} "${name}": ${error instanceof Error ? error.message : error}`);
    return 1;
  }
  out(`Added ${kind} "${name}":`);
  for (const file of written) out(`  ${file}`);
  if (written[0]) out(`Next: edit ${written[0]}, then run \`npx vitest run\`.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const here = dirname(fileURLToPath(import.meta.url));
  process.exitCode = await run(process.argv.slice(2), {
    kindsDir: join(here, 'new'),
    root: process.cwd(),
  });
}
