/**
 * Everything Glaneur keeps in browser.storage.local, one versioned item per key (WXT storage
 * items). Each is validated on read: a missing or damaged value reads as its fallback. A change
 * of shape raises the item's version and adds its migration, which WXT runs when a context
 * defines the item (the background at start-up); each migration has a test with sample data.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { z } from '../zod';
import { cappedString } from '../model/evidence';
import { PersonaSchema, PersonaStoreSchema, type PersonaStore } from '../model/persona';
import { DEFAULT_MAIL, MailSettingsSchema } from '../mail';
import { DEFAULT_PLAN, PlanDefaultsSchema } from '../plan';
import { QueueStateSchema, type QueueState } from '../registry/queue';
import { PERSONAS_KEY } from './persona-store-raw';

type Migrations = Record<number, (old: unknown) => unknown>;

export interface LocalItem<T> {
  /** The key in browser.storage.local (WXT keeps the item's version under `key$`). */
  readonly key: string;
  readonly version: number;
  read(): Promise<T>;
  /** Validated before it is written; `null` removes the value. */
  write(value: T | null): Promise<void>;
  /** The stored value as it is, and back: backups carry it unchanged (`read` validates it). */
  raw(): Promise<unknown>;
  writeRaw(value: unknown): Promise<void>;
  /** Run the pending migrations (WXT starts them when the item is defined). */
  migrate(): Promise<void>;
  /** Called with the new value after each change, whoever wrote it. Returns the unwatch. */
  watch(listener: (value: T) => void): () => void;
}

function defineLocal<T>(
  key: string,
  schema: z.ZodType<T>,
  fallback: T,
  options: { version?: number; migrations?: Migrations; recover?: (damaged: unknown) => T } = {},
): LocalItem<T> {
  const { version = 1, migrations, recover } = options;
  const item = storage.defineItem<unknown>(`local:${key}`, { version, migrations });
  const valid = (value: unknown): T => {
    if (value === null || value === undefined) return structuredClone(fallback);
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    return recover ? recover(value) : structuredClone(fallback);
  };
  return {
    key,
    version,
    read: async () => valid(await item.getValue()),
    write: async (value) => item.setValue(value === null ? null : schema.parse(value)),
    raw: () => item.getValue(),
    writeRaw: (value) => item.setValue(value),
    migrate: () => item.migrate(),
    watch: (listener) => item.watch((value) => listener(valid(value))),
  };
}

/** A damaged store keeps every persona that is still valid rather than losing them all. */
function recoverPersonas(damaged: unknown): PersonaStore {
  const { personas: list, activeId } = damaged as { personas?: unknown; activeId?: unknown };
  const personas = (Array.isArray(list) ? list : []).flatMap((p) => {
    const one = PersonaSchema.safeParse(p);
    return one.success ? [one.data] : [];
  });
  const active = personas.find((p) => p.id === activeId);
  return { schemaVersion: 1, personas, activeId: active?.id ?? null };
}

/**
 * A map of counts by key. An object's catchall rather than z.record: the pages share one copy
 * of zod, and z.record would add to the popup's bundle for the list page's sake.
 */
const Counts = z.object({}).catchall(z.number().int());

export const MirrorSummarySchema = z.object({
  total: z.number().int(),
  /** Number of prospects in each status. */
  byStatus: Counts,
  /** Number of follow-ups planned on each day (YYYY-MM-DD). */
  followUps: Counts,
  updatedAt: z.string(),
  /**
   * The prospects this write's change touched (saved, changed or deleted), so that the list page
   * re-reads those alone; absent after a rebuild or a change too large, when it re-reads all.
   */
  changed: z.array(z.string().max(64)).max(1000).optional(),
});
export type MirrorSummary = z.infer<typeof MirrorSummarySchema>;

/** Version 1 of the summary came with one `mirror:id:<identity key>` entry per prospect. */
const RETIRED_IDENTITY_PREFIX = 'mirror:id:';

