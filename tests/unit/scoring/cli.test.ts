import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPersona, parseArgs, qualifyFile } from '@/utils/cli/qualify';
import { compilePersona } from '@/utils/scoring';

const persona = compilePersona(loadPersona('public/personas/ux-designer.fr.json'));

describe('qualify CLI', () => {
  it('parses its arguments and explains mistakes', () => {
    expect(parseArgs(['--persona', 'p.json', '--url', 'https://a.example/', 'x.html'])).toEqual({
      persona: 'p.json',
      url: 'https://a.example/',
      files: ['x.html'],
    });
    expect(parseArgs(['x.html'])).toMatch(/--persona is required/);
    expect(parseArgs(['--persona', 'p.json'])).toMatch(/no file/);
    expect(parseArgs(['--persona', 'p.json', '--url', 'nope', 'x.html'])).toMatch(/not a URL/);
    expect(parseArgs(['--persona'])).toMatch(/needs a value/);
  });

  it('qualifies a page with the extension code', () => {
    const result = qualifyFile(
      'tests/fixtures/qualify/mjc-les-tilleuls/index.html',
      persona,
      'https://mjc.example/',
    );
    expect(result).toMatchObject({ band: 'excellent', personaId: 'ux-designer-fr' });
  });

  it('reports a missing or odd file without throwing', () => {
    expect(qualifyFile('does/not/exist.html', persona)).toMatchObject({
      error: expect.stringMatching(/ENOENT/),
    });
    const dir = mkdtempSync(join(tmpdir(), 'qualify-'));
    const binary = join(dir, 'junk.html');
    writeFileSync(binary, Buffer.from([0, 159, 146, 150, 0, 60, 60]));
    expect(qualifyFile(binary, persona)).toMatchObject({ file: binary, error: expect.any(String) });
  });

  it('refuses a file that is not a persona, saying why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'persona-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, id: 'x' }));
    expect(() => loadPersona(bad)).toThrow(/name/);
  });
});
