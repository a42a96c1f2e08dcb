import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../tools/new';

/** A throw-away kind: writes a module and a fixture, as the real kinds do. */
const THING = `
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
export function scaffold(name: string, root: string): string[] {
  const files = ['utils/things/' + name + '.ts', 'tests/fixtures/things/' + name + '/index.html'];
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '');
  }
  return files;
}
`;

let root: string;
let kindsDir: string;
let out: string[];
let err: string[];
const npmNew = (...args: string[]) =>
  run(args, {
    kindsDir,
    root,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'glaneur-new-'));
  kindsDir = join(root, 'kinds');
  mkdirSync(kindsDir);
  writeFileSync(join(kindsDir, 'thing.ts'), THING);
  writeFileSync(join(kindsDir, 'other-thing.ts'), THING);
  out = [];
  err = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new', () => {
  it('calls the kind’s scaffold and says what it wrote and what to edit', async () => {
    expect(await npmNew('thing', 'my-thing2')).toBe(0);
    expect(existsSync(join(root, 'utils/things/my-thing2.ts'))).toBe(true);
    expect(existsSync(join(root, 'tests/fixtures/things/my-thing2/index.html'))).toBe(true);
    expect(out).toEqual([
      'Added thing "my-thing2":',
      '  utils/things/my-thing2.ts',
      '  tests/fixtures/things/my-thing2/index.html',
      'Next: edit utils/things/my-thing2.ts, then run `npx vitest run`.',
    ]);
    expect(err).toEqual([]);
  });

  it('names the known kinds when the kind is unknown or missing', async () => {
    expect(await npmNew('widget', 'x')).toBe(1);
    expect(err[0]).toMatch(/^Unknown kind "widget"\..*one of: other-thing, thing\.$/);
    expect(await npmNew()).toBe(1);
    expect(err[1]).toBe(
      'Usage: npm run new -- <kind> NAME, where <kind> is one of: other-thing, thing.',
    );
    expect(readdirSync(root)).toEqual(['kinds']);
  });

  it.each(['', 'MyThing', 'my_thing', 'my--thing', '-thing', 'thing-', '2thing', 'a/b', '../x'])(
    'refuses the name "%s" and writes nothing',
    async (name) => {
      expect(await npmNew('thing', name)).toBe(1);
      expect(err).toHaveLength(1);
      expect(readdirSync(root)).toEqual(['kinds']);
    },
  );

  it('refuses a name already taken in utils/ or the fixtures', async () => {
    expect(await npmNew('thing', 'lyon')).toBe(0);
    expect(await npmNew('other-thing', 'lyon')).toBe(1);
    expect(err).toEqual(['"lyon" is taken: utils/things/lyon.ts exists. Choose another name.']);
    mkdirSync(join(root, 'tests/fixtures/csv/golden'), { recursive: true });
    writeFileSync(join(root, 'tests/fixtures/csv/golden/hubspot.csv'), '');
    expect(await npmNew('thing', 'hubspot')).toBe(1);
    expect(err[1]).toMatch(/tests\/fixtures\/csv\/golden\/hubspot\.csv exists/);
    expect(existsSync(join(root, 'utils/things/hubspot.ts'))).toBe(false);
  });

  it('reports a kind without scaffold, or whose scaffold fails', async () => {
    writeFileSync(join(kindsDir, 'empty.ts'), 'export const nothing = 1;\n');
    writeFileSync(
      join(kindsDir, 'broken.ts'),
      "export function scaffold(): string[] { throw new Error('no room for it'); }\n",
    );
    expect(await npmNew('empty', 'x')).toBe(1);
    expect(await npmNew('broken', 'x')).toBe(1);
    expect(err).toEqual([
      'kinds/empty.ts exports no scaffold(name, root).',
      'Could not add broken "x": no room for it',
    ]);
    expect(out).toEqual([]);
  });
});
