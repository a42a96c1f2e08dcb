import { describe, expect, it } from 'vitest';
import { openGlaneurDB } from '@/utils/storage/db';
import { ProspectRepository } from '@/utils/storage/prospects';
import { sampleDraft, sampleEdits } from '../sample';

describe('ProspectRepository history of edits', () => {
  it('records which of the user fields a save changed, and nothing when none did', async () => {
    const repo = new ProspectRepository(await openGlaneurDB('edits-history'), () => 'id-1');
    await repo.save({ draft: sampleDraft(), edits: sampleEdits(), userEdited: [] });
    const changed = sampleEdits({
      followUpAt: '2026-12-01',
      tags: ['culture'],
      contacts: [{ name: 'Ana', role: 'Directrice' }],
      bandOverride: 'excellent',
    });
    const { prospect } = await repo.save({ draft: sampleDraft(), edits: changed, userEdited: [] });
    expect(prospect.history.at(-1)).toMatchObject({
      kind: 'edited',
      detail: 'followUpAt, tags, contacts, bandOverride',
    });
    const again = await repo.save({ draft: sampleDraft(), edits: changed, userEdited: [] });
    expect(again.prospect.history.at(-1)?.kind).toBe('captured');
  });
});
