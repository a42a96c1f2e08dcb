import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, migrations, openGlaneurDB } from '@/utils/storage/db';
import { ProspectSchema, StoredProspectSchema, type Prospect } from '@/utils/model/prospect';
import { ProspectRepository } from '@/utils/storage/prospects';
import { draft, freshName, input, v } from './helpers';

/** Records as database version 1 wrote them. */
const v1Records = JSON.parse(
  readFileSync('tests/fixtures/storage/v1-prospects.json', 'utf8'),
) as Prospect[];

/** Records as database version 3 wrote them: candidates, follow-ups, excluded, contacted. */
const v3Records = JSON.parse(
  readFileSync('tests/fixtures/storage/v3-prospects.json', 'utf8'),
) as Prospect[];

async function seedV1(name: string) {
  const db = await openGlaneurDB(name, 1);
  for (const p of v1Records) await db.put('prospects', p);
  db.close();
}

describe('database migrations', () => {
  it('has one migration per version', () => {
    expect(migrations).toHaveLength(DB_VERSION);
  });

  it('the v1 sample records are valid prospects of their version', () => {
    for (const p of v1Records) expect(p.schemaVersion as number).toBe(1);
    for (const p of v1Records) expect(StoredProspectSchema.safeParse(p).success).toBe(true);
  });

  it('v1 → v2 keeps every record as it was and adds identity keys', async () => {
    const name = freshName();
    await seedV1(name);
    const db = await openGlaneurDB(name, 2);
    const after = await db.getAll('prospects');
    expect(after).toHaveLength(v1Records.length);
    for (const before of v1Records) {
      const migrated = after.find((p) => p.id === before.id)!;
      const { identityKeys, ...rest } = migrated;
      expect(rest).toEqual(before);
      expect(StoredProspectSchema.parse(migrated)).toBeTruthy();
      expect(identityKeys).toBeDefined();
    }
    const keys = Object.fromEntries(after.map((p) => [p.id, p.identityKeys]));
    expect(keys['0b7c3c1e-1f43-4d1e-9d7a-2f0f6c1a0001']).toEqual(['domain:atelier-lumen.fr']);
    // v1 stored linkedin.com as the domain of a LinkedIn capture: v2 keys it by its company page.
    expect(keys['0b7c3c1e-1f43-4d1e-9d7a-2f0f6c1a0002']).toEqual([
      'linkedin:company/jardins-d-eve',
    ]);
    expect(keys['0b7c3c1e-1f43-4d1e-9d7a-2f0f6c1a0003']).toEqual([
      'domain:velo-solidaire.org',
      'siren:732829320',
      'linkedin:company/velo-solidaire',
    ]);
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'prospects', 'suppression', 'undo']);
    db.close();
  });

  it('v2 → v3 gives each prospect, and each in the undo history, an empty activity log', async () => {
    const name = freshName();
    await seedV1(name);
    const v2 = await openGlaneurDB(name, 2);
    const before = await v2.getAll('prospects');
    await v2.put('undo', { id: 'u1', at: '2026-11-20T10:00:00.000Z', kind: 'delete', before });
    v2.close();
    const db = await openGlaneurDB(name, 3);
    const after = await db.getAll('prospects');
    expect(after).toEqual(before.map((p) => ({ ...p, schemaVersion: 2, activities: [] })));
    for (const p of after) expect(ProspectSchema.parse(p)).toEqual(p);
    expect((await db.get('undo', 'u1'))?.before).toEqual(after);
    db.close();
  });

  it('v3 → v4 places each prospect on the call list, read back by its indexes', async () => {
    const name = freshName();
    const v3 = await openGlaneurDB(name, 3);
    for (const p of v3Records) await v3.put('prospects', p);
    v3.close();
    const db = await openGlaneurDB(name);
    const after = Object.fromEntries((await db.getAll('prospects')).map((p) => [p.id, p]));
    const places: Record<string, Prospect['callList']> = {
      'v3-01': { rank: 12 },
      'v3-02': { rank: 36 },
      'v3-03': { rank: 101 },
      'v3-04': { due: '2026-11-27' },
    };
    for (const before of v3Records) {
      const place = places[before.id];
      expect(after[before.id]).toEqual(place ? { ...before, callList: place } : before);
      expect(ProspectSchema.parse(after[before.id])).toEqual(after[before.id]);
    }
    const repo = new ProspectRepository(db);
    const due = await repo.callsDue('2026-12-02', 10);
    expect(due.prospects.map((p) => p.id)).toEqual(['v3-04']);
    expect(due.total).toBe(1);
    const candidates = await repo.candidates(2);
    expect(candidates.prospects.map((p) => p.id)).toEqual(['v3-01', 'v3-02']);
    expect(candidates.total).toBe(3);
    db.close();
  });

  it('after migration, captures find the old records by any identity key', async () => {
    const name = freshName();
    await seedV1(name);
    const repo = new ProspectRepository(await openGlaneurDB(name));
    const bySiren = await repo.findByDraft(
      draft({
        sourceUrl: 'https://annuaire.example/fiche',
        siren: { ...v('732829320'), valid: true },
      }),
    );
    expect(bySiren?.id).toBe('0b7c3c1e-1f43-4d1e-9d7a-2f0f6c1a0003');
    const { created, prospect } = await repo.save(
      input({ sourceUrl: 'https://www.linkedin.com/company/jardins-d-eve/' }),
    );
    expect(created).toBe(false);
    expect(prospect.id).toBe('0b7c3c1e-1f43-4d1e-9d7a-2f0f6c1a0002');
  });

  it('opening an up-to-date database runs no migration again', async () => {
    const name = freshName();
    await seedV1(name);
    (await openGlaneurDB(name)).close();
    const db = await openGlaneurDB(name);
    expect(await db.count('prospects')).toBe(v1Records.length);
    db.close();
  });
});
