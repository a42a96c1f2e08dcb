import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, type BackupParts } from '@/utils/background/handlers';
import { makeBackup, readBackup } from '@/utils/csv/backup';
import { dispatch } from '@/utils/messaging';
import { DEFAULT_PLAN } from '@/utils/plan';
import { planItem } from '@/utils/storage/local';
import { isStale, staleLimit } from '@/utils/storage/stale';
import { freshRepo, input } from '../storage/helpers';

const parts: BackupParts = {
  read: async () => ({ personas: null, settings: {} }),
  write: async () => undefined,
};
const self = { id: 'glaneur-id', origin: 'chrome-extension://glaneur-id/' };
const page = { id: self.id, url: 'chrome-extension://glaneur-id/prospects.html' };
const contentScript = { id: self.id, url: 'https://example.org/', tab: { id: 4 } as never };
// Friday 4 December 2026, mid-morning in any European time zone.
const friday = '2026-12-04T10:00:00.000Z';

async function setup() {
  const { repo } = await freshRepo();
  const { prospect } = await repo.save(input({ sourceUrl: 'https://a.example/' }));
  const handlers = createHandlers(async () => repo, parts);
  const log = (payload: unknown, sender: object = page) =>
    dispatch(handlers, { type: 'activity.log', payload }, sender as never, self);
  return { repo, id: prospect.id, log };
}

describe('activity.log', () => {
  beforeEach(() => fakeBrowser.reset());

  it('appends a call, plans its follow-up and status, and moves the last contact', async () => {
    const { repo, id, log } = await setup();
    const reply = await log({ id, activity: { kind: 'call', at: friday, outcome: 'no-answer' } });
    expect(reply).toMatchObject({ ok: true });
    const saved = (await repo.get(id))!;
    expect((reply as { data: { prospect: unknown } }).data.prospect).toEqual(saved);
    expect(saved.activities).toEqual([
      { id: expect.any(String), kind: 'call', at: friday, outcome: 'no-answer' },
    ]);
    expect(saved.followUpAt).toBe('2026-12-08');
    expect(saved.status).toBe('follow-up');
    expect(saved.lastContactAt).toBe(friday);
    expect(saved.history.at(-1)).toEqual({
      at: expect.any(String),
      kind: 'status',
      status: 'follow-up',
    });
  });

  it('keeps the log in time order and plans from the edited defaults', async () => {
    const { repo, id, log } = await setup();
    await planItem.write({ ...DEFAULT_PLAN, sendInformationDays: 3 });
    await log({ id, activity: { kind: 'call', at: friday, outcome: 'send-information' } });
    await log({ id, activity: { kind: 'note', at: '2026-12-01T09:00:00.000Z', text: 'Vu' } });
    const saved = (await repo.get(id))!;
    expect(saved.activities.map((a) => a.kind)).toEqual(['note', 'call']);
    expect(saved.followUpAt).toBe('2026-12-07');
    expect(saved.lastContactAt).toBe(friday);
  });

  it('a status she chose wins over the planned one; a meeting reminds the day before', async () => {
    const { repo, id, log } = await setup();
    const activity = { kind: 'call', at: friday, outcome: 'meeting-booked', on: '2026-12-14' };
    await log({ id, activity, status: 'to-contact' });
    const saved = (await repo.get(id))!;
    expect(saved.status).toBe('to-contact');
    expect(saved.followUpAt).toBe('2026-12-11');
  });

  it('not interested clears the follow-up; a note changes neither status nor last contact', async () => {
    const { repo, id, log } = await setup();
    await repo.update([id], { followUpAt: '2026-12-20' });
    await log({ id, activity: { kind: 'note', at: friday, text: 'Agence en place' } });
    let saved = (await repo.get(id))!;
    expect([saved.status, saved.followUpAt, saved.lastContactAt]).toEqual([
      'to-qualify',
      '2026-12-20',
      undefined,
    ]);
    const why = 'Nous avons une agence';
    await log({ id, activity: { kind: 'call', at: friday, outcome: 'not-interested', text: why } });
    saved = (await repo.get(id))!;
    expect(saved.followUpAt).toBeUndefined();
    expect(saved.status).toBe('not-for-me');
    expect(saved.activities.at(-1)?.text).toBe(why);
  });

  it('refuses an incoherent activity, a content script, and an unknown prospect', async () => {
    const { repo, id, log } = await setup();
    const before = await repo.get(id);
    for (const activity of [
      { kind: 'call', at: friday },
      { kind: 'note', at: friday, outcome: 'no-answer' },
      { kind: 'call', at: friday, outcome: 'call-back' },
      { kind: 'call', at: 'vendredi', outcome: 'no-answer' },
    ]) {
      expect(await log({ id, activity })).toMatchObject({ ok: false, code: 'errorBadMessage' });
    }
    const call = { kind: 'call', at: friday, outcome: 'no-answer' };
    expect(await log({ id, activity: call }, contentScript)).toMatchObject({
      code: 'errorForbiddenSender',
    });
    expect(await log({ id: 'nobody', activity: call })).toMatchObject({ code: 'errorNotFound' });
    expect(await repo.get(id)).toEqual(before);
  });
});

describe('activities with the prospect', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the last contact for the three-year retention comes from the log', async () => {
    const { repo, id, log } = await setup();
    const p = (await repo.get(id))!;
    const limit = staleLimit(new Date('2029-12-10T00:00:00.000Z'));
    expect(isStale(p, limit)).toBe(true);
    await log({ id, activity: { kind: 'email', at: '2027-01-05T10:00:00.000Z' } });
    expect(isStale((await repo.get(id))!, limit)).toBe(false);
    expect(isStale({ ...p, lastContactAt: '2020-01-01T00:00:00.000Z' }, limit)).toBe(true);
  });

  it('a backup and its restore give back the same activities', async () => {
    const { repo, id, log } = await setup();
    await log({
      id,
      activity: { kind: 'call', at: friday, outcome: 'call-back', on: '2026-12-09' },
    });
    await log({ id, activity: { kind: 'meeting', at: '2026-12-09T14:00:00.000Z', text: 'Café' } });
    const prospects = await repo.list();
    expect(prospects[0]!.activities).toHaveLength(2);
    const text = JSON.stringify(
      makeBackup({ prospects, suppression: [], personas: null, settings: {} }),
    );
    await repo.eraseAll();
    const backup = readBackup(text);
    await repo.restore(backup.prospects, backup.suppression, backup.salt);
    expect(await repo.list()).toEqual(prospects);
  });

  it('erasure takes the activities with the prospect', async () => {
    const { repo, id, log } = await setup();
    await log({ id, activity: { kind: 'call', at: friday, outcome: 'no-answer' } });
    await repo.erase([id]);
    expect(await repo.get(id)).toBeUndefined();
    expect(JSON.stringify(await repo.list())).not.toContain(friday);
  });

  it('merging two prospects keeps both logs, in time order', async () => {
    const { repo, id, log } = await setup();
    const other = (await repo.save(input({ sourceUrl: 'https://b.example/' }))).prospect.id;
    await log({ id, activity: { kind: 'call', at: friday, outcome: 'no-answer' } });
    await log({ id: other, activity: { kind: 'note', at: '2026-12-01T09:00:00.000Z' } });
    const { prospect } = await repo.merge(id, other);
    expect(prospect.activities.map((a) => a.kind)).toEqual(['note', 'call']);
  });
});
