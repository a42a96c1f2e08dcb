import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_EDITS } from '@/utils/model/prospect';
import {
  IDENTITY_PREFIX,
  Mirror,
  SUMMARY_KEY,
  dueCount,
  mirrorLookup,
  summarise,
  type KeyValueArea,
} from '@/utils/storage/mirror';
import { freshRepo, input, v } from './helpers';

const area = () => fakeBrowser.storage.local as unknown as KeyValueArea;

async function setup() {
  const { repo } = await freshRepo();
  const mirror = new Mirror(area(), () => repo.list());
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
    const keys = Object.keys(await area().get(null))
      .filter((k) => k.startsWith(IDENTITY_PREFIX))
      .sort();
    expect(keys).toEqual([
      'mirror:id:domain:a.example',
      'mirror:id:domain:b.example',
      'mirror:id:siren:732829320',
    ]);
    expect(dueCount(stored as never, '2026-11-25')).toBe(1);
  });

  it('answers "already saved?" from storage.local alone', async () => {
    const { repo, settle } = await setup();
    const { prospect } = await repo.save(
      input({ sourceUrl: 'https://www.a.example/x', name: v('A') }),
    );
    await settle();
    const found = await mirrorLookup(area(), input({ sourceUrl: 'https://shop.a.example/' }).draft);
    expect(found).toEqual({
      id: prospect.id,
      name: 'A',
      status: 'to-qualify',
      createdAt: prospect.createdAt,
    });
    expect(
      await mirrorLookup(area(), input({ sourceUrl: 'https://z.example/' }).draft),
    ).toBeUndefined();
  });

  it('rebuilds after erase everything', async () => {
    const { repo, settle } = await setup();
    await repo.save(input({ sourceUrl: 'https://a.example/' }));
    await repo.eraseAll();
    await settle();
    const all = await area().get(null);
    expect(Object.keys(all)).toEqual([SUMMARY_KEY]);
    expect(all[SUMMARY_KEY]).toMatchObject({ total: 0 });
  });
});
