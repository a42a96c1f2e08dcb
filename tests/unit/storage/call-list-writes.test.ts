import { describe, expect, it } from 'vitest';
import { DEFAULT_EDITS, type ProspectEdits } from '@/utils/model/prospect';
import type { Qualification } from '@/utils/model/qualification';
import { freshRepo, input, v } from './helpers';

const day = '2026-12-02';
const scored = (score: number): Qualification => ({
  personaId: 'p',
  personaName: 'Persona',
  score,
  band: 'good',
  criteria: [],
  redFlags: [],
  unchecked: [],
  confidence: 1,
});
const org = (name: string) => ({
  name: v(name),
  sourceUrl: `https://${name.toLowerCase()}.example/`,
});
const entry = (name: string, edits: Partial<ProspectEdits> = {}, score?: number) =>
  input(org(name), {
    edits: { ...DEFAULT_EDITS, ...edits },
    ...(score === undefined ? {} : { qualification: scored(score) }),
  });

/** The call list as the Today page reads it: ids due, ids to contact best first, and counts. */
async function lists(repo: Awaited<ReturnType<typeof freshRepo>>['repo']) {
  const [due, candidates] = await Promise.all([repo.callsDue(day, 50), repo.candidates(50)]);
  const name = (p: { organisation: { name?: { value: string } } }) => p.organisation.name!.value;
  expect(due.total).toBe(due.prospects.length);
  expect(candidates.total).toBe(candidates.prospects.length);
  return { due: due.prospects.map(name), candidates: candidates.prospects.map(name) };
}

describe('the call list stays right on every write', () => {
  it('save, import, bulk update, call, edit', async () => {
    const { repo } = await freshRepo();
    const alpha = (await repo.save(entry('Alpha', {}, 50))).prospect;
    await repo.saveMany([entry('Beta', {}, 80), entry('Gamma'), entry('Delta', {}, 20)]);
    expect(await lists(repo)).toEqual({ due: [], candidates: ['Beta', 'Alpha', 'Delta', 'Gamma'] });

    // A capture of the same organisation merges: still one place on the list.
    await repo.save(entry('Alpha', {}, 95));
    expect((await lists(repo)).candidates).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma']);

    const [beta] = (await repo.candidates(2)).prospects.slice(1);
    await repo.update([beta!.id], { followUpAt: '2026-12-01' });
    expect(await lists(repo)).toEqual({ due: ['Beta'], candidates: ['Alpha', 'Delta', 'Gamma'] });

    await repo.logActivity(
      alpha.id,
      { id: 'a1', kind: 'call', at: '2026-12-02T09:00:00.000Z', outcome: 'not-interested' },
      { followUpAt: null, status: 'not-for-me' },
    );
    expect((await lists(repo)).candidates).toEqual(['Delta', 'Gamma']);

    const current = (await repo.get(beta!.id))!;
    await repo.replace({ ...current, doNotContact: true });
    expect(await lists(repo)).toEqual({ due: [], candidates: ['Delta', 'Gamma'] });
  });

  it('rescoring moves a candidate; delete, undo, merge and restore keep the list', async () => {
    const { repo } = await freshRepo();
    await repo.saveMany([entry('Alpha', {}, 50), entry('Beta', {}, 60)]);
    await repo.requalify(undefined, 10, (p) =>
      scored(p.organisation.name?.value === 'Alpha' ? 90 : 10),
    );
    expect((await lists(repo)).candidates).toEqual(['Alpha', 'Beta']);

    const all = await repo.list();
    const alpha = all.find((p) => p.organisation.name?.value === 'Alpha')!;
    const beta = all.find((p) => p.organisation.name?.value === 'Beta')!;
    const undoId = (await repo.delete([alpha.id]))!;
    expect((await lists(repo)).candidates).toEqual(['Beta']);
    await repo.undo(undoId);
    expect((await lists(repo)).candidates).toEqual(['Alpha', 'Beta']);

    await repo.merge(alpha.id, beta.id);
    expect((await lists(repo)).candidates).toEqual(['Alpha']);

    // A backup may come without the derived fields, or with stale ones.
    const { callList: _, ...bare } = (await repo.get(alpha.id))!;
    const stale = { ...beta, followUpAt: '2026-11-30', callList: { rank: 0 } };
    await repo.restore([bare, stale], []);
    expect(await lists(repo)).toEqual({ due: ['Beta'], candidates: ['Alpha'] });
  });
});
