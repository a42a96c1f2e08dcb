/**
 * What an import will do, worked out before anything is written: which rows are new, which merge
 * into a saved prospect (and what changes, field by field), which repeat an earlier row of the
 * file. Pure: the preview shows it, the user chooses per item, `planSaves` gives the saves.
 */
import type { OrganisationDraft } from '../model/organisation';
import type { Prospect } from '../model/prospect';
import { identityDomain, identityKeys } from '../storage/identity';
import { mergeCapture, mergedValues, SINGLE_FIELDS, type SaveInput } from '../storage/merge';
import type { ImportChoice } from './ids';
import type { ImportRow } from './import';
import { saveOfRow } from './import';

export type PlanChoice = ImportChoice;

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface PlanItem {
  row: ImportRow;
  kind: 'new' | 'merge' | 'duplicate';
  /** The saved prospect it merges into (kind "merge"). */
  prospect?: { id: string; name: string };
  /** The spreadsheet row it repeats (kind "duplicate"). */
  of?: number;
  /** What the merge changes; empty for a new prospect. */
  changes: FieldChange[];
  /** What the file says that the merge does not take (`before` stays, `after` is the file's). */
  kept: FieldChange[];
  /** The save for "merge"; `alone` is the row as its own prospect. */
  save: SaveInput;
  alone: SaveInput;
  /** A duplicate whose earlier row is skipped: merged into the saved prospect, if any. */
  standIn?: SaveInput;
}

const show = (value: unknown): string =>
  value === undefined
    ? ''
    : typeof value === 'string'
      ? value
      : Array.isArray(value)
        ? value
            .map((v: { value?: unknown; name?: string }) => show(v.value ?? v.name ?? v))
            .join(', ')
        : typeof value === 'object' && value && 'value' in value
          ? show(value.value)
          : Object.values(value as object)
              .filter(Boolean)
              .join(', ');

const EDITS = ['status', 'notes', 'tags', 'followUpAt', 'contacts'] as const;

/** What the preview compares, in the order it lists it: the organisation, then her edits. */
const FIELDS = [...SINGLE_FIELDS, 'aliases', 'emails', 'phones', 'socials', ...EDITS] as const;
const FIRST_EDIT = FIELDS.length - EDITS.length;

/** What the preview compares of a prospect: its organisation and the fields she edits. */
type Compared = Pick<Prospect, 'organisation' | (typeof EDITS)[number]>;

/**
 * The values of FIELDS, in that order, each read by its name: read by a variable key over
 * prospects of many shapes, they were a tenth of planning 50,000 merges.
 */
function rawValues(p: Compared): unknown[] {
  const o = p.organisation;
  return [
    o.name,
    o.legalName,
    o.website,
    o.domain,
    o.description,
    o.logo,
    o.language,
    o.address,
    o.siren,
    o.siret,
    o.vat,
    o.rcs,
    o.naf,
    o.kind,
    o.aliases,
    o.emails,
    o.phones,
    o.socials,
    p.status,
    p.notes,
    p.tags,
    p.followUpAt,
    p.contacts,
  ];
}

/** The fields of a prospect as the preview shows them, each worked out when first asked for. */
class Shown {
  readonly raw: unknown[];
  private readonly cache: (string | undefined)[] = [];
  constructor(p: Compared) {
    this.raw = rawValues(p);
  }
  at(i: number): string {
    return (this.cache[i] ??= show(this.raw[i]));
  }
}

/** The fields whose shown value differs (a value the merge left as it was is not looked at). */
function differences(before: Shown, after: Shown): FieldChange[] {
  const out: FieldChange[] = [];
  for (let i = 0; i < FIELDS.length; i++) {
    if (before.raw[i] === after.raw[i]) continue;
    const was = before.at(i);
    const now = after.at(i);
    if (was !== now) out.push({ field: FIELDS[i]!, before: was, after: now });
  }
  return out;
}

/** Fields of the row the merge leaves out: her value stays where it was. */
function keptFrom(changes: FieldChange[], after: Shown, row: Compared, provided: Set<string>) {
  const changed = new Set(changes.map((c) => c.field));
  const values = rawValues(row);
  const out: FieldChange[] = [];
  FIELDS.forEach((field, i) => {
    // An edit the row does not give (no status…) is not left out: it was never there.
    if (changed.has(field) || (i >= FIRST_EDIT && !provided.has(field))) return;
    const value = show(values[i]);
    if (!value) return;
    const kept = after.at(i);
    // Notes and tags add up: a file's already there is not left out.
    const within = (field === 'notes' || field === 'tags') && kept.includes(value);
    if (value !== kept && !within) out.push({ field, before: kept, after: value });
  });
  return out;
}

/** The keys the repository will file this draft under (its registrable domain first). */
function keysOf(draft: OrganisationDraft): string[] {
  const domain = identityDomain(draft);
  return identityKeys(
    domain ? { ...draft, domain: { value: domain, source: 'url', confidence: 1 } } : draft,
  );
}

