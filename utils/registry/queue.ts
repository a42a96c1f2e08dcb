/**
 * A whole file of prospects looked up, as pure logic over a store. A few questions are in flight
 * at once (the rate limiter paces them), so that neither the wait for an answer nor the writing
 * of the last one holds up the next. Answers are written in batches: the found ones into their
 * prospects in one transaction, then the queue's state. A prospect stays pending in the saved
 * state until its answer is written, so a worker stopped meanwhile asks it again (writing an
 * answer twice changes nothing) and counts it once.
 */
import { z } from '../zod';
import { cappedString } from '../model/evidence';
import type { LookupOutcome } from './lookup';
import type { RegistryMatch } from './map';
import { REGISTRY_ERRORS } from './errors';
import {
  CandidateSchema,
  QUEUE_STATUSES,
  RegistryQuerySchema,
  type Progress,
  type RegistryQuery,
} from './wire';

export const ITEM_STATES = ['pending', 'found', 'ambiguous', 'not-found', 'failed'] as const;

/** What the store keeps: validated when read back, since storage outlives versions. */
export const QueueStateSchema = z.object({
  schemaVersion: z.literal(1),
  status: z.enum(QUEUE_STATUSES),
  items: z
    .array(
      z.object({
        prospectId: cappedString(64),
        query: RegistryQuerySchema,
        state: z.enum(ITEM_STATES),
        error: z.enum(REGISTRY_ERRORS).optional(),
        candidates: z.array(CandidateSchema).max(10).optional(),
      }),
    )
    .max(100_000),
  updatedAt: z.iso.datetime(),
});
export type QueueState = z.infer<typeof QueueStateSchema>;
export type QueueItem = QueueState['items'][number];

export interface QueueStore {
  load(): Promise<unknown>;
  save(state: QueueState): Promise<void>;
}

export interface FoundAnswer {
  prospectId: string;
  match: RegistryMatch;
}

export interface QueueDeps {
  store: QueueStore;
  /** Asks the directory; failures come back as 'error' outcomes. */
  lookup(query: RegistryQuery, signal: AbortSignal): Promise<LookupOutcome>;
  /**
   * Writes found answers into their prospects (never over her own values), together. Returns the
   * prospects that could not be written (gone meanwhile).
   */
  apply(found: FoundAnswer[]): Promise<string[]>;
  now(): string;
  onProgress?(progress: Progress): void;
  /** Questions in flight at most. */
  concurrency?: number;
  /** How long answers gather before they are written together. */
  batchMs?: number;
}

export function progressOf(state: QueueState | undefined): Progress {
  const count = (s: QueueItem['state']) => state?.items.filter((i) => i.state === s).length ?? 0;
  return {
    status: state?.status ?? 'idle',
    total: state?.items.length ?? 0,
    pending: count('pending'),
    found: count('found'),
    ambiguous: count('ambiguous'),
    notFound: count('not-found'),
    failed: count('failed'),
  };
}

/** What an answer makes of its item. */
function settled(item: QueueItem, outcome: LookupOutcome, unsaved: ReadonlySet<string>) {
  const done: QueueItem = { prospectId: item.prospectId, query: item.query, state: 'failed' };
  if (outcome.status === 'found') {
    if (unsaved.has(item.prospectId)) done.error = 'not-saved';
    else done.state = 'found';
  } else if (outcome.status === 'ambiguous') {
    done.state = 'ambiguous';
    done.candidates = outcome.candidates;
  } else if (outcome.status === 'not-found') {
    done.state = 'not-found';
  } else {
    done.error = outcome.code;
  }
  return done;
}

export class LookupQueue {
  private state: QueueState | undefined;
  private loop: Promise<Progress> | undefined;
  private restoring: Promise<Progress> | undefined;
  private abort = new AbortController();
  /** Items asked or answered, not yet written: no one else asks them. */
  private readonly taken = new Set<QueueItem>();
  private answers: { item: QueueItem; outcome: LookupOutcome }[] = [];
  private batchTimer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  /** No pending item before this position. */
  private scan = 0;

  constructor(private readonly deps: QueueDeps) {}

  /**
   * Reads the saved queue (after a restart) and goes on if it was running. One read at a time: a
   * waking worker restores at start-up and on the alarm, and a second read replacing the state
   * under a running loop would have it ask the same prospect twice.
   */
  restore(): Promise<Progress> {
    if (this.loop) return Promise.resolve(this.progress());
    this.restoring ??= this.load().finally(() => (this.restoring = undefined));
    return this.restoring;
  }

  private async load(): Promise<Progress> {
    const saved = QueueStateSchema.safeParse(await this.deps.store.load());
    this.state = saved.success ? saved.data : undefined;
    this.scan = 0;
    if (this.state?.status === 'running') void this.run();
    return progressOf(this.state);
  }

  progress = () => progressOf(this.state);
  items = (): readonly QueueItem[] => this.state?.items ?? [];

