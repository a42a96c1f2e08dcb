import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LookupQueue, type QueueDeps, type QueueStore } from '@/utils/registry/queue';
import type { Progress } from '@/utils/registry/wire';
import { lookup, type LookupOutcome, type RegistryQuery } from '@/utils/registry/lookup';
import { createClient } from '@/utils/registry/client';
import { mapResult } from '@/utils/registry/map';
import { parsePayload } from '@/utils/registry/schema';
import { startRegistryServer, type RegistryServer } from '../../tools/registry-server';
import { body, entry, fakeClock } from './helpers';

/** Like storage.local: what is saved comes back as a JSON copy. */
function memoryStore(): QueueStore & { saved: unknown; saves: number } {
  const store = {
    saved: undefined as unknown,
    saves: 0,
    load: async () =>
      store.saved === undefined ? undefined : JSON.parse(JSON.stringify(store.saved)),
    save: async (state: unknown) => {
      store.saves++;
      store.saved = JSON.parse(JSON.stringify(state));
    },
  };
  return store;
}

const FOUND: LookupOutcome = {
  status: 'found',
  match: mapResult(parsePayload(body([entry('912345675')])).results[0]!, '2026-12-01'),
};

/** A directory answering by query id: "f…" found, "a…" ambiguous, "n…" not found, else an error. */
function answer(query: RegistryQuery): LookupOutcome {
  const key = 'id' in query ? query.id : query.name;
  if (key.startsWith('f')) return FOUND;
  if (key.startsWith('a')) return { status: 'ambiguous', candidates: [] };
  if (key.startsWith('n')) return { status: 'not-found' };
  return { status: 'error', code: 'server', error: 'HTTP 500' };
}

/** Lookups that answer only when the test says so. */
function gate() {
  const waiting: (() => void)[] = [];
  return {
    asked: [] as string[],
    waiting,
    lookup(query: RegistryQuery, signal: AbortSignal) {
      this.asked.push('id' in query ? query.id : query.name);
      return new Promise<LookupOutcome>((resolve) => {
        const answerIt = () => resolve(answer(query));
        waiting.push(answerIt);
        signal.addEventListener('abort', () => {
          waiting.splice(waiting.indexOf(answerIt), 1);
          resolve({ status: 'error', code: 'cancelled', error: 'cancelled' });
        });
      });
    },
    /** Lets the next `n` questions be answered, one after the other. */
    async release(n = 1) {
      for (let i = 0; i < n; i++) {
        while (!waiting.length) await new Promise((r) => setTimeout(r, 1));
        waiting.shift()!();
        await new Promise((r) => setTimeout(r, 1));
      }
    },
  };
}

function queue(
  store: QueueStore,
  ask: QueueDeps['lookup'],
  options: Pick<QueueDeps, 'concurrency' | 'batchMs'> = { batchMs: 0 },
) {
  const applied: string[] = [];
  /** How many answers each write carried. */
  const writes: number[] = [];
  const events: Progress[] = [];
  const q = new LookupQueue({
    store,
    lookup: ask,
    apply: async (found) => {
      writes.push(found.length);
      const ids = found.map((f) => f.prospectId);
      applied.push(...ids.filter((id) => id !== 'gone'));
      return ids.filter((id) => id === 'gone');
    },
    now: () => '2026-12-01T09:00:00.000Z',
    onProgress: (p) => events.push(p),
    ...options,
  });
  return { q, applied, writes, events };
}

/** The progress of a queue that went through everything. */
const finished = (counts: Pick<Progress, 'found' | 'ambiguous' | 'notFound' | 'failed'>) => ({
  status: 'done',
  total: counts.found + counts.ambiguous + counts.notFound + counts.failed,
  pending: 0,
  ...counts,
});

const items = (...keys: string[]) =>
  keys.map((k, i) => ({ prospectId: `p${i}`, query: { id: k } }));

