import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractOrganisation } from '@/utils/extract';
import { hintedPatterns } from '@/utils/extract/core/hinted';
import { readPage } from '@/utils/extract/core/page';
import { corpusDir } from '@/utils/cli/real-pages';
import { parseDocument } from '@/utils/cli/read-site';

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));

/** The texts the extractors match against: each page's text and each of its blocks. */
function texts(): string[] {
  const files = [...htmlFiles('tests/fixtures/sites'), ...htmlFiles(join(corpusDir(), 'pages'))];
  return files.flatMap((file) => {
    const page = readPage(parseDocument(readFileSync(file, 'utf8')), new URL('https://x.fr/'));
    return [page.text, ...page.blocks.map((b) => b.text)];
  });
}

describe('hinted patterns', () => {
  // Loads every extractor, and with them every hinted pattern.
  extractOrganisation(parseDocument('<p>x</p>'), 'https://x.fr/');
  const patterns = hintedPatterns();
  const samples = texts();

  it('are the large patterns of several extractors', () => {
    expect(patterns.length).toBeGreaterThanOrEqual(10);
    expect(samples.length).toBeGreaterThan(1000);
  });

  it.each(patterns.map((p) => [p.pattern.source.slice(0, 60), p] as const))(
    'every match of %s has the hint in it',
    (_, { hint, pattern }) => {
      expect(hint.global || hint.sticky).toBe(false);
      const all = new RegExp(
        pattern.source,
        pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
      );
      const matches = samples.flatMap((text) => [...text.matchAll(all)].map((m) => m[0]));
      // Each pattern matches somewhere in these pages, so that the check says something.
      expect(matches.length).toBeGreaterThan(0);
      expect(matches.filter((m) => !hint.test(m))).toEqual([]);
    },
  );

  it('rule out the text that cannot match, and only that', () => {
    const [rcs] = patterns.filter((p) => p.pattern.source.includes('Registre du'));
    expect(rcs!.mayMatch('Association loi 1901, 12 rue de la Paix')).toBe(false);
    expect(rcs!.mayMatch('RCS Lyon B 732 829 320')).toBe(true);
    expect(rcs!.matchAll('Association loi 1901', 30)).toEqual([]);
    expect([
      ...rcs!.matchAll('Immatriculée au RCS de Lyon sous le numéro 732 829 320', 30),
    ]).toHaveLength(1);
  });
});
