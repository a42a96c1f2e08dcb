import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_NAME, createClient, retryAfterMs } from '@/utils/registry/client';
import { lookup } from '@/utils/registry/lookup';
import { startRegistryServer, type RegistryServer } from '../../tools/registry-server';
import { body, entry, fakeClock, sharedClock } from './helpers';

let server: RegistryServer;
beforeAll(async () => {
  server = await startRegistryServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function client(more: Parameters<typeof createClient>[0] = {}) {
  const clock = fakeClock();
  return { clock, ask: createClient({ baseUrl: server.url, clock, ...more }) };
}
const TODAY = '2026-12-01';

describe('directory client', () => {
  it('asks /search with the SIREN as q, trimmed output, and says who it is', async () => {
    const { ask } = client();
    const outcome = await lookup(ask, { id: '912 345 675' }, TODAY);
    expect(outcome.status).toBe('found');
    const [request] = server.requests;
    expect(Object.fromEntries(request!.query)).toEqual({
      q: '912345675',
      minimal: 'true',
      include: 'siege,complements,dirigeants',
      per_page: '5',
    });
    expect(request!.headers['user-agent']).toBe(CLIENT_NAME);
    expect(request!.headers['x-client-name']).toBe(CLIENT_NAME);
  });

  it('a SIRET lookup finds its company', async () => {
    const outcome = await lookup(client().ask, { id: '91234567500017' }, TODAY);
    expect(outcome.status === 'found' && outcome.match.fields.siren?.value).toBe('912345675');
  });

  it('not found, several matches, one match by name and postcode', async () => {
    const { ask } = client();
    expect(await lookup(ask, { id: '732829320' }, TODAY)).toEqual({ status: 'not-found' });
    const several = await lookup(ask, { name: 'Boulangerie du Pont', postcode: '69001' }, TODAY);
    expect(several.status).toBe('ambiguous');
    if (several.status === 'ambiguous') {
      expect(several.candidates.map((c) => c.siren)).toEqual(['421234568', '421234576']);
      expect(several.candidates[0]).toMatchObject({
        postalCode: '69001',
        city: 'LYON',
        active: true,
      });
    }
    const one = await lookup(ask, { name: 'Boulangerie du Pont', postcode: '75011' }, TODAY);
    expect(one.status === 'found' && one.match.fields.siren?.value).toBe('421234584');
    expect(server.requests.at(-1)!.query.get('code_postal')).toBe('75011');
  });

  it('a query that cannot be right is not sent', async () => {
    const { ask } = client();
    for (const query of [
      { id: '912345676' },
      { id: '12AB' },
      { name: 'ab' },
      { name: 'Lumen', postcode: '6900' },
    ]) {
      expect(await lookup(ask, query, TODAY)).toMatchObject({ status: 'error', code: 'bad-query' });
    }
    expect(server.requests).toHaveLength(0);
  });

  it('a 429 waits as long as Retry-After says, then succeeds', async () => {
    const { ask, clock } = client();
    server.fail('429', 2, 3);
    const start = clock.now();
    const outcome = await lookup(ask, { id: '912345675' }, TODAY);
    expect(outcome.status).toBe('found');
    expect(server.requests).toHaveLength(3);
    expect(clock.now() - start).toBeGreaterThanOrEqual(6000);
  });

  it('a 429 without Retry-After backs off, longer each time', async () => {
    const { ask, clock } = client();
    server.fail('429', 2);
    expect((await lookup(ask, { id: '912345675' }, TODAY)).status).toBe('found');
    expect(clock.slept).toEqual([500, 1000]);
  });

  it('a Retry-After beyond the bound is a failure, not a wait', async () => {
    server.fail('429', 1, 3600);
    const outcome = await lookup(client().ask, { id: '912345675' }, TODAY);
    expect(outcome).toMatchObject({ status: 'error', code: 'rate-limited' });
    expect(server.requests).toHaveLength(1);
  });

  it('5xx are retried a bounded number of times', async () => {
    server.fail('500', 2);
    expect((await lookup(client().ask, { id: '912345675' }, TODAY)).status).toBe('found');
    server.requests.length = 0;
    server.fail('500', 10);
    const outcome = await lookup(client({ retries: 3 }).ask, { id: '912345675' }, TODAY);
    expect(outcome).toMatchObject({ status: 'error', code: 'server' });
    expect(server.requests).toHaveLength(4);
  });

  it('a timeout is retried, then reported', async () => {
    server.fail('timeout', 1);
    expect((await lookup(client({ timeoutMs: 300 }).ask, { id: '912345675' }, TODAY)).status).toBe(
      'found',
    );
    server.fail('timeout', 2);
    const outcome = await lookup(
      client({ timeoutMs: 300, retries: 1 }).ask,
      { id: '912345675' },
      TODAY,
    );
    expect(outcome).toMatchObject({ status: 'error', code: 'timeout' });
  });

  it('malformed, oversized and reshaped answers are errors, not retried', async () => {
    for (const [failure, code] of [
      ['malformed', 'malformed'],
      ['oversized', 'oversized'],
      ['schema', 'schema'],
    ] as const) {
      server.requests.length = 0;
      server.fail(failure);
      const outcome = await lookup(client().ask, { id: '912345675' }, TODAY);
      expect(outcome, failure).toMatchObject({ status: 'error', code });
      expect(server.requests, failure).toHaveLength(1);
    }
  });

  it('a server that cannot be reached is a network error', async () => {
    const outcome = await lookup(
      createClient({ baseUrl: 'http://127.0.0.1:9', clock: fakeClock(), retries: 1 }),
      { id: '912345675' },
      TODAY,
    );
    expect(outcome).toMatchObject({ status: 'error', code: 'network' });
  });

  it('one limiter shared by concurrent lookups paces them at 7 per second', async () => {
    const clock = sharedClock();
    const sent: number[] = [];
    const ask = createClient({
      clock,
      // Answered at once, so that virtual time alone decides.
      fetch: async () => {
        sent.push(clock.now());
        return new Response(body([entry('912345675')]), { status: 200 });
      },
    });
    const start = clock.now();
    const all = Promise.all(
      Array.from({ length: 15 }, () => lookup(ask, { id: '912345675' }, TODAY)),
    );
    await clock.run();
    expect((await all).every((o) => o.status === 'found')).toBe(true);
    // 15 requests: 7 in the first 1,020 ms (a second and its margin), 7 in the next, the last
    // one at 2,040 ms; never two within 1/7 s.
    expect(sent).toHaveLength(15);
    expect(sent.at(-1)! - start).toBeCloseTo(2040);
    expect(sent[7]! - sent[0]!).toBeCloseTo(1020);
  });

  it('a body without a length is cut off as soon as it passes the cap', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    const ask = createClient({
      clock: fakeClock(),
      maxBytes: 256 * 1024,
      fetch: async () => new Response(stream, { status: 200 }),
    });
    expect(await lookup(ask, { id: '912345675' }, TODAY)).toMatchObject({
      status: 'error',
      code: 'oversized',
    });
    expect(pulled).toBeLessThan(10);
  });

  it('reads Retry-After in seconds or as a date', () => {
    expect(retryAfterMs('3', 0)).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
    expect(retryAfterMs(null, 0)).toBeUndefined();
  });
});
