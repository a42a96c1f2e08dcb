import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPersonaHandlers } from '@/utils/background/personas';
import { Rescorer, type RescoreDeps } from '@/utils/background/rescore';
import { PersonaSchema, type Persona } from '@/utils/model/persona';
import { DEFAULT_EDITS } from '@/utils/model/prospect';
import { ownExcerpt, qualify } from '@/utils/scoring';
import type { RescoreState } from '@/utils/storage/local';
import type { ProspectRepository } from '@/utils/storage/prospects';
import { draft, freshRepo, input, v } from '../storage/helpers';

const persona = (file: string): Persona =>
  PersonaSchema.parse(JSON.parse(readFileSync(`public/personas/${file}`, 'utf8')));
const ux = persona('ux-designer.fr.json');
const illustrator = persona('illustrator.fr.json');

/** Pages with a menu and a footer around the organisation's own words. */
const PAGES = [
  'Maison des jeunes et de la culture : nos ateliers ouverts à tous font vivre l’éducation populaire dans le quartier.',
  'La médiathèque municipale accueille le jeune public : lectures, ateliers de création avec des auteurs et des artistes.',
  'Notre centre social mène des ateliers pour les élèves et des actions d’éducation à l’environnement dans les écoles.',
  'Le festival de bande dessinée invite des illustrateurs et des auteurs jeunesse, avec une librairie éphémère pour tous.',
].map((own) => `Accueil\nÀ propos\nContact\n${own}\nMentions légales · © 2026`);

/** Four prospects scored against the UX persona at save time, and one saved before excerpts. */
async function setup(batch = 2) {
  const { repo } = await freshRepo();
  for (const [i, text] of PAGES.entries()) {
    const d = draft({ name: v(`Structure ${i}`), website: v(`https://s${i}.example/`) });
    const qualification = { ...qualify(d, text, ux), excerpt: ownExcerpt(d.sourceUrl, text) };
    await repo.save({ draft: d, edits: DEFAULT_EDITS, userEdited: [], qualification });
  }
  await repo.save(
    input(
      { name: v('Ancienne association culturelle'), description: v('Un festival de culture') },
      { edits: { ...DEFAULT_EDITS, bandOverride: 'excellent' } },
    ),
  );
  let stored: RescoreState | null = null;
  const saves: RescoreState[] = [];
  const store = { personas: [ux, illustrator], activeId: ux.id };
  let bestOf = false;
  let n = 0;
  const deps = (more: Partial<RescoreDeps> = {}): RescoreDeps => ({
    repo: async () => repo,
    personas: async () => store,
    bestOf: async () => bestOf,
    load: async () => stored,
    save: async (s) => {
      stored = s;
      saves.push(s);
    },
    now: () => '2026-12-01T10:00:00.000Z',
    newId: () => `run-${++n}`,
    batch,
    ...more,
  });
  return {
    repo,
    store,
    saves,
    deps,
    setBestOf: (on: boolean) => (bestOf = on),
    stored: () => stored,
  };
}

const byId = async (repo: ProspectRepository) =>
  Object.fromEntries((await repo.list()).map((p) => [p.id, p]));

