import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, type BackupParts } from '@/utils/background/handlers';
import { dispatch, type MessageType, type ResponseOf } from '@/utils/messaging';
import type { Outcome } from '@/utils/model/activity';
import { emptyPersona } from '@/utils/model/persona';
import { DEFAULT_EDITS, type ProspectEdits } from '@/utils/model/prospect';
import type { Qualification } from '@/utils/model/qualification';
import { personasItem } from '@/utils/storage/local';
import { freshRepo, input, v } from '../storage/helpers';

const parts: BackupParts = {
  read: async () => ({ personas: null, settings: {} }),
  write: async () => undefined,
};
const self = { id: 'glaneur-id', origin: 'chrome-extension://glaneur-id/' };
const page = { id: self.id, url: 'chrome-extension://glaneur-id/today.html' };
const contentScript = { id: self.id, url: 'https://example.org/', tab: { id: 4 } as never };
const day = '2026-12-02';

const scored = (score: number): Qualification => ({
  personaId: 'p',
  personaName: 'Persona',
  score,
  band: score >= 60 ? 'good' : 'fair',
  criteria: [],
  redFlags: [],
  unchecked: [],
  confidence: 1,
});

async function setup() {
  const { repo } = await freshRepo();
  const handlers = createHandlers(async () => repo, parts);
  const ask = async <K extends MessageType>(type: K, payload: unknown, sender: object = page) => {
    const reply = (await dispatch(handlers, { type, payload }, sender as never, self)) as {
      ok: boolean;
      data?: ResponseOf<K>;
      code?: string;
    };
    if (!reply.ok) throw new Error(reply.code);
    return reply.data!;
  };
  const save = async (name: string, edits: Partial<ProspectEdits> = {}, score?: number) =>
    (
      await repo.save(
        input(
          { name: v(name), sourceUrl: `https://${name.toLowerCase().replace(/\W/g, '')}.example/` },
          {
            edits: { ...DEFAULT_EDITS, ...edits },
            ...(score === undefined ? {} : { qualification: scored(score) }),
          },
        ),
      )
    ).prospect;
  const call = (id: string, outcome: Outcome = 'no-answer', at = new Date().toISOString()) =>
    ask('activity.log', { id, activity: { kind: 'call', at, outcome } });
  return { repo, ask, save, call };
}

const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe('today handlers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // Only Date: fake-indexeddb runs on the real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 2, 11));
  });
  afterEach(() => vi.useRealTimers());

  it("today.due: the oldest follow-ups due first, as many as asked, the day's calls, the roles she targets", async () => {
    const { ask, save, call } = await setup();
    await personasItem.write({
      schemaVersion: 1,
      personas: [{ ...emptyPersona('p', 'Persona'), targetRoles: ['communication', 'RH'] }],
      activeId: 'p',
    });
    await save('Today', { followUpAt: day, status: 'follow-up' });
    await save('Oldest', { followUpAt: '2026-11-20', status: 'follow-up' });
    await save('Yesterday', { followUpAt: '2026-12-01', status: 'follow-up' });
    await save('Later', { followUpAt: '2026-12-05', status: 'follow-up' });
    await save('Excluded', { followUpAt: '2026-11-21', doNotContact: true });
    const called = await save('Called');
    await call(called.id, 'no-answer');
    await call(called.id, 'not-interested');
    await call(called.id, 'no-answer', new Date(2026, 11, 1, 16).toISOString());

    const two = await ask('today.due', { day, limit: 2 });
    expect(names(two.rows)).toEqual(['Oldest', 'Yesterday']);
    expect(two.total).toBe(3);
    expect(two.roles).toEqual(['communication', 'RH']);
    expect(two.progress).toEqual({ calls: 2, outcomes: { 'no-answer': 1, 'not-interested': 1 } });

    const all = await ask('today.due', { day, limit: 50 });
    expect(names(all.rows)).toEqual(['Oldest', 'Yesterday', 'Today']);
  });

  it('today.due: a prospect she must not contact is neither listed nor counted', async () => {
    const { repo, ask, save } = await setup();
    await save('Due', { followUpAt: '2026-11-30', status: 'follow-up' });
    await save('Opposed', { followUpAt: '2026-11-29', status: 'follow-up', doNotContact: true });
    const later = await save('Objects later', { followUpAt: '2026-11-28', status: 'follow-up' });
    expect((await ask('today.due', { day, limit: 10 })).total).toBe(2);

    await repo.replace({ ...later, doNotContact: true });
    const due = await ask('today.due', { day, limit: 10 });
    expect(names(due.rows)).toEqual(['Due']);
    expect(due.total).toBe(1);
  });

  it('today.candidates: never contacted, best score first, kept in step with every write', async () => {
    const { repo, ask, save, call } = await setup();
    const best = await save('Best', {}, 90);
    await save('Good', { status: 'to-contact' }, 70);
    await save('Fair', {}, 40);
    await save('Unscored');
    await save('Contacted', { status: 'contacted' }, 99);
    await save('Planned', { followUpAt: '2026-12-10' }, 98);

    const first = await ask('today.candidates', { limit: 2 });
    expect(names(first.rows)).toEqual(['Best', 'Good']);
    expect(first.total).toBe(4);
    expect(first.rows[0]).toMatchObject({ score: 90, band: 'good', status: 'to-qualify' });

    // Called: no longer a first contact. A new prospect takes its rank.
    await call(best.id);
    await save('Newcomer', {}, 80);
    const next = await ask('today.candidates', { limit: 10 });
    expect(names(next.rows)).toEqual(['Newcomer', 'Good', 'Fair', 'Unscored']);

    // Everything erased, then one saved: read again from the database.
    await repo.eraseAll();
    expect((await ask('today.candidates', { limit: 10 })).rows).toEqual([]);
    await save('After', {}, 50);
    expect(names((await ask('today.candidates', { limit: 10 })).rows)).toEqual(['After']);
  });

  it('answers extension pages only, and validates the request', async () => {
    const { ask } = await setup();
    await expect(ask('today.due', { day, limit: 5 }, contentScript)).rejects.toThrow(
      'errorForbiddenSender',
    );
    await expect(ask('today.candidates', {}, contentScript)).rejects.toThrow(
      'errorForbiddenSender',
    );
    await expect(ask('today.due', { day: 'lundi', limit: 5 })).rejects.toThrow('errorBadMessage');
    await expect(ask('today.candidates', { limit: 100_000 })).rejects.toThrow('errorBadMessage');
  });
});
