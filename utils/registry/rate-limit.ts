/** Time, injectable so that tests run the limiter and the backoff on a fake clock. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Called once its answer has begun to arrive (or the request failed): later calls do nothing. */
export type Answered = () => void;

/**
 * At most `limit` requests in any window of `windowMs` as the server counts them, however many
 * are in flight and however long they take on the way. All we know of a request's arrival is that
 * it came after we sent it and before its answer began; so a request holds its place from when it
 * is sent until a window (plus a margin for clock rounding) after its answer began, and all the
 * while it is unanswered. Then no `limit + 1` requests can have reached the server within one
 * window: the last one sent would have found the others still holding their places. Grants are
 * also spaced by `windowMs / limit`, so that the server sees a steady pace rather than bursts.
 * After a 429, everyone waits (`hold`). Callers are served one at a time, in order.
 */
export class RateLimiter {
  /** When each request still holding a place was answered (undefined: in flight). */
  private grants: { answeredAt?: number }[] = [];
  private lastGrant = -Infinity;
  private heldUntil = 0;
  private queue: Promise<void> = Promise.resolve();
  private onAnswer: (() => void)[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly limit = 7,
    private readonly windowMs = 1000,
    private readonly marginMs = 20,
  ) {}

  /** Resolves when one more request may be sent, with what to call once it is answered. */
  acquire(): Promise<Answered> {
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

  /** Requests sent and not yet answered. */
  get inFlight(): number {
    return this.grants.filter((g) => g.answeredAt === undefined).length;
  }

  private async wait(): Promise<Answered> {
    const span = this.windowMs + this.marginMs;
    for (;;) {
      const now = this.clock.now();
      this.grants = this.grants.filter(
        (g) => g.answeredAt === undefined || g.answeredAt + span > now,
      );
      let at = Math.max(this.heldUntil, this.lastGrant + this.windowMs / this.limit);
      if (this.grants.length >= this.limit) {
        const answered = this.grants.flatMap((g) =>
          g.answeredAt === undefined ? [] : [g.answeredAt],
        );
        if (!answered.length) {
          // Every place is held by a request in flight: only an answer can free one.
          await new Promise<void>((resolve) => this.onAnswer.push(resolve));
          continue;
        }
        // An answer that comes meanwhile frees its place later than this one.
        at = Math.max(at, Math.min(...answered) + span);
      }
      if (at <= now) return this.grant(now);
      await this.clock.sleep(at - now);
    }
  }

  private grant(now: number): Answered {
    const grant: { answeredAt?: number } = {};
    this.grants.push(grant);
    this.lastGrant = now;
    return () => {
      if (grant.answeredAt !== undefined) return;
      grant.answeredAt = this.clock.now();
      for (const wake of this.onAnswer.splice(0)) wake();
    };
  }
}
