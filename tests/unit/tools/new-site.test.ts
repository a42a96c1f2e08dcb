import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import type { SiteReader } from '@/utils/sites/site';
import { scaffold } from '../../tools/new/site';
import { documentOf } from '../sites/fixtures';
import { siteLayoutProblems } from '../sites/layout';

/** A copy of what the scaffold reads and writes, with the real node_modules beside it. */
function copyOfProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'glaneur-new-site-'));
  const paths = ['utils', 'components', 'entrypoints', 'public', 'tests/fixtures/social', '.wxt'];
  for (const path of [...paths, 'tsconfig.json', 'wxt.config.ts', 'package.json'])
    cpSync(path, join(root, path), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** Type errors of the given files and everything they import, under the project's options. */
function typeErrors(root: string, files: string[]): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  );
  const program = ts.createProgram(
    files.map((f) => join(root, f)),
    config!.options,
  );
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('npm run new -- site NAME', () => {
  const root = copyOfProject();
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const written = scaffold('kompass', root);

  it('writes the site file, registers it, adds two fixture pages and the source name', () => {
    expect(written.sort()).toEqual(
      [
        'public/_locales/en/messages.json',
        'public/_locales/fr/messages.json',
        'tests/fixtures/social/kompass-company-fr/expected.json',
        'tests/fixtures/social/kompass-company-fr/index.html',
        'tests/fixtures/social/kompass-person-en/expected.json',
        'tests/fixtures/social/kompass-person-en/index.html',
        'utils/sites/ids.ts',
        'utils/sites/index.ts',
        'utils/sites/kompass.ts',
      ].sort(),
    );
    expect(() => scaffold('kompass', root)).toThrow(/exists already/);
    expect(() => scaffold('Bad-Name', root)).toThrow(/lower-case/);
  });

  it('leaves a sites room the layout test accepts', async () => {
    expect(await siteLayoutProblems(root)).toEqual([]);
  });

  it('type-checks with the model, the identity keys and the drafts', () => {
    const files = [
      'utils/sites/kompass.ts',
      'utils/storage/identity.ts',
      'utils/sites/to-draft.ts',
    ];
    expect(typeErrors(root, files)).toEqual([]);
  }, 120_000);

  it('writes files Prettier leaves as they are', async () => {
    for (const file of written) {
      const info = await prettier.getFileInfo(file, { ignorePath: '.prettierignore' });
      if (info.ignored) continue;
      const options = await prettier.resolveConfig(resolve(file));
      const text = readFileSync(join(root, file), 'utf8');
      expect(await prettier.check(text, { ...options, filepath: file }), file).toBe(true);
    }
  });

  it('reads each of its test cases as the fixture expects', async () => {
    const dir = join(root, 'utils/sites');
    const mod = (await import(pathToFileURL(join(dir, 'kompass.ts')).href)) as {
      read: SiteReader;
      testCases: string[];
    };
    expect(mod.testCases).toHaveLength(2);
    for (const name of mod.testCases) {
      const page = join(root, 'tests/fixtures/social', name);
      const { url, card } = JSON.parse(readFileSync(join(page, 'expected.json'), 'utf8')) as {
        url: string;
        card: unknown;
      };
      const html = readFileSync(join(page, 'index.html'), 'utf8');
      expect(mod.read(documentOf(html), new URL(url)), name).toEqual(card);
    }
  });
});
