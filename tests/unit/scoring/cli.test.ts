import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPersona, parseArgs, qualifyFile } from '@/utils/cli/qualify';
import { compilePersona } from '@/utils/scoring';

const persona = compilePersona(loadPersona('public/personas/ux-designer.fr.json'));

describe('qualify CLI', () => {
  it('parses its arguments and explains mistakes', async () => {
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

  it('qualifies a page with the extension code', async () => {
    const result = await qualifyFile(
      'tests/fixtures/qualify/mjc-les-tilleuls/index.html',
      persona,
      'https://mjc.example/',
    );
    expect(result).toMatchObject({ band: 'excellent', personaId: 'ux-designer-fr' });
  });

  it('adds peer, page kind, conversation criteria and quote-or-field evidence to its output', async () => {
    const illustrator = compilePersona(loadPersona('public/personas/illustrator.fr.json'));
    const result = await qualifyFile(
      'tests/fixtures/qualify/eval/illustratrice-plume.html',
      illustrator,
      'https://www.lea-morin.example/',
    );
    expect(result).toMatchObject({ pageKind: 'presentation', peer: { matched: true } });
    if (!('criteria' in result)) throw new Error(result.error);
    expect(result.peer!.evidence.length).toBeGreaterThan(0);
    expect(result.criteria.filter((c) => c.checkable === false).map((c) => c.id)).toEqual([
      'paire-de-mains',
      'paie-en-retard',
    ]);
    const evidence = [...result.criteria, ...result.redFlags].flatMap((c) => c.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect('quote' in e !== 'field' in e).toBe(true);
    const legal = await qualifyFile(
      'tests/fixtures/sites/mairie-saint-julien/mentions-legales.html',
      persona,
      'https://www.mairie-saint-julien-sur-loire.fr/mentions-legales',
    );
    expect(legal).toMatchObject({ pageKind: 'legal' });
  });

  it('reports a missing or odd file without throwing', async () => {
    expect(await qualifyFile('does/not/exist.html', persona)).toMatchObject({
      error: expect.stringMatching(/ENOENT/),
    });
    const dir = mkdtempSync(join(tmpdir(), 'qualify-'));
    const binary = join(dir, 'junk.html');
    writeFileSync(binary, Buffer.from([0, 159, 146, 150, 0, 60, 60]));
    expect(await qualifyFile(binary, persona)).toMatchObject({
      file: binary,
      error: expect.any(String),
    });
  });

  it('refuses a file that is not a persona, saying why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'persona-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, id: 'x' }));
    expect(() => loadPersona(bad)).toThrow(/name/);
  });
});
