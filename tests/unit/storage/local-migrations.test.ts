import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_MAIL } from '@/utils/mail';
import { DEFAULT_PLAN } from '@/utils/plan';
import {
  LOCAL_ITEMS,
  csvCopyItem,
  mailItem,
  notifiedItem,
  planItem,
  personasItem,
  registryQueueItem,
  staleRemindedItem,
  summaryItem,
} from '@/utils/storage/local';

const summary = {
  total: 2,
  byStatus: { 'to-qualify': 1, meeting: 1 },
  followUps: { '2026-11-20': 1 },
  updatedAt: '2026-11-08T10:00:00.000Z',
};

describe('storage.local migrations', () => {
  beforeEach(() => fakeBrowser.reset());

  it('every key is registered once, at the version its migrations reach', () => {
    const keys = LOCAL_ITEMS.map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
    // A new version needs its migration and a test of it below.
    expect(Object.fromEntries(LOCAL_ITEMS.map((item) => [item.key, item.version]))).toEqual({
      personas: 1,
      'mirror:summary': 2,
      'followups:notified': 1,
      'stale:remindedAt': 1,
      'registry:queue': 1,
      'registry:offered': 1,
      'registry:importOffer': 1,
      'learn:dismissed': 1,
      'settings:csvCopy': 1,
      'settings:followUpPlan': 1,
      'settings:mail': 1,
      'settings:bestOfPersonas': 1,
      'rescore:progress': 1,
    });
  });

  it('the mail settings read the defaults until edited, and refuse what is not valid', async () => {
    expect(await mailItem.read()).toEqual(DEFAULT_MAIL);
    const edited = {
      signature: 'Anne Dupont',
      templates: { fr: { subject: 'Suite — {organisation}', body: 'Bonjour {contact}' } },
    };
    await mailItem.write(edited);
    expect(await mailItem.read()).toEqual(edited);
    await expect(mailItem.write({ ...edited, signature: 'x'.repeat(2001) })).rejects.toThrow();
    await fakeBrowser.storage.local.set({ 'settings:mail': { signature: 3 } });
    expect(await mailItem.read()).toEqual(DEFAULT_MAIL);
  });

  it('the follow-up plan reads its defaults until edited, and refuses what is not valid', async () => {
    expect(await planItem.read()).toEqual(DEFAULT_PLAN);
    const edited = { ...DEFAULT_PLAN, noAnswerWorkingDays: 3 };
    await planItem.write(edited);
    expect(await planItem.read()).toEqual(edited);
    await expect(planItem.write({ ...edited, sendInformationDays: -1 })).rejects.toThrow();
    await fakeBrowser.storage.local.set({ 'settings:followUpPlan': { noAnswerWorkingDays: 'x' } });
    expect(await planItem.read()).toEqual(DEFAULT_PLAN);
  });

  describe('summary v1 → v2', () => {
    const before = {
      'mirror:summary': summary,
      'mirror:id:domain:atelier.example': { id: 'id-1', name: 'A', status: 'to-qualify' },
      'mirror:id:siren:732829320': { id: 'id-1', name: 'A', status: 'to-qualify' },
      'mirror:id:domain:coop.example': { id: 'id-2', name: 'B', status: 'meeting' },
      personas: { schemaVersion: 1, personas: [], activeId: null },
      'settings:csvCopy': true,
    };

    it('drops the per-identity entries, keeps the summary and every other key', async () => {
      await fakeBrowser.storage.local.set(before);
      await summaryItem.migrate();
      expect(await fakeBrowser.storage.local.get(null)).toEqual({
        'mirror:summary': summary,
        'mirror:summary$': { v: 2 },
        personas: before.personas,
        'settings:csvCopy': true,
      });
      expect(await summaryItem.read()).toEqual(summary);
    });

    it('does nothing more when run again', async () => {
      await fakeBrowser.storage.local.set(before);
      await summaryItem.migrate();
      const once = await fakeBrowser.storage.local.get(null);
      await summaryItem.migrate();
      expect(await fakeBrowser.storage.local.get(null)).toEqual(once);
    });

    it('leaves a profile with no summary yet as it is', async () => {
      await fakeBrowser.storage.local.set({ 'settings:csvCopy': true });
      await summaryItem.migrate();
      expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'settings:csvCopy': true });
    });
  });
});

describe('storage.local items read through their schema', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a missing or damaged value reads as the fallback', async () => {
    await fakeBrowser.storage.local.set({
      'settings:csvCopy': 'yes',
      'mirror:summary': { total: 'many' },
      'followups:notified': ['id-1'],
      'stale:remindedAt': '2026-11-01',
      'registry:queue': { schemaVersion: 1, status: 'running', items: 'all' },
    });
    expect(await csvCopyItem.read()).toBe(false);
    expect(await summaryItem.read()).toBeNull();
    expect(await notifiedItem.read()).toEqual({});
    expect(await staleRemindedItem.read()).toBeNull();
    expect(await personasItem.read()).toBeNull();
    expect(await registryQueueItem.read()).toBeNull();
  });

  it('a saved directory queue reads back as it was written', async () => {
    const queue = {
      schemaVersion: 1 as const,
      status: 'paused' as const,
      items: [
        { prospectId: 'id-1', query: { id: '732829320' }, state: 'found' as const },
        {
          prospectId: 'id-2',
          query: { name: 'Atelier Nord', postcode: '59000' },
          state: 'ambiguous' as const,
          candidates: [{ siren: '552032534', name: 'ATELIER NORD', active: true }],
        },
        {
          prospectId: 'id-3',
          query: { id: '356000000' },
          state: 'failed' as const,
          error: 'timeout' as const,
        },
      ],
      updatedAt: '2026-11-08T10:00:00.000Z',
    };
    await registryQueueItem.write(queue);
    expect(await fakeBrowser.storage.local.get('registry:queue')).toEqual({
      'registry:queue': queue,
    });
    expect(await registryQueueItem.read()).toEqual(queue);
  });

  it('refuses to write a value its schema rejects', async () => {
    await expect(csvCopyItem.write('yes' as never)).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
