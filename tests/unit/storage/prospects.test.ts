import { beforeEach, describe, expect, it } from 'vitest';
import { openGlaneurDB } from '@/utils/storage/db';
import { ProspectRepository } from '@/utils/storage/prospects';
import { ProspectSchema } from '@/utils/model/prospect';
import { sampleDraft, sampleEdits } from '../sample';

let repo: ProspectRepository;
let n = 0;

beforeEach(async () => {
  // A fresh database per test: fake-indexeddb keeps them in memory.
  repo = new ProspectRepository(await openGlaneurDB(`test-${++n}`), () => `id-${n}`);
});

describe('ProspectRepository', () => {
  it('saves a valid prospect with its source URL, capture date and history', async () => {
    const { prospect, created } = await repo.save(
      { draft: sampleDraft(), edits: sampleEdits({ status: 'to-contact' }), userEdited: ['name'] },
      new Date('2026-11-25T12:00:00Z'),
    );
    expect(created).toBe(true);
    expect(ProspectSchema.parse(prospect)).toEqual(prospect);
    expect(prospect.organisation.domain?.value).toBe('atelier-lumen.fr');
    expect(prospect.sourceUrls).toEqual(['https://www.atelier-lumen.fr/contact']);
    expect(prospect.capturedAt).toBe('2026-11-25T10:00:00.000Z');
    expect(prospect.history.map((h) => h.kind)).toEqual(['captured', 'status']);
    expect(await repo.list()).toHaveLength(1);
  });

  it('finds an organisation again by registrable domain, whatever the page', async () => {
    await repo.save({ draft: sampleDraft(), edits: sampleEdits(), userEdited: [] });
    const other = sampleDraft({
      website: undefined,
      sourceUrl: 'https://boutique.atelier-lumen.fr/panier',
    });
    expect((await repo.findByDraft(other))?.id).toBe(`id-${n}`);
    expect(
      await repo.findByDraft(sampleDraft({ website: undefined, sourceUrl: 'https://lumen.org/' })),
    ).toBeUndefined();
  });

  it('a second capture updates the same prospect and keeps both source pages', async () => {
    await repo.save({ draft: sampleDraft(), edits: sampleEdits(), userEdited: ['name'] });
    const again = await repo.save({
      draft: sampleDraft({ sourceUrl: 'https://www.atelier-lumen.fr/mentions-legales' }),
      edits: sampleEdits({ status: 'contacted' }),
      userEdited: [],
    });
    expect(again.created).toBe(false);
    expect(again.prospect.sourceUrls).toHaveLength(2);
    expect(again.prospect.userEdited).toEqual(['name']);
    expect(await repo.list()).toHaveLength(1);
  });

  it('deletes one prospect', async () => {
    const { prospect } = await repo.save({
      draft: sampleDraft(),
      edits: sampleEdits(),
      userEdited: [],
    });
    expect(await repo.delete([prospect.id])).toBeDefined();
    expect(await repo.delete([prospect.id])).toBeUndefined();
    expect(await repo.list()).toEqual([]);
  });
});