describe('whole-file lookup queue', () => {
  it('asks about every prospect once and sums up', async () => {
    const { q, applied, events } = queue(memoryStore(), async (query) => answer(query));
    await q.enqueue([
      ...items('f1', 'a1', 'n1', 'x1', 'f2'),
      { prospectId: 'p0', query: { id: 'f1' } },
    ]);
    const done = await q.run();
    expect(done).toEqual(finished({ found: 2, ambiguous: 1, notFound: 1, failed: 1 }));
    expect(applied).toEqual(['p0', 'p4']);
    expect(q.items().find((i) => i.prospectId === 'p3')).toMatchObject({
      state: 'failed',
      error: 'server',
    });
    // Progress is reported live, as the answers are written, and only grows.
    const answered = events.map((e) => e.total - e.pending);
    expect(answered[0]).toBe(0);
    expect(answered.at(-1)).toBe(5);
    expect(answered.every((n, i) => i === 0 || n >= answered[i - 1]!)).toBe(true);
  });

  it('asks a few at once, never more, and writes the answers gathered together', async () => {
    const g = gate();
    const store = memoryStore();
    const { q, writes } = queue(store, (query, signal) => g.lookup(query, signal), {
      concurrency: 3,
      batchMs: 20,
    });
    await q.enqueue(items('f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'n1'));
    await new Promise((r) => setTimeout(r, 1));
    expect(g.asked).toEqual(['f1', 'f2', 'f3']);
    // Three answers at once: three more questions go out before anything is written.
    for (let i = 0; i < 3; i++) g.waiting.shift()!();
    await new Promise((r) => setTimeout(r, 1));
    expect(g.asked).toHaveLength(6);
    expect(g.waiting).toHaveLength(3);
    while (g.waiting.length || g.asked.length < 7) await g.release(1);
    expect(await q.run()).toEqual(finished({ found: 6, ambiguous: 0, notFound: 1, failed: 0 }));
    expect(writes.reduce((a, b) => a + b, 0)).toBe(6);
    expect(writes[0]).toBeGreaterThanOrEqual(3);
    expect(store.saves).toBeLessThan(7);
  });

  it('a worker stopped with questions in flight and answers not yet written: each is asked again, counted once', async () => {
    const store = memoryStore();
    const g = gate();
    const before = queue(store, (query, signal) => g.lookup(query, signal), {
      concurrency: 3,
      batchMs: 60_000,
    });
    await before.q.enqueue(items('f1', 'f2', 'f3', 'f4', 'f5'));
    await g.release(2);
    expect(g.asked).toHaveLength(5);
    // Stopped here: two answers gathered, three questions in flight, nothing written yet.
    expect((store.saved as { items: { state: string }[] }).items.map((i) => i.state)).toEqual(
      Array(5).fill('pending'),
    );
    const asked: string[] = [];
    const after = queue(store, async (query) => {
      asked.push('id' in query ? query.id : query.name);
      return answer(query);
    });
    await after.q.restore();
    expect(await after.q.run()).toEqual(
      finished({ found: 5, ambiguous: 0, notFound: 0, failed: 0 }),
    );
    expect(asked.sort()).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
    expect(after.applied.sort()).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    await before.q.cancel();
  });

  it('an ambiguous prospect is asked again by the SIREN she chose among its matches', async () => {
    const candidates = [{ siren: '912345675', name: 'ATELIER', active: true }];
    const ask = async (query: RegistryQuery): Promise<LookupOutcome> =>
      'name' in query ? { status: 'ambiguous', candidates } : answer({ id: `f${query.id}` });
    const { q, applied } = queue(memoryStore(), ask);
    await q.enqueue([{ prospectId: 'p0', query: { name: 'Atelier' } }]);
    expect(await q.run()).toEqual(finished({ found: 0, ambiguous: 1, notFound: 0, failed: 0 }));
    expect(q.items()[0]!.candidates).toEqual(candidates);
    // A SIREN that was not among its matches changes nothing.
    await q.choose('p0', '552032534');
    expect(q.items()[0]!.state).toBe('ambiguous');
    await q.choose('p0', '912345675');
    expect(await q.run()).toEqual(finished({ found: 1, ambiguous: 0, notFound: 0, failed: 0 }));
    expect(q.items()[0]!.query).toEqual({ id: '912345675' });
    expect(applied).toEqual(['p0']);
  });

  it('an answer that cannot be saved counts as failed', async () => {
    const { q } = queue(memoryStore(), async (query) => answer(query));
    await q.enqueue([{ prospectId: 'gone', query: { id: 'f1' } }]);
    expect(await q.run()).toMatchObject({ found: 0, failed: 1 });
    expect(q.items()[0]).toMatchObject({ state: 'failed', error: 'not-saved' });
  });

  it('pauses after the answer in flight and resumes where it was', async () => {
    const g = gate();
    const { q } = queue(memoryStore(), (query, signal) => g.lookup(query, signal), {
      concurrency: 1,
      batchMs: 0,
    });
    await q.enqueue(items('f1', 'f2', 'f3', 'f4'));
    await g.release(1);
    await q.pause();
    await g.release(1); // the one in flight when paused
    const paused = await q.run();
    expect(paused).toMatchObject({ status: 'paused', found: 2, pending: 2 });
    expect(g.asked).toEqual(['f1', 'f2']);
    await q.resume();
    await g.release(2);
    expect(await q.run()).toMatchObject({ status: 'done', found: 4 });
  });

  it('cancel abandons the question in flight and leaves the rest unasked; a new file starts anew', async () => {
    const g = gate();
    const { q, applied } = queue(memoryStore(), (query, signal) => g.lookup(query, signal), {
      concurrency: 1,
      batchMs: 0,
    });
    await q.enqueue(items('f1', 'f2', 'f3'));
    await g.release(1);
    await q.cancel();
    expect(await q.run()).toMatchObject({ status: 'cancelled', found: 1, pending: 2 });
    expect(applied).toEqual(['p0']);
    await q.enqueue(items('n1'));
    await g.release(1);
    expect(await q.run()).toEqual(finished({ found: 0, ambiguous: 0, notFound: 1, failed: 0 }));
  });

  it('a worker stopped midway: a new one reads the saved queue and finishes it', async () => {
    const store = memoryStore();
    const first = gate();
    const before = queue(store, (query, signal) => first.lookup(query, signal), {
      concurrency: 1,
      batchMs: 0,
    });
    await before.q.enqueue(items('f1', 'n1', 'a1', 'f2', 'f3'));
    await first.release(2);
    // The worker stops here: the third question never gets its answer.
    const after = queue(store, async (query) => answer(query));
    const restored = await after.q.restore();
    expect(restored).toMatchObject({ status: 'running', found: 1, notFound: 1, pending: 3 });
    expect(await after.q.run()).toEqual(
      finished({ found: 3, ambiguous: 1, notFound: 1, failed: 0 }),
    );
    expect(after.applied).toEqual(['p3', 'p4']);
  });

  it('a waking worker restoring twice at once (start-up and alarm) asks each prospect once', async () => {
    const store = memoryStore();
    const g = gate();
    const first = queue(store, (query, signal) => g.lookup(query, signal), {
      concurrency: 1,
      batchMs: 0,
    });
    await first.q.enqueue(items('f1', 'n1', 'f2'));
    await g.release(1);
    await first.q.pause();
    await g.release(1);
    await first.q.run();
    store.saved = { ...(store.saved as object), status: 'running' };
    const asked: string[] = [];
    const after = queue(store, async (query) => {
      asked.push('id' in query ? query.id : query.name);
      return answer(query);
    });
    await Promise.all([after.q.restore(), after.q.restore()]);
    expect(await after.q.run()).toMatchObject({ status: 'done', found: 2, notFound: 1 });
    expect(asked).toEqual(['f2']);
  });

  it('a paused queue stays paused after a restart; a damaged saved state is ignored', async () => {
    const store = memoryStore();
    const g = gate();
    const { q } = queue(store, (query, signal) => g.lookup(query, signal), {
      concurrency: 1,
      batchMs: 0,
    });
    await q.enqueue(items('f1', 'f2'));
    await q.pause();
    await g.release(1);
    const again = queue(store, async (query) => answer(query));
    expect(await again.q.restore()).toMatchObject({ status: 'paused', pending: 1 });
    store.saved = { schemaVersion: 1, status: 'running', items: 'many' };
    expect(await queue(store, async (query) => answer(query)).q.restore()).toMatchObject({
      status: 'idle',
      total: 0,
    });
  });
});

describe('queue against the fake directory', () => {
  let server: RegistryServer;
  beforeAll(async () => {
    server = await startRegistryServer();
  });
  afterAll(() => server.close());

  it('30 prospects through 429, 500, a timeout and a malformed body: every one accounted for', async () => {
    const ask = createClient({
      baseUrl: server.url,
      clock: fakeClock(),
      timeoutMs: 300,
      retries: 3,
    });
    const sirens = ['912345675', '775678907', '530123454', '216901231', '887654325', '732829320'];
    const entries = Array.from({ length: 30 }, (_, i) => ({
      prospectId: `p${i}`,
      query: { id: sirens[i % 6]! },
    }));
    server.fail('429', 1, 1);
    server.fail('500', 1);
    server.fail('timeout', 1);
    server.fail('malformed', 1);
    const { q, applied } = queue(memoryStore(), (query, signal) =>
      lookup(ask, query, '2026-12-01').then((o) => (signal.aborted ? o : o)),
    );
    await q.enqueue(entries);
    const done = await q.run();
    // The first prospect meets 429, 500 and a timeout, and is found on the fourth try; the
    // malformed body is not retried: the second one fails.
    expect(done).toEqual(finished({ found: 24, ambiguous: 0, notFound: 5, failed: 1 }));
    expect(applied).toHaveLength(24);
  });
});
