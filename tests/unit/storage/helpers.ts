import { openGlaneurDB } from '@/utils/storage/db';
import { ProspectRepository, type SaveInput } from '@/utils/storage/prospects';
import { OrganisationDraftSchema, type OrganisationDraftInput } from '@/utils/model/organisation';
import { DEFAULT_EDITS } from '@/utils/model/prospect';

let dbCount = 0;
/** A fresh database per test: fake-indexeddb is shared by the whole file. */
export const freshName = () => `test-${Date.now()}-${++dbCount}`;

export async function freshRepo() {
  const db = await openGlaneurDB(freshName());
  let n = 0;
  return { db, repo: new ProspectRepository(db, () => `id-${++n}`) };
}

export function draft(fields: Partial<OrganisationDraftInput>) {
  return OrganisationDraftSchema.parse({
    schemaVersion: 1,
    sourceUrl: 'https://example.org/',
    capturedAt: '2026-11-20T10:00:00.000Z',
    ...fields,
  });
}

export const v = (value: string, source: 'jsonld' | 'user' | 'meta' = 'jsonld') => ({
  value,
  source,
  confidence: 0.9,
});

export function input(
  fields: Partial<OrganisationDraftInput>,
  more: Partial<SaveInput> = {},
): SaveInput {
  return { draft: draft(fields), edits: DEFAULT_EDITS, userEdited: [], ...more };
}
