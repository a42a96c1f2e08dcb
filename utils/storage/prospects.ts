import type { IDBPDatabase } from 'idb';
import type { OrganisationDraft } from '../model/organisation';
import type { Prospect, ProspectEdits } from '../model/prospect';
import type { Qualification } from '../model/qualification';
import type { GlaneurDB } from './db';
import { identityDomain } from './identity';

export interface SaveInput {
  draft: OrganisationDraft;
  edits: ProspectEdits;
  userEdited: string[];
  qualification?: Qualification;
}

/** The user's fields whose change a save records in the history (status has its own entry). */
const EDIT_FIELDS = [
  'notes',
  'followUpAt',
  'tags',
  'contacts',
  'bandOverride',
  'doNotContact',
] as const;
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The prospects repository: the background's only way to read and write prospects. */
export class ProspectRepository {
  constructor(
    private readonly db: IDBPDatabase<GlaneurDB>,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  async findByDraft(draft: OrganisationDraft): Promise<Prospect | undefined> {
    const domain = identityDomain(draft);
    if (!domain) return undefined;
    return this.db.getFromIndex('prospects', 'domain', domain);
  }

  /** Create the prospect, or merge the capture into the one with the same identity. */
  async save(
    input: SaveInput,
    now = new Date(),
  ): Promise<{ prospect: Prospect; created: boolean }> {
    const at = now.toISOString();
    const domain = identityDomain(input.draft);
    const organisation: OrganisationDraft = {
      ...input.draft,
      ...(domain ? { domain: { value: domain, source: 'url', confidence: 1 } } : {}),
    };
    const tx = this.db.transaction('prospects', 'readwrite', { durability: 'strict' });
    const existing = domain ? await tx.store.index('domain').get(domain) : undefined;
    const history: Prospect['history'] = [
      ...(existing?.history ?? []),
      { at, kind: 'captured', url: input.draft.sourceUrl },
    ];
    if (existing?.status !== input.edits.status) {
      history.push({ at, kind: 'status', status: input.edits.status });
    }
    const edited = existing
      ? EDIT_FIELDS.filter((f) => !sameValue(existing[f], input.edits[f]))
      : [];
    if (edited.length) history.push({ at, kind: 'edited', detail: edited.join(', ') });
    const prospect: Prospect = {
      schemaVersion: 1,
      ...input.edits,
      id: existing?.id ?? this.newId(),
      organisation,
      userEdited: [...new Set([...(existing?.userEdited ?? []), ...input.userEdited])],
      ...(input.qualification ? { qualification: input.qualification } : {}),
      sourceUrls: [...new Set([...(existing?.sourceUrls ?? []), input.draft.sourceUrl])].slice(-50),
      capturedAt: input.draft.capturedAt,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
      legalBasis: existing?.legalBasis ?? 'legitimate-interest',
      history: history.slice(-1000),
    };
    await tx.store.put(prospect);
    await tx.done;
    return { prospect, created: !existing };
  }

  async list(): Promise<Prospect[]> {
    return this.db.getAll('prospects');
  }

  async delete(id: string): Promise<boolean> {
    const tx = this.db.transaction('prospects', 'readwrite', { durability: 'strict' });
    const found = (await tx.store.getKey(id)) !== undefined;
    if (found) await tx.store.delete(id);
    await tx.done;
    return found;
  }
}
