/**
 * The rules of utils/extract, as functions of a project root so that they also judge a scaffolded
 * copy: every file beside index.ts is one source of evidence, registered once in EXTRACTORS, and
 * names the fixture pages where it finds something (its `testCases`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from '@/utils/cli/read-site';
import type { Extractor, TestCase } from '@/utils/extract/core/candidate';
import { readPage } from '@/utils/extract/core/page';

const ROOM = 'utils/extract';
/** What may sit in the room beside the sources: the registry and the helpers' sub-room. */
const NOT_SOURCES = new Set(['index.ts', 'core']);

export interface Source {
  file: string;
  extractor?: Extractor;
  testCases?: TestCase[];
}

const isExtractor = (value: unknown): value is Extractor =>
  !!value &&
  typeof value === 'object' &&
  typeof (value as Extractor).id === 'string' &&
  typeof (value as Extractor).extract === 'function';

const load = (root: string, file: string, query = '') =>
  import(pathToFileURL(join(root, ROOM, file)).href + query) as Promise<Record<string, unknown>>;
let reads = 0;

/** Each file of the room that is not the registry or core/, with what it exports. */
export async function sources(root: string): Promise<Source[]> {
  const files = readdirSync(join(root, ROOM)).filter((f) => !NOT_SOURCES.has(f));
  return Promise.all(
    files.map(async (file) => {
      const exports = await load(root, file);
      const extractors = Object.values(exports).filter(isExtractor);
      const testCases = exports.testCases as TestCase[] | undefined;
      return { file, extractor: extractors.length === 1 ? extractors[0] : undefined, testCases };
    }),
  );
}

/** What is wrong with the room's layout; empty when every rule holds. */
export async function layoutProblems(root: string): Promise<string[]> {
  // The registry is read afresh each time, so that a test may edit it between two checks.
  const registry = (await load(root, 'index.ts', `?read=${++reads}`))
    .EXTRACTORS as readonly Extractor[];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const e of registry) {
    if (seen.has(e.id)) problems.push(`${e.id} is registered twice`);
    seen.add(e.id);
  }
  for (const { file, extractor, testCases } of await sources(root)) {
    if (!file.endsWith('.ts')) problems.push(`${file} is neither a source nor core/`);
    else if (!extractor) problems.push(`${file} does not export exactly one extractor`);
    else if (`${extractor.id}.ts` !== file)
      problems.push(`${file} exports extractor ${extractor.id}`);
    else if (!registry.includes(extractor)) problems.push(`${file} is not registered in index.ts`);
    if (!testCases?.length) problems.push(`${file} names no test cases`);
  }
  const files = new Set(readdirSync(join(root, ROOM)));
  for (const e of registry)
    if (!files.has(`${e.id}.ts`)) problems.push(`${e.id} is registered but has no file`);
  return problems;
}

/** The page a fixture file stands for: the URL in its site's expected.json, if it has one. */
function fixtureUrl(path: string): URL {
  const expected = join(dirname(path), 'expected.json');
  const url = existsSync(expected)
    ? (JSON.parse(readFileSync(expected, 'utf8')) as { url: string }).url
    : 'https://fixture.test/';
  return new URL(path.split('/').pop()!, url);
}

/** Each test case whose source does not find every field it lists on its page. */
export async function caseProblems(root: string): Promise<string[]> {
  const problems: string[] = [];
  for (const { file, extractor, testCases } of await sources(root)) {
    for (const test of testCases ?? []) {
      const path = join(root, 'tests/fixtures', test.page);
      if (!extractor || !existsSync(path)) {
        problems.push(`${file}: ${test.page} is missing`);
        continue;
      }
      const page = readPage(parseDocument(readFileSync(path, 'utf8')), fixtureUrl(path));
      const found = new Set(extractor.extract(page).map((c) => c.field));
      const missing = test.fields.filter((f) => !found.has(f));
      if (missing.length > 0) problems.push(`${file}: ${test.page} has no ${missing.join(', ')}`);
    }
  }
  return problems;
}
