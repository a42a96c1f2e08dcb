import { describe, expect, it } from 'vitest';
import { RateLimiter } from '@/utils/registry/rate-limit';
import { fakeClock } from './helpers';

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
    await Promise.all(
      Array.from({ length: 100 }, () => limiter.acquire().then(() => times.push(clock.now()))),
    );
    expect(times).toHaveLength(100);
    expect(busiestSecond(times)).toBe(7);
    // 100 grants at 7 per second: the last one in the 15th second, not later.
    expect(times.at(-1)! - times[0]!).toBe(14_000);
  });

  it('requests spread out in time are not delayed', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(clock);
    for (let i = 0; i < 20; i++) {
      await limiter.acquire();
      await clock.sleep(200);
    }
    expect(clock.slept.every((ms) => ms === 200)).toBe(true);
  });

  it('a hold (after a 429) delays every caller until it ends, then the window applies', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(clock);
    await limiter.acquire();
    const start = clock.now();
    limiter.hold(5000);
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, () => limiter.acquire().then(() => times.push(clock.now()))),
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
