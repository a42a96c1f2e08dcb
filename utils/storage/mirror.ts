/**
 * A compact copy of what the popup and side panel ask most, kept in browser.storage.local so
 * they answer without opening IndexedDB: counts, follow-ups per day, and one small key per
 * identity key ("already saved on <date> — <status>"). Updated by the background after every
 * change, from the change itself (no full rescan): O(changed prospects) per write.
 */
import type { OrganisationDraft } from '../model/organisation';
import type { Prospect, Status } from '../model/prospect';
import { identityKeys } from './identity';
import type { Change } from './prospects';

export const SUMMARY_KEY = 'mirror:summary';
export const IDENTITY_PREFIX = 'mirror:id:';

export interface MirrorSummary {
  total: number;
  byStatus: Partial<Record<Status, number>>;
  /** Number of follow-ups planned on each day (YYYY-MM-DD). */
  followUps: Record<string, number>;
  updatedAt: string;
}

export interface MirrorEntry {
  id: string;
  name: string;
  status: Status;
  createdAt: string;
}

/** The part of browser.storage.local the mirror needs; the background passes the real one. */
export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const emptySummary = (): MirrorSummary => ({
  total: 0,
  byStatus: {},
  followUps: {},
  updatedAt: '',
});

function count(summary: MirrorSummary, p: Prospect, sign: 1 | -1) {
  summary.total += sign;
  summary.byStatus[p.status] = (summary.byStatus[p.status] ?? 0) + sign;
  if (!summary.byStatus[p.status]) delete summary.byStatus[p.status];
  if (p.followUpAt) {
    summary.followUps[p.followUpAt] = (summary.followUps[p.followUpAt] ?? 0) + sign;
    if (!summary.followUps[p.followUpAt]) delete summary.followUps[p.followUpAt];
  }
}

export function summarise(
  prospects: readonly Prospect[],
  at = new Date().toISOString(),
): MirrorSummary {
  const summary = emptySummary();
  for (const p of prospects) count(summary, p, 1);
  return { ...summary, updatedAt: at };
}

/** Follow-ups due on or before `today` (YYYY-MM-DD). */
export function dueCount(summary: MirrorSummary, today: string): number {
  let due = 0;
  for (const [day, n] of Object.entries(summary.followUps)) if (day <= today) due += n;
  return due;
}

const entry = (p: Prospect): MirrorEntry => ({
  id: p.id,
  name: p.organisation.name?.value ?? p.organisation.domain?.value ?? '',
  status: p.status,
  createdAt: p.createdAt,
});

const keysOf = (p: Prospect) =>
  (p.identityKeys ?? identityKeys(p.organisation)).map((k) => IDENTITY_PREFIX + k);

export class Mirror {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: KeyValueArea,
    private readonly readAll: () => Promise<Prospect[]>,
  ) {}

  /** Changes are applied one after the other: two saves never race on the summary. */
  apply(change: Change): Promise<MirrorSummary> {
    const next = this.queue.then(() =>
      'reset' in change ? this.rebuild() : this.applyDelta(change),
    );
    this.queue = next.catch(() => undefined);
    return next;
  }

  async summary(): Promise<MirrorSummary> {
    const found = (await this.area.get(SUMMARY_KEY))[SUMMARY_KEY] as MirrorSummary | undefined;
    return found ?? this.apply({ reset: true });
  }

  private async applyDelta({ upserted, removed }: { upserted: Prospect[]; removed: Prospect[] }) {
    const found = (await this.area.get(SUMMARY_KEY))[SUMMARY_KEY] as MirrorSummary | undefined;
    if (!found) return this.rebuild();
    const summary = structuredClone(found);
    for (const p of removed) count(summary, p, -1);
    for (const p of upserted) count(summary, p, 1);
    summary.updatedAt = new Date().toISOString();
    const stale = new Set(removed.flatMap(keysOf));
    const items: Record<string, unknown> = { [SUMMARY_KEY]: summary };
    for (const p of upserted) {
      for (const key of keysOf(p)) {
        stale.delete(key);
        items[key] = entry(p);
      }
    }
    if (stale.size) await this.area.remove([...stale]);
    await this.area.set(items);
    return summary;
  }

  /** Rewrite the mirror from the database (first run, import, restore, erase everything). */
  async rebuild(): Promise<MirrorSummary> {
    const prospects = await this.readAll();
    const old = Object.keys(await this.area.get(null)).filter((k) => k.startsWith(IDENTITY_PREFIX));
    if (old.length) await this.area.remove(old);
    const summary = summarise(prospects);
    const items: Record<string, unknown> = { [SUMMARY_KEY]: summary };
    for (const p of prospects) for (const key of keysOf(p)) items[key] = entry(p);
    await this.area.set(items);
    return summary;
  }
}

/** "Already saved?" answered from the mirror alone, for the popup and side panel. */
export async function mirrorLookup(
  area: KeyValueArea,
  draft: Pick<OrganisationDraft, 'website' | 'sourceUrl' | 'siren' | 'socials' | 'domain'>,
): Promise<MirrorEntry | undefined> {
  const keys = identityKeys(draft).map((k) => IDENTITY_PREFIX + k);
  if (keys.length === 0) return undefined;
  const found = await area.get(keys);
  for (const key of keys) if (found[key]) return found[key] as MirrorEntry;
  return undefined;
}
