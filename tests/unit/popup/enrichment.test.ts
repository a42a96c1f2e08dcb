import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pagesToRead, readPageInTab } from '../../../utils/enrichment';
import { installSubpageReader } from '../../../utils/extract/core/in-page';

/**
 * The tab's isolated world, as scripting.executeScript sees it: a `files` injection runs the
 * extraction script (which leaves its reader), a `func` runs with its arguments in that world.
 */
function tabWorld(readDelay: (url: string) => number) {
  const world: Record<string, unknown> = {};
  const injections: string[] = [];
  const execute = vi.fn(
    async (options: {
      files?: string[];
      func?: (...a: unknown[]) => unknown;
      args?: unknown[];
    }) => {
      if (options.files) {
        injections.push('file');
        installSubpageReader(world, async (url, withText) => {
          await new Promise((r) => setTimeout(r, readDelay(url)));
          return {
            draft: { schemaVersion: 1, sourceUrl: url, capturedAt: new Date(0).toISOString() },
            ...(withText && { text: `Les mots de ${url}` }),
          };
        });
        return [{ result: { draft: {}, text: '' } }];
      }
      const saved = globalThis as unknown as Record<string, unknown>;
      const key = options.args![0] as string;
      saved[key] = world[key];
      try {
        return [{ result: await options.func!(...options.args!) }];
      } finally {
        delete saved[key];
      }
    },
  );
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(execute as never);
  return { injections, inject: () => execute({ files: ['/content-scripts/extract.js'] }) };
}

afterEach(() => vi.restoreAllMocks());

describe('readPageInTab', () => {
  it('gives each of two concurrent reads its own page', async () => {
    const tab = tabWorld((url) => (url.endsWith('/contact') ? 30 : 5));
    await tab.inject();
    const [contact, legal] = await Promise.all([
      readPageInTab(1, 'https://example.org/contact'),
      readPageInTab(1, 'https://example.org/mentions-legales'),
    ]);
    expect(contact?.draft.sourceUrl).toBe('https://example.org/contact');
    expect(legal?.draft.sourceUrl).toBe('https://example.org/mentions-legales');
    expect(contact?.text).toBeUndefined();
    expect(tab.injections).toEqual(['file']);
  });

  it('injects the extraction script again when the tab lost its reader (page reloaded)', async () => {
    const tab = tabWorld(() => 0);
    const page = await readPageInTab(1, 'https://example.org/contact');
    expect(page?.draft.sourceUrl).toBe('https://example.org/contact');
    expect(tab.injections).toEqual(['file']);
  });

  it('brings back the text of a page read for its words', async () => {
    const tab = tabWorld(() => 0);
    await tab.inject();
    const page = await readPageInTab(1, 'https://example.org/a-propos', true);
    expect(page).toMatchObject({
      draft: { sourceUrl: 'https://example.org/a-propos' },
      text: 'Les mots de https://example.org/a-propos',
    });
  });
});

describe('pagesToRead', () => {
  const at = (path: string, kind: 'legal' | 'contact' | 'about' | 'home') => ({
    url: `https://example.org/${path}`,
    label: path,
    kind,
  });

  it('reads the home and about pages for their words after those that complete the card', () => {
    const about = at('a-propos', 'about');
    expect(pagesToRead([at('contact', 'contact'), about], [at('', 'home'), { ...about }])).toEqual([
      at('contact', 'contact'),
      { ...about, words: 'about' },
      { ...at('', 'home'), words: 'home' },
    ]);
    expect(pagesToRead([at('contact', 'contact')], undefined)).toEqual([at('contact', 'contact')]);
  });
});