  /** Adds prospects (once each) and starts; a finished or cancelled queue starts anew. */
  async enqueue(entries: { prospectId: string; query: RegistryQuery }[]): Promise<Progress> {
    const fresh = !this.state || this.state.status === 'done' || this.state.status === 'cancelled';
    const items = fresh ? [] : [...this.state!.items];
    const queued = new Set(items.filter((i) => i.state === 'pending').map((i) => i.prospectId));
    for (const e of entries) {
      if (queued.has(e.prospectId)) continue;
      queued.add(e.prospectId);
      items.push({ prospectId: e.prospectId, query: e.query, state: 'pending' });
    }
    const status = fresh ? 'running' : this.state!.status;
    this.scan = 0;
    await this.save({ schemaVersion: 1, status, items, updatedAt: this.deps.now() });
    if (status === 'running') void this.run();
    return this.progress();
  }

  /** The answers in flight are still recorded; no new question is asked. */
  pause = () => this.setStatus('paused', 'running');
  resume = async () => {
    const progress = await this.setStatus('running', 'paused');
    void this.run();
    return progress;
  };
  /** Stops at once: the questions in flight are abandoned, the rest left unasked. */
  cancel = async () => {
    const progress = await this.setStatus('cancelled', 'running', 'paused');
    this.abort.abort();
    return progress;
  };

  /** She picked one of an item's matches: it is asked again by that SIREN, as the file goes on. */
  async choose(prospectId: string, siren: string): Promise<Progress> {
    const state = this.state;
    const item = state?.items.find((i) => i.prospectId === prospectId && i.state === 'ambiguous');
    if (!state || state.status === 'cancelled' || !item?.candidates?.some((c) => c.siren === siren))
      return this.progress();
    const chosen: QueueItem = { prospectId, query: { id: siren }, state: 'pending' };
    const status = state.status === 'done' ? 'running' : state.status;
    this.scan = 0;
    await this.save({ ...state, status, items: state.items.map((i) => (i === item ? chosen : i)) });
    if (status === 'running') void this.run();
    return this.progress();
  }

  /** Works through the pending items until paused, cancelled or done. */
  run(): Promise<Progress> {
    this.loop ??= this.work().finally(() => {
      this.loop = undefined;
      // Cancelled then given new prospects while a question was in flight: start on those.
      if (this.progress().status === 'running' && this.progress().pending) void this.run();
    });
    return this.loop;
  }

  private async work(): Promise<Progress> {
    if (this.abort.signal.aborted) this.abort = new AbortController();
    const signal = this.abort.signal;
    const lanes = Math.max(1, this.deps.concurrency ?? 3);
    await Promise.all(Array.from({ length: lanes }, () => this.lane(signal)));
    await this.write();
    if (this.state?.status === 'running' && !signal.aborted && !this.progress().pending) {
      await this.save({ ...this.state, status: 'done' });
    }
    return this.progress();
  }

  /** Asks one pending item after the other while the queue runs. */
  private async lane(signal: AbortSignal) {
    while (this.state?.status === 'running' && !signal.aborted) {
      const item = this.nextPending();
      if (!item) return;
      this.taken.add(item);
      const outcome = await this.deps
        .lookup(item.query, signal)
        .catch((error: unknown): LookupOutcome => ({
          status: 'error',
          code: 'network',
          error: String(error).slice(0, 500),
        }));
      if (signal.aborted) {
        this.taken.delete(item);
        return;
      }
      this.answers.push({ item, outcome });
      this.batchTimer ??= setTimeout(() => void this.write(), this.deps.batchMs ?? 500);
    }
  }

  private nextPending(): QueueItem | undefined {
    const items = this.state?.items ?? [];
    while (this.scan < items.length && items[this.scan]!.state !== 'pending') this.scan++;
    for (let i = this.scan; i < items.length; i++) {
      const item = items[i]!;
      if (item.state === 'pending' && !this.taken.has(item)) return item;
    }
    return undefined;
  }

  /** Writes the answers gathered so far, one batch after the other. */
  private write(): Promise<void> {
    clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    const batch = this.answers.splice(0);
    if (batch.length) this.writing = this.writing.then(() => this.record(batch));
    return this.writing;
  }

  private async record(batch: { item: QueueItem; outcome: LookupOutcome }[]) {
    const found = batch.flatMap(({ item, outcome }) =>
      outcome.status === 'found' ? [{ prospectId: item.prospectId, match: outcome.match }] : [],
    );
    const unsaved = new Set(
      found.length ? await this.deps.apply(found).catch(() => found.map((f) => f.prospectId)) : [],
    );
    const done = new Map(batch.map(({ item, outcome }) => [item, settled(item, outcome, unsaved)]));
    for (const { item } of batch) this.taken.delete(item);
    // Items no longer in the queue (a new file replaced it meanwhile) are left out.
    if (!this.state) return;
    const items = this.state.items.map((i) => done.get(i) ?? i);
    await this.save({ ...this.state, items });
  }

  private async setStatus(to: QueueState['status'], ...from: QueueState['status'][]) {
    if (this.state && from.includes(this.state.status)) {
      await this.save({ ...this.state, status: to });
    }
    return this.progress();
  }

  private async save(state: QueueState) {
    this.state = { ...state, updatedAt: this.deps.now() };
    await this.deps.store.save(this.state);
    this.deps.onProgress?.(this.progress());
  }
}
