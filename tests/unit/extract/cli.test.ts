import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The CLI prints one JSON line per file and never crashes on a bad one. */
describe('npm run extract', () => {
  it('reports unreadable files as errors and reads the good ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glaneur-cli-'));
    writeFileSync(join(dir, 'empty.html'), '');
    writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2]));
    writeFileSync(
      join(dir, 'broken.html'),
      '<html><body><p>Atelier <b>Lumen</p><a href="mailto:x@atelier.fr">x</b>',
    );
    writeFileSync(join(dir, 'plain.txt'), 'contact: hello@acme-corp.fr');
    const out = execFileSync(
      'node',
      [
        '--import',
        'tsx',
        'utils/cli/extract.ts',
        '--url',
        'https://atelier.fr/',
        ...['empty.html', 'binary.html', 'missing.html', 'broken.html', 'plain.txt'].map((f) =>
          join(dir, f),
        ),
      ],
      { encoding: 'utf8' },
    );
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ error: 'empty file' });
    expect(lines[1]).toMatchObject({ error: 'binary file, not HTML' });
    expect(lines[2]!.error).toMatch(/ENOENT/);
    expect(lines[3]).toMatchObject({ emails: ['x@atelier.fr'], domain: 'atelier.fr' });
    expect(lines[4]).toMatchObject({ emails: ['hello@acme-corp.fr'] });
  });
});
