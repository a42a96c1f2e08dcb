/** Time, injectable so that tests run the limiter and the backoff on a fake clock. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * At most `limit` grants in any window of `windowMs` (sliding, not per calendar second), and a
 * pause for everyone after a 429. Callers are served one at a time, in order. A grant counts from
 * when its request is answered, if the caller says so: a request held up on the way then cannot
 * reach the server in the same second as the seven after it.
 */
export class RateLimiter {
  private grants: { at: number }[] = [];
  private heldUntil = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly clock: Clock,
    private readonly limit = 7,
    private readonly windowMs = 1000,
  ) {}

  /** Resolves when one more request may be sent, with what to call once it is answered. */
  acquire(): Promise<() => void> {
    const turn = this.queue.then(() => this.wait());
    this.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  /** No grant before `ms` from now (the server's Retry-After). */
  hold(ms: number) {
    this.heldUntil = Math.max(this.heldUntil, this.clock.now() + ms);
  }

  private async wait(): Promise<() => void> {
    for (;;) {
      const now = this.clock.now();
      this.grants = this.grants.filter((g) => g.at > now - this.windowMs);
      const oldest = Math.min(...this.grants.map((g) => g.at));
      const free = this.grants.length < this.limit ? now : oldest + this.windowMs;
      const at = Math.max(free, this.heldUntil);
      if (at <= now) {
        const grant = { at: now };
        this.grants.push(grant);
        return () => {
          grant.at = Math.max(grant.at, this.clock.now());
        };
      }
      await this.clock.sleep(at - now);
    }
  }
}
