import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SITES } from '@/utils/sites';
import { socialFixtures } from './fixtures';
import { siteLayoutProblems } from './layout';

describe('utils/sites layout', () => {
  it('registers every site file once, each declaring its site, its reader and its test cases', async () => {
    expect(await siteLayoutProblems('.')).toEqual([]);
  });

  describe('in a copy of the room', () => {
    const roots: string[] = [];
    /** A fresh copy each time: a module once imported is cached by its path. */
    const copy = () => {
      const root = mkdtempSync(join(tmpdir(), 'glaneur-sites-'));
      roots.push(root);
      cpSync('utils', join(root, 'utils'), { recursive: true });
      return root;
    };
    afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

    it('fails on a site file nobody registered', async () => {
      const root = copy();
      const viadeo = readFileSync(join(root, 'utils/sites/viadeo.ts'), 'utf8');
      const stray = viadeo.replace("id: 'viadeo'", "id: 'stray'");
      writeFileSync(join(root, 'utils/sites/stray.ts'), stray);
      expect(await siteLayoutProblems(root)).toEqual(['stray.ts is not registered']);
    });

    it('fails on a site registered twice', async () => {
      const root = copy();
      const ids = readFileSync(join(root, 'utils/sites/ids.ts'), 'utf8');
      writeFileSync(
        join(root, 'utils/sites/ids.ts'),
        ids.replace('SITE_IDS = [', "SITE_IDS = ['linkedin', "),
      );
      expect(await siteLayoutProblems(root)).toEqual(['linkedin is registered twice']);
    });
  });

  it.each(SITES.map((s) => [s.id] as const))(
    '%s has company and person fixtures in French and English',
    (site) => {
      const cards = socialFixtures().filter((f) => f.name.startsWith(`${site}-`));
      const kinds = new Set(cards.map((f) => (f.card as { kind?: string } | null)?.kind));
      expect(kinds).toContain('company');
      expect(kinds).toContain('person');
      const langs = new Set(cards.map((f) => /<html lang="(\w+)"/.exec(f.html)?.[1]));
      expect(langs).toContain('fr');
      expect(langs).toContain('en');
    },
  );
});
