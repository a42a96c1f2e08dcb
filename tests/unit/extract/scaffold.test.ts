import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as prettier from 'prettier';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { scaffold } from '../../tools/new/extractor';
import { caseProblems, layoutProblems } from './layout-rules';

/** A copy of what the scaffold touches and the layout rules read. */
function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'glaneur-new-extractor-'));
  for (const dir of ['utils', 'tests/fixtures/sites', 'public/_locales'])
    cpSync(dir, join(root, dir), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
  return root;
}

/** Type errors in `files`, checked with the project's compiler options. */
function typeErrors(files: string[]): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    'tsconfig.json',
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  )!;
  const program = ts.createProgram(files, { ...config.options, noEmit: true, types: [] });
  return files.flatMap((f) =>
    ts
      .getPreEmitDiagnostics(program, program.getSourceFile(f))
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
  );
}

describe('npm run new -- extractor NAME', () => {
  const root = copyProject();
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes a registered source, its fixture and its test case, all passing the layout test', async () => {
    const written = scaffold('opening-hours', root);
    expect(written.sort()).toEqual([
      'tests/fixtures/sources/opening-hours.html',
      'utils/extract/index.ts',
      'utils/extract/opening-hours.ts',
    ]);
    expect(await layoutProblems(root)).toEqual([]);
    expect(await caseProblems(root)).toEqual([]);
    const index = readFileSync(join(root, 'utils/extract/index.ts'), 'utf8');
    expect(index).toContain("import { openingHours } from './opening-hours';");
    expect(index.match(/^ {2}openingHours,$/gm)).toHaveLength(1);
  });

  it('writes TypeScript the compiler and prettier accept', { timeout: 120_000 }, async () => {
    const files = ['utils/extract/opening-hours.ts', 'utils/extract/index.ts'];
    expect(typeErrors(files.map((f) => join(root, f)))).toEqual([]);
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      const options = await prettier.resolveConfig(resolve(file));
      expect({
        file,
        formatted: await prettier.check(text, { ...options, filepath: file }),
      }).toEqual({
        file,
        formatted: true,
      });
    }
  });

  it('refuses a name already taken or not a file name', () => {
    expect(() => scaffold('opening-hours', root)).toThrow(/already exists/);
    expect(() => scaffold('Opening Hours', root)).toThrow(/not a source name/);
  });

  it('is caught by the layout test when registered twice or not at all', async () => {
    const path = join(root, 'utils/extract/index.ts');
    const index = readFileSync(path, 'utf8');
    writeFileSync(path, index.replace('  openingHours,\n', '  openingHours,\n  openingHours,\n'));
    expect(await layoutProblems(root)).toContain('opening-hours is registered twice');
    writeFileSync(path, index.replace('  openingHours,\n', ''));
    expect(await layoutProblems(root)).toContain('opening-hours.ts is not registered in index.ts');
    writeFileSync(path, index);
  });
});