export const summaryMigrations = {
  // v2: the summary alone; the per-identity entries, which nothing read, go.
  2: async (summary: unknown) => {
    const all = await browser.storage.local.get(null);
    const retired = Object.keys(all).filter((k) => k.startsWith(RETIRED_IDENTITY_PREFIX));
    if (retired.length) await browser.storage.local.remove(retired);
    return summary;
  },
} satisfies Migrations;

/** Every persona and which one is active; null until the first read seeds the example. */
export const personasItem = defineLocal<PersonaStore | null>(
  PERSONAS_KEY,
  PersonaStoreSchema,
  null,
  {
    recover: recoverPersonas,
  },
);

/** The always-current CSV copy in Downloads (off by default). */
export const csvCopyItem = defineLocal('settings:csvCopy', z.boolean(), false);

/** Counts the badge and the list page follow; rebuilt from IndexedDB when missing. */
export const summaryItem = defineLocal<MirrorSummary | null>(
  'mirror:summary',
  MirrorSummarySchema,
  null,
  { version: 2, migrations: summaryMigrations },
);

/** The follow-up day of each prospect already notified, so each is notified once per date. */
export const notifiedItem = defineLocal(
  'followups:notified',
  z.object({}).catchall(z.string()),
  {} as Record<string, string>,
);

/** When the three-year purge was last suggested (epoch ms), at most monthly. */
export const staleRemindedItem = defineLocal<number | null>('stale:remindedAt', z.number(), null);

/** How call outcomes plan the follow-up (the options page edits them). */
export const planItem = defineLocal('settings:followUpPlan', PlanDefaultsSchema, DEFAULT_PLAN);

/** Her signature and her own e-mail templates (the options page edits them). */
export const mailItem = defineLocal('settings:mail', MailSettingsSchema, DEFAULT_MAIL);

/** The whole-file directory lookup, saved after every answer so a stopped worker resumes it. */
export const registryQueueItem = defineLocal<QueueState | null>(
  'registry:queue',
  QueueStateSchema,
  null,
);

/** Prospects imported while the directory was off: the list offers to look them up. */
export const registryImportOfferItem = defineLocal<string[] | null>(
  'registry:importOffer',
  z.array(z.string().max(64)).max(100_000),
  null,
);

/** Whether the one-time offer to turn the directory on was made. */
export const registryOfferedItem = defineLocal('registry:offered', z.boolean(), false);

/** Each prospect scored against the best of her personas rather than the active one. */
export const bestOfItem = defineLocal('settings:bestOfPersonas', z.boolean(), false);

export const RescoreStateSchema = z.object({
  schemaVersion: z.literal(1),
  /** One run's id: a change of persona during a run starts another. */
  runId: cappedString(64),
  status: z.enum(['running', 'done']),
  /** The personas scored against: the active one, or all of them with best-of on. */
  against: z.array(cappedString(200)).max(100),
  total: z.number().int().min(0),
  done: z.number().int().min(0),
  /** Those scored from their saved fields alone (saved before excerpts were kept). */
  fromFields: z.number().int().min(0),
  /** The last prospect id scored: the next batch starts after it. */
  after: cappedString(64).optional(),
  updatedAt: z.iso.datetime(),
});
export type RescoreState = z.infer<typeof RescoreStateSchema>;

/** Scoring every prospect again after a change of persona, saved after each batch. */
export const rescoreItem = defineLocal<RescoreState | null>(
  'rescore:progress',
  RescoreStateSchema,
  null,
);

/** Terms of "what my favourite clients have in common" she dismissed, by stem key. */
export const learnDismissedItem = defineLocal(
  'learn:dismissed',
  z.array(z.string().max(400)).max(2000),
  [] as string[],
);

/** The settings a backup carries with the personas. */
export const SETTINGS: readonly LocalItem<unknown>[] = [
  csvCopyItem,
  planItem,
  mailItem,
  bestOfItem,
];

export const LOCAL_ITEMS: readonly LocalItem<unknown>[] = [
  personasItem,
  summaryItem,
  notifiedItem,
  staleRemindedItem,
  registryQueueItem,
  registryOfferedItem,
  registryImportOfferItem,
  rescoreItem,
  learnDismissedItem,
  ...SETTINGS,
];
