import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveOutcome } from '@/utils/save-outcome';
import { send } from '@/utils/messaging/send';
import { draft } from '../storage/helpers';

vi.mock('@/utils/messaging/send', () => ({ send: vi.fn() }));

describe('what the popup says after a failed save', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  });

  it('saved when the prospect was written after the attempt began, else not saved', async () => {
    const d = draft({ sourceUrl: 'https://a.example/' });
    vi.mocked(send).mockResolvedValueOnce({
      prospect: { updatedAt: '2026-11-25T10:00:01.000Z' },
    } as never);
    expect(await saveOutcome(d, '2026-11-25T10:00:00.000Z')).toBe('saveOutcomeSaved');
    vi.mocked(send).mockResolvedValueOnce({
      prospect: { updatedAt: '2026-11-24T10:00:00.000Z' },
    } as never);
    expect(await saveOutcome(d, '2026-11-25T10:00:00.000Z')).toBe('saveOutcomeNotSaved');
    vi.mocked(send).mockResolvedValueOnce({ prospect: null } as never);
    expect(await saveOutcome(d, '2026-11-25T10:00:00.000Z')).toBe('saveOutcomeNotSaved');
    vi.mocked(send).mockRejectedValueOnce(new Error('no background'));
    expect(await saveOutcome(d, '2026-11-25T10:00:00.000Z')).toBe('');
  });
});