describe('scoring every prospect again', () => {
  beforeEach(() => fakeBrowser.reset());

  it('goes through the list in batches, saving the progress after each, against the active persona', async () => {
    const { repo, store, saves, deps } = await setup();
    const before = await byId(repo);
    store.activeId = illustrator.id;
    const rescorer = new Rescorer(deps());
    await rescorer.start();
    await rescorer.run();
    expect(saves.map((s) => [s.status, s.done])).toEqual([
      ['running', 0],
      ['running', 2],
      ['running', 4],
      ['done', 5],
    ]);
    expect(saves.every((s) => s.against.join() === illustrator.name)).toBe(true);
    const after = await byId(repo);
    for (const [id, p] of Object.entries(after)) {
      const q = p.qualification!;
      expect(q.personaId).toBe(illustrator.id);
      expect(q.personaName).toBe(illustrator.name);
      expect(q.bestOf).toBeUndefined();
      const excerpt = before[id]!.qualification?.excerpt;
      // The same score as qualifying the kept words against the new persona.
      expect(q.score).toBe(qualify(p.organisation, excerpt ?? '', illustrator).score);
      // Not her change: the list's order by last change stays.
      expect(p.updatedAt).toBe(before[id]!.updatedAt);
    }
    // The festival and the library fit the illustrator better than the UX persona said.
    expect(after['id-4']!.qualification!.score).toBeGreaterThan(
      before['id-4']!.qualification!.score,
    );
  });

  it('scores a prospect saved before excerpts from its saved fields alone, and says so', async () => {
    const { repo, deps, stored } = await setup();
    const rescorer = new Rescorer(deps());
    await rescorer.start();
    await rescorer.run();
    const after = await byId(repo);
    expect(after['id-5']!.qualification!.basis).toBe('fields');
    expect(after['id-5']!.qualification!.excerpt).toBeUndefined();
    for (const id of ['id-1', 'id-2', 'id-3', 'id-4'])
      expect(after[id]!.qualification!.basis).toBe('excerpt');
    expect(stored()).toMatchObject({ status: 'done', total: 5, done: 5, fromFields: 1 });
  });

  it('never changes her band override', async () => {
    const { repo, store, deps } = await setup();
    store.activeId = illustrator.id;
    const rescorer = new Rescorer(deps());
    await rescorer.start();
    await rescorer.run();
    const p = (await byId(repo))['id-5']!;
    expect(p.qualification!.band).not.toBe('excellent');
    expect(p.bandOverride).toBe('excellent');
  });

  it('goes on after the last saved batch when a stopped worker starts again', async () => {
    const { repo, store, deps, stored } = await setup();
    store.activeId = illustrator.id;
    // The first worker stops once its first batch is saved.
    let saved = 0;
    const first = deps();
    const stopping = new Rescorer({
      ...first,
      save: async (s) => {
        await first.save(s);
        if (++saved === 2) await new Promise(() => undefined);
      },
    });
    void stopping.start();
    await vi.waitFor(() => expect(stored()?.done).toBe(2));
    const scoredFirst = (await byId(repo))['id-1']!.qualification;

    const requalify = vi.spyOn(repo, 'requalify');
    const restarted = new Rescorer(deps());
    await restarted.restore();
    await restarted.run();
    expect(requalify.mock.calls.map((c) => c[0])).toEqual(['id-2', 'id-4']);
    expect(stored()).toMatchObject({ status: 'done', done: 5, total: 5 });
    const after = await byId(repo);
    expect(Object.values(after).every((p) => p.qualification?.personaId === illustrator.id)).toBe(
      true,
    );
    // The first batch is not scored twice.
    expect(after['id-1']!.qualification).toEqual(scoredFirst);
  });

  it('with "best of all my personas", keeps each prospect’s best score and names who gave it', async () => {
    const { repo, deps, setBestOf } = await setup();
    setBestOf(true);
    const rescorer = new Rescorer(deps());
    // The active persona first: it wins ties.
    expect((await rescorer.start()).against).toEqual([ux.name, illustrator.name]);
    await rescorer.run();
    const after = await byId(repo);
    const names = new Set<string>();
    for (const p of Object.values(after)) {
      const q = p.qualification!;
      const excerpt = q.excerpt ?? '';
      const scores = [ux, illustrator].map((c) => qualify(p.organisation, excerpt, c).score);
      expect(q.score).toBe(Math.max(...scores));
      expect(q.personaId).toBe(scores[1]! > scores[0]! ? illustrator.id : ux.id);
      expect(q.bestOf).toBe(true);
      names.add(q.personaName);
    }
    // Both personas win somewhere on this list.
    expect(names).toEqual(new Set([ux.name, illustrator.name]));
  });

  it('scores a prospect just saved against the best of her personas when best-of is on', async () => {
    const { repo, deps, setBestOf } = await setup();
    const rescorer = new Rescorer(deps());
    const festival = (await byId(repo))['id-4']!;
    // Off: the page's score against the active persona stays.
    expect(await rescorer.saved(festival)).toBe(festival);
    setBestOf(true);
    const best = (await rescorer.saved(festival)).qualification!;
    expect(best).toMatchObject({ personaId: illustrator.id, bestOf: true, basis: 'excerpt' });
    expect(best.score).toBeGreaterThan(festival.qualification!.score);
    expect((await repo.get('id-4'))!.qualification).toEqual(best);
  });

  it('starts again from the first prospect when the persona changes during a run', async () => {
    const { repo, store, deps, stored } = await setup(1);
    const rescorer = new Rescorer(deps());
    await rescorer.start();
    store.activeId = illustrator.id;
    await rescorer.start();
    await rescorer.run();
    expect(stored()).toMatchObject({ runId: 'run-2', status: 'done', done: 5 });
    for (const p of Object.values(await byId(repo)))
      expect(p.qualification!.personaId).toBe(illustrator.id);
  });

  it('starts when the active persona is edited or another is made active, not for an inactive one', async () => {
    const { deps, setBestOf } = await setup();
    const rescorer = new Rescorer(deps());
    const start = vi.spyOn(rescorer, 'start');
    const handlers = createPersonaHandlers(async () => ux, rescorer.personasChanged);
    const sender = {} as never;
    await handlers['persona.save']({ persona: { ...ux, threshold: 50 } }, sender);
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(1));
    await handlers['persona.save']({ persona: illustrator }, sender);
    await handlers['persona.list']({}, sender);
    expect(start).toHaveBeenCalledTimes(1);
    await handlers['persona.setActive']({ id: illustrator.id }, sender);
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(2));
    // With best-of on, every persona counts.
    setBestOf(true);
    await handlers['persona.save']({ persona: { ...ux, threshold: 40 } }, sender);
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(3));
    await handlers['persona.delete']({ id: ux.id }, sender);
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(4));
  });
});
