/**
 * Prospects as the database would hold them, from JSON lines of any schema version it has had:
 * the records go into a version-1 database (in memory) and are opened with today's version, so
 * the real migrations bring them up to date.
 */
import 'fake-indexeddb/auto';
import { openGlaneurDB } from '../storage/db';
import { ProspectSchema, type Prospect } from '../model/prospect';

export async function storedProspects(jsonLines: string): Promise<Prospect[]> {
  const records = jsonLines
    .split('\n')
    .map((line, i) => ({ line: i + 1, text: line.trim() }))
    .filter((l) => l.text)
    .map(({ line, text }) => {
      const record = JSON.parse(text) as { id?: unknown };
      if (typeof record?.id !== 'string') throw new Error(`line ${line}: not a prospect (no id)`);
      return { line, record: record as { id: string } };
    });
  const name = `cli-${process.pid}-${Date.now()}`;
  const old = await openGlaneurDB(name, 1);
  const tx = old.transaction('prospects', 'readwrite');
  await Promise.all([...records.map((r) => tx.store.put(r.record as Prospect)), tx.done]);
  old.close();
  const db = await openGlaneurDB(name);
  const stored = await db.getAll('prospects');
  db.close();
  const byId = new Map(stored.map((p) => [p.id, p]));
  return records.map(({ line, record }) => {
    const parsed = ProspectSchema.safeParse(byId.get(record.id));
    if (!parsed.success) throw new Error(`line ${line}: not a prospect`);
    return parsed.data;
  });
}
