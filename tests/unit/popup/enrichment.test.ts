import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPageInTab } from '../../../utils/enrichment';
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
        installSubpageReader(world, async (url) => {
          await new Promise((r) => setTimeout(r, readDelay(url)));
          return {
            draft: { schemaVersion: 1, sourceUrl: url, capturedAt: new Date(0).toISOString() },
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
    expect(contact?.sourceUrl).toBe('https://example.org/contact');
    expect(legal?.sourceUrl).toBe('https://example.org/mentions-legales');
    expect(tab.injections).toEqual(['file']);
  });

  it('injects the extraction script again when the tab lost its reader (page reloaded)', async () => {
    const tab = tabWorld(() => 0);
    const page = await readPageInTab(1, 'https://example.org/contact');
    expect(page?.sourceUrl).toBe('https://example.org/contact');
    expect(tab.injections).toEqual(['file']);
  });
});
