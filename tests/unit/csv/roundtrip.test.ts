import { describe, expect, it } from 'vitest';
import { COLUMN_IDS, IMPORTABLE } from '@/utils/csv/columns';
import { prospectsToCsv } from '@/utils/csv/export';
import { parseProspectCsv, rowToSaveInput } from '@/utils/csv/import';
import { PROFILES } from '@/utils/csv/profiles';
import { makeBackup, readBackup } from '@/utils/csv/backup';
import { freshRepo } from '../storage/helpers';
import { sampleProspects } from './samples';

const importable = COLUMN_IDS.filter((c) => IMPORTABLE.has(c));
const sortByName = <T extends { organisation: { name?: { value: string } } }>(list: T[]) =>
  [...list].sort((a, b) =>
    (a.organisation.name?.value ?? '').localeCompare(b.organisation.name?.value ?? ''),
  );

describe('export → import round trip', () => {
  it.each(['excel-fr', 'rfc4180'] as const)(
    '%s: importing an export gives back the same list',
    async (id) => {
      const profile = PROFILES[id];
      const { repo } = await freshRepo();
      await repo.saveMany(sampleProspects.map((p) => rowToSaveInputFromProspect(p)));
      const original = sortByName(await repo.list());
      const csv = prospectsToCsv(original, profile, importable);

      const preview = parseProspectCsv(new TextEncoder().encode(csv));
      expect(preview.errors).toEqual([]);
      expect(preview.rows).toHaveLength(original.length);
      const { repo: second } = await freshRepo();
      await second.saveMany(preview.rows.map((r) => rowToSaveInput(r.values, new Date())));
      const again = sortByName(await second.list());
      expect(prospectsToCsv(again, profile, importable)).toBe(csv);

      // Importing the same export into the list it came from changes nothing but the history.
      const merged = await repo.saveMany(
        preview.rows.map((r) => rowToSaveInput(r.values, new Date())),
      );
      expect(merged).toEqual({
        created: 0,
        merged: original.length,
        ids: expect.arrayContaining(original.map((p) => p.id)),
      });
      expect(prospectsToCsv(sortByName(await repo.list()), profile, importable)).toBe(csv);
    },
  );
});

/** The sample prospects as if captured by import: what the CSV can carry. */
function rowToSaveInputFromProspect(p: (typeof sampleProspects)[number]) {
  const csv = prospectsToCsv([p], PROFILES.rfc4180, importable);
  const [row] = parseProspectCsv(csv).rows;
  return rowToSaveInput(row!.values, new Date('2026-11-25T00:00:00Z'));
}

describe('JSON backup', () => {
  it('restore gives back exactly what was saved: prospects, erasures, personas, settings', async () => {
    const { repo } = await freshRepo();
    await repo.restore(sampleProspects, []);
    const [first] = await repo.list();
    await repo.erase([first!.id]);
    const personas = {
      schemaVersion: 1,
      personas: [{ id: 'p1', name: 'ESS', extra: { nested: [1, 2] } }],
      activeId: 'p1',
    };
    const settings = { 'settings:csvCopy': true };
    const backup = makeBackup({
      prospects: await repo.list(),
      suppression: await repo.suppressionList(),
      salt: await repo.salted(),
      personas,
      settings,
    });
    const text = JSON.stringify(backup);

    const { repo: other } = await freshRepo();
    const read = readBackup(text);
    await other.restore(read.prospects, read.suppression, read.salt);
    const restored = makeBackup(
      {
        prospects: await other.list(),
        suppression: await other.suppressionList(),
        salt: await other.salted(),
        personas: read.personas,
        settings: read.settings,
      },
      new Date(backup.exportedAt),
    );
    expect(JSON.stringify(restored)).toBe(text);
    expect((await other.lookup(first!.organisation)).erasedAt).toBeDefined();
  });

  it('refuses a file that is not a backup', () => {
    expect(() => readBackup('{"format":"other"}')).toThrow();
    expect(() => readBackup('nope')).toThrow('not a JSON file');
  });
});