/**
 * A row merged into a prospect she has: her name stays (the row's becomes an alias), and so
 * do her status and follow-up date; fields she typed are kept by `mergeCapture` itself.
 */
function asMerge(save: SaveInput, into: Prospect): SaveInput {
  const { name, ...rest } = save.draft;
  const draft: OrganisationDraft = rest;
  const other = name?.value;
  const known = [into.organisation.name?.value, ...(into.organisation.aliases ?? [])];
  const aliases = other && !known.includes(other) ? [other] : [];
  const provided = (save.provided ?? []).filter(
    (k) => k !== 'status' && !(k === 'followUpAt' && into.followUpAt),
  );
  if (!into.organisation.name && name) draft.name = name;
  if (aliases.length) draft.aliases = aliases;
  return { ...save, draft, provided };
}

/** What merging `save` into `into` changes, and what of the row alone it leaves out. */
function compareMerge(into: Prospect, save: SaveInput, plain: SaveInput) {
  const { organisation, edits } = mergedValues(into, save);
  const after = new Shown({ ...edits, organisation });
  const changes = differences(new Shown(into), after);
  // The row alone, as a new prospect would hold it: its draft and its edits.
  const { status, notes, tags, followUpAt, contacts } = plain.edits;
  const own: Compared = { organisation: plain.draft, status, notes, tags, followUpAt, contacts };
  return { changes, kept: keptFrom(changes, after, own, new Set(plain.provided)) };
}

export function planImport(
  rows: readonly ImportRow[],
  saved: readonly Prospect[],
  now = new Date(),
): PlanItem[] {
  const at = now.toISOString();
  // A row's prospect is worked out only when a later row matches it (most rows are new).
  interface Filed {
    prospect?: Prospect;
    /**
     * How its prospect is made again when a later row matches it: a merged prospect is not kept
     * (50,000 rows would hold 50,000 prospects until the plan is done).
     */
    make?: () => Prospect;
    save?: SaveInput;
    record?: number;
    /** The saved prospect the rows filed here merge into. */
    base?: Prospect;
  }
  const byKey = new Map<string, Filed>();
  const file = (entry: Filed, keys: readonly string[]) => {
    for (const key of keys) byKey.set(key, entry);
  };
  const matchOf = (keys: readonly string[]) => {
    for (const key of keys) {
      const found = byKey.get(key);
      if (found) return found;
    }
    return undefined;
  };
  saved.forEach((prospect) => file({ prospect }, prospect.identityKeys ?? []));
  return rows.map((row, i): PlanItem => {
    const plain = saveOfRow(row.values, at);
    const keys = keysOf(plain.draft);
    const match = matchOf(keys);
    if (!match) {
      file({ save: plain, record: row.record }, keys);
      return { row, kind: 'new', changes: [], kept: [], save: plain, alone: plain };
    }
    const into = (match.prospect ??=
      match.make?.() ?? mergeCapture(undefined, match.save!, at, `import-${i}`));
    const save = asMerge(plain, into);
    // Filed under the keys of what the merge makes of her organisation; the prospect itself is
    // made only if a later row needs it.
    const { organisation } = mergedValues(into, save);
    const base = match.record === undefined ? into : match.base;
    const entry: Filed = {
      make: () => mergeCapture(into, save, at, into.id),
      record: match.record ?? row.record,
      base,
    };
    file(entry, identityKeys(organisation));
    file(entry, keys);
    // Worked out when first read: the preview shows a page of items, the saves need none of it.
    let diff: { changes: FieldChange[]; kept: FieldChange[] } | undefined;
    const compare = () => (diff ??= compareMerge(into, save, plain));
    const item: PlanItem = {
      row,
      get changes() {
        return compare().changes;
      },
      get kept() {
        return compare().kept;
      },
      save,
      alone: plain,
      kind: match.record === undefined ? 'merge' : 'duplicate',
    };
    if (match.record === undefined) {
      item.prospect = { id: into.id, name: show(into.organisation.name) };
    } else {
      item.of = match.record;
      if (base) item.standIn = asMerge(plain, base);
    }
    return item;
  });
}

/**
 * The saves for the user's choices (by spreadsheet row; `fallback` for the others): a skipped
 * row is left out, a row kept separate becomes its own prospect, a new row is created.
 */
export function planSaves(
  plan: readonly PlanItem[],
  choices: Readonly<Record<string, PlanChoice>> = {},
  fallback: PlanChoice = 'merge',
): SaveInput[] {
  const skipped = new Set<number>();
  return plan.flatMap((item): SaveInput[] => {
    const choice = choices[item.row.record] ?? fallback;
    if (choice === 'skip') {
      skipped.add(item.row.record);
      return [];
    }
    if (item.kind === 'new') return [item.alone];
    if (choice === 'separate') return [{ ...item.alone, separate: true }];
    // The row it repeated is not imported: this one stands for it.
    return [
      item.of !== undefined && skipped.has(item.of) ? (item.standIn ?? item.alone) : item.save,
    ];
  });
}
