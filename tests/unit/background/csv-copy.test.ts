import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { csvCopier } from '@/utils/background/csv-copy';
import { csvCopyItem } from '@/utils/storage/local';
import { freshRepo, input } from '../storage/helpers';

describe('always-current CSV copy in Downloads', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.useRealTimers());

  async function run(enabled: boolean) {
    const download = vi.fn(async () => 1);
    fakeBrowser.downloads.download = download as never;
    if (enabled) await fakeBrowser.storage.local.set({ [csvCopyItem.key]: true });
    const { repo } = await freshRepo();
    await repo.save(input({ sourceUrl: 'https://a.example/' }));
    // Only the copier's own delay is faked: fake-indexeddb keeps its real scheduling.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const changed = csvCopier(async () => repo);
    for (let i = 0; i < 5; i++) changed();
    await vi.advanceTimersByTimeAsync(5000);
    vi.useRealTimers();
    if (enabled) await vi.waitFor(() => expect(download).toHaveBeenCalled());
    else await new Promise((r) => setTimeout(r, 50));
    return download;
  }

  it('is off by default', async () => {
    expect(await run(false)).not.toHaveBeenCalled();
  });

  it('when on, a burst of changes rewrites Glaneur/prospects.csv once', async () => {
    const download = await run(true);
    expect(download).toHaveBeenCalledTimes(1);
    expect(download.mock.calls[0]).toEqual([
      expect.objectContaining({ filename: 'Glaneur/prospects.csv', conflictAction: 'overwrite' }),
    ]);
  });
});
