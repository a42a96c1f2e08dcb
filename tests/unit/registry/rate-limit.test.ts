import { describe, expect, it } from 'vitest';
import { RateLimiter } from '@/utils/registry/rate-limit';
import { fakeClock, sharedClock } from './helpers';

/** The most grants in any one-second window, given the grant times. */
function busiestSecond(times: number[]): number {
  let most = 0;
  for (const start of times)
    most = Math.max(most, times.filter((t) => t >= start && t < start + 1000).length);
  return most;
}

describe('rate limiter', () => {
  it('never grants more than 7 in any one-second window, and keeps to that pace', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(clock);
    const times: number[] = [];
    // Requests answered at once.
    await Promise.all(
      Array.from({ length: 100 }, () =>
        limiter.acquire().then((answered) => {
          times.push(clock.now());
          answered();
        }),
      ),
    );
    expect(times).toHaveLength(100);
    expect(busiestSecond(times)).toBe(7);
    // Spaced by 1/7 s, each place held a second and a 20 ms margin: the 100th grant (the second
    // of the 15th seven) 14 × 1,020 ms + 1/7 s after the first.
    expect(times.at(-1)! - times[0]!).toBeCloseTo(14 * 1020 + 1000 / 7);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(Math.min(...gaps)).toBeCloseTo(1000 / 7);
  });

  it('requests spread out in time are not delayed', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(clock);
    for (let i = 0; i < 20; i++) {
      const answered = await limiter.acquire();
      answered();
      await clock.sleep(200);
    }
    expect(clock.slept.every((ms) => ms === 200)).toBe(true);
  });

  it('a hold (after a 429) delays every caller until it ends, then the window applies', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(clock);
    (await limiter.acquire())();
    const start = clock.now();
    limiter.hold(5000);
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, () =>
        limiter.acquire().then((answered) => {
          times.push(clock.now());
          answered();
        }),
      ),
    );
    expect(Math.min(...times)).toBe(start + 5000);
    expect(busiestSecond([start, ...times])).toBeLessThanOrEqual(7);
  });

  it('a grant counts from when its request was answered: a slow one delays the seventh after it', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(clock);
    const granted: number[] = [];
    const answeredAt: number[] = [];
    for (let i = 0; i < 21; i++) {
      const answered = await limiter.acquire();
      granted.push(clock.now());
      await clock.sleep(i % 7 === 0 ? 300 : 10); // the first of each seven is slow to come back
      answered();
      answeredAt.push(clock.now());
    }
    // Wherever a request reached the server before its answer, the seventh after it came later
    // than a second after it.
    for (let i = 7; i < 21; i++) {
      expect(granted[i]! - answeredAt[i - 7]!).toBeGreaterThanOrEqual(1000);
    }
    expect(busiestSecond(granted)).toBeLessThanOrEqual(7);
  });
});

describe('rate limiter with several requests in flight', () => {
  /**
   * `lanes` callers each sending request after request; request i reaches the server `transit(i)`
   * ms after it is sent and its answer begins `serve(i)` ms later.
   */
  async function simulate(
    count: number,
    lanes: number,
    transit: (i: number) => number,
    serve: (i: number) => number,
  ) {
    const clock = sharedClock();
    const limiter = new RateLimiter(clock);
    const sent: number[] = [];
    const arrived: number[] = [];
    let next = 0;
    let inFlight = 0;
    let mostInFlight = 0;
    const lane = async () => {
      while (next < count) {
        const i = next++;
        const answered = await limiter.acquire();
        sent.push(clock.now());
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        await clock.sleep(transit(i));
        arrived.push(clock.now());
        await clock.sleep(serve(i));
        answered();
        inFlight--;
      }
    };
    const done = Promise.all(Array.from({ length: lanes }, lane));
    await clock.run();
    await done;
    const sort = (times: number[]) => [...times].sort((a, b) => a - b);
    return { sent: sort(sent), arrived: sort(arrived), mostInFlight };
  }

  it('however uneven the way there, the server never gets more than 7 in one second', async () => {
    // Every seventh request is held up on the way (300 ms), the others are quick.
    const { sent, arrived, mostInFlight } = await simulate(
      140,
      4,
      (i) => (i % 7 === 3 ? 300 : 5),
      (i) => 10 + (i % 5),
    );
    expect(arrived).toHaveLength(140);
    expect(busiestSecond(sent)).toBeLessThanOrEqual(7);
    expect(busiestSecond(arrived)).toBeLessThanOrEqual(7);
    expect(mostInFlight).toBeGreaterThan(1);
  });

  it('quick answers keep the pace near 7 per second, evenly spaced', async () => {
    const { sent, arrived } = await simulate(
      141,
      3,
      () => 5,
      () => 15,
    );
    expect(busiestSecond(arrived)).toBeLessThanOrEqual(7);
    // Each place is held for a second (and its margin) after the answer began, 20 ms after sending.
    const rate = (sent.length - 1) / ((sent.at(-1)! - sent[0]!) / 1000);
    expect(rate).toBeGreaterThan(6.6);
    expect(rate).toBeLessThanOrEqual(7);
    const gaps = sent.slice(1).map((t, i) => t - sent[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(Math.floor(1000 / 7));
  });

  it('seven requests unanswered hold every place: the eighth waits for an answer', async () => {
    const clock = sharedClock();
    const limiter = new RateLimiter(clock);
    const answers = [];
    for (let i = 0; i < 7; i++) {
      const granted = limiter.acquire();
      await clock.run();
      answers.push(await granted);
    }
    let eighth = false;
    const waiting = limiter.acquire().then((answered) => {
      eighth = true;
      return answered;
    });
    const later = clock.sleep(5000);
    await clock.run();
    await later;
    expect(eighth).toBe(false);
    expect(limiter.inFlight).toBe(7);
    const answeredAt = clock.now();
    answers[0]!();
    await clock.run();
    expect(eighth).toBe(true);
    expect(clock.now()).toBe(answeredAt + 1020);
    (await waiting)();
  });
});
