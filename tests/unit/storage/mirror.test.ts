import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_EDITS } from '@/utils/model/prospect';
import { summaryItem } from '@/utils/storage/local';
import { Mirror, dueCount, summarise } from '@/utils/storage/mirror';
import { freshRepo, input, v } from './helpers';

const area = () => fakeBrowser.storage.local;
const SUMMARY_KEY = summaryItem.key;

async function setup() {
  const { repo } = await freshRepo();
  const mirror = new Mirror(() => repo.list());
  const applied: Promise<unknown>[] = [];
  repo.onChange((c) => applied.push(mirror.apply(c)));
  const settle = () => Promise.all(applied);
  return { repo, mirror, settle };
}

describe('storage.local mirror', () => {
  beforeEach(() => fakeBrowser.reset());

  it('follows every change and equals a full rebuild', async () => {
    const { repo, mirror, settle } = await setup();
    await mirror.rebuild();
    const a = await repo.save({
      ...input({ sourceUrl: 'https://a.example/', name: v('A') }),
      edits: { ...DEFAULT_EDITS, followUpAt: '2026-11-20' },
    });
    await repo.save({
      ...input({ sourceUrl: 'https://b.example/', siren: { ...v('732829320'), valid: true } }),
      edits: { ...DEFAULT_EDITS, status: 'contacted', followUpAt: '2026-12-20' },
    });
    await repo.update([a.prospect.id], { status: 'meeting' });
    const c = await repo.save(input({ sourceUrl: 'https://c.example/' }));
    const undo = await repo.delete([c.prospect.id]);
    await repo.undo(undo!);
    await repo.delete([c.prospect.id]);
    await settle();
    const stored = (await area().get(SUMMARY_KEY))[SUMMARY_KEY];
    const expected = summarise(await repo.list());
    expect(stored).toMatchObject({ ...expected, updatedAt: expect.any(String) });
    expect(stored).toMatchObject({
      total: 2,
      byStatus: { meeting: 1, contacted: 1 },
      followUps: { '2026-11-20': 1, '2026-12-20': 1 },
    });
    expect(dueCount(stored as never, '2026-11-25')).toBe(1);
  });

  it('each write names the prospects its change touched; a rebuild names none', async () => {
    const { repo, mirror, settle } = await setup();
    await mirror.rebuild();
    expect((await summaryItem.read())?.changed).toBeUndefined();
    const seen: (string[] | undefined)[] = [];
    const unwatch = summaryItem.watch((s) => seen.push(s?.changed));
    const a = await repo.save(input({ sourceUrl: 'https://a.example/' }));
    const b = await repo.save(input({ sourceUrl: 'https://b.example/' }));
    await repo.update([a.prospect.id, b.prospect.id], { status: 'contacted' });
    await repo.delete([b.prospect.id]);
    await settle();
    await new Promise((r) => setTimeout(r, 0));
    unwatch();
    expect(seen).toEqual([
      [a.prospect.id],
      [b.prospect.id],
      [a.prospect.id, b.prospect.id],
      [b.prospect.id],
    ]);
  });

  it('rebuilds after erase everything', async () => {
    const { repo, settle } = await setup();
    await repo.save(input({ sourceUrl: 'https://a.example/' }));
    await repo.eraseAll();
    await settle();
    const all = await area().get(null);
    // Nothing but the summary (and the version WXT keeps beside it under `key$`).
    expect(Object.keys(all).filter((k) => !k.endsWith('$'))).toEqual([SUMMARY_KEY]);
    expect(all[SUMMARY_KEY]).toMatchObject({ total: 0 });
  });
});
