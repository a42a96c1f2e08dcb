/**
 * What an import will do, worked out before anything is written: which rows are new, which merge
 * into a saved prospect (and what changes, field by field), which repeat an earlier row of the
 * file. Pure: the preview shows it, the user chooses per item, `planSaves` gives the saves.
 */
import type { OrganisationDraft } from '../model/organisation';
import type { Prospect } from '../model/prospect';
import { identityDomain, identityKeys } from '../storage/identity';
import { mergeCapture, SINGLE_FIELDS, type SaveInput } from '../storage/merge';
import type { ImportChoice } from './ids';
import type { ImportRow } from './import';
import { rowToSaveInput } from './import';

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
  /** The save for "merge"; `alone` is the row as its own prospect. */
  save: SaveInput;
  alone: SaveInput;
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

const COMPARED = [...SINGLE_FIELDS, 'aliases', 'emails', 'phones', 'socials'] as const;
const EDITS = ['status', 'notes', 'tags', 'followUpAt', 'contacts'] as const;

function changes(before: Prospect, after: Prospect): FieldChange[] {
  const out: FieldChange[] = [];
  const add = (field: string, a: unknown, b: unknown) => {
    const [was, now] = [show(a), show(b)];
    if (was !== now) out.push({ field, before: was, after: now });
  };
  for (const f of COMPARED) add(f, before.organisation[f], after.organisation[f]);
  for (const f of EDITS) add(f, before[f], after[f]);
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
  const { name, ...draft } = save.draft;
  const other = name?.value;
  const known = [into.organisation.name?.value, ...(into.organisation.aliases ?? [])];
  const aliases = other && !known.includes(other) ? [other] : [];
  const provided = (save.provided ?? []).filter(
    (k) => k !== 'status' && !(k === 'followUpAt' && into.followUpAt),
  );
  return {
    ...save,
    draft: {
      ...draft,
      ...(into.organisation.name ? {} : name ? { name } : {}),
      ...(aliases.length ? { aliases } : {}),
    },
    provided,
  };
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
    save?: SaveInput;
    record?: number;
  }
  const byKey = new Map<string, Filed>();
  const file = (entry: Filed, keys: readonly string[]) => {
    for (const key of keys) byKey.set(key, entry);
  };
  saved.forEach((prospect) => file({ prospect }, prospect.identityKeys ?? []));
  return rows.map((row, i): PlanItem => {
    const plain = rowToSaveInput(row.values, now);
    const keys = keysOf(plain.draft);
    const match = keys.map((k) => byKey.get(k)).find(Boolean);
    if (!match) {
      file({ save: plain, record: row.record }, keys);
      return { row, kind: 'new', changes: [], save: plain, alone: plain };
    }
    match.prospect ??= mergeCapture(undefined, match.save!, at, `import-${i}`);
    const save = asMerge(plain, match.prospect);
    const after = mergeCapture(match.prospect, save, at, match.prospect.id);
    const entry = { prospect: after, record: match.record ?? row.record };
    file(entry, after.identityKeys ?? []);
    file(entry, keys);
    const changed = changes(match.prospect, after);
    return match.record === undefined
      ? {
          row,
          kind: 'merge',
          prospect: { id: match.prospect.id, name: show(match.prospect.organisation.name) },
          changes: changed,
          save,
          alone: plain,
        }
      : { row, kind: 'duplicate', of: match.record, changes: changed, save, alone: plain };
  });
}

/**
 * The saves for the user's choices (by spreadsheet row; `fallback` for the others): a skipped
 * row is left out, a row kept separate becomes its own prospect.
 */
export function planSaves(
  plan: readonly PlanItem[],
  choices: Readonly<Record<string, PlanChoice>> = {},
  fallback: PlanChoice = 'merge',
): SaveInput[] {
  const skipped = new Set<number>();
  return plan.flatMap((item): SaveInput[] => {
    const choice = choices[item.row.record] ?? (item.kind === 'new' ? 'separate' : fallback);
    if (choice === 'skip') {
      skipped.add(item.row.record);
      return [];
    }
    if (item.kind === 'new') return [item.alone];
    if (choice === 'separate') return [{ ...item.alone, separate: true }];
    // The row it repeated is not imported: this one stands for it.
    return [item.of !== undefined && skipped.has(item.of) ? item.alone : item.save];
  });
}
