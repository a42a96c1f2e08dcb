import { describe, expect, it } from 'vitest';
import { parseProspectCsv } from '@/utils/csv/import';
import { planImport, planSaves } from '@/utils/csv/plan';
import { freshRepo } from '../storage/helpers';
import { fixture, sampleProspects } from './samples';

const rowsOf = (name: string) => parseProspectCsv(fixture(`spreadsheet/${name}`)).rows;
const now = new Date('2026-12-01T10:00:00Z');

describe('import plan', () => {
  it('a row matching a saved prospect: shown field by field; her name and status stay', async () => {
    const { repo } = await freshRepo();
    await repo.restore(sampleProspects, []);
    const saved = await repo.list();
    const plan = planImport(rowsOf('matches-saved.csv'), saved, now);
    expect(plan.map((i) => [i.row.record, i.kind, i.prospect?.name])).toEqual([
      [2, 'merge', 'Atelier Lumen'],
      [3, 'new', undefined],
    ]);
    expect(plan[0]!.changes).toEqual([
      { field: 'aliases', before: '', after: 'Atelier Lumen SAS' },
      { field: 'phones', before: '+33478000000', after: '+33478000000, +33478112233' },
      {
        field: 'notes',
        before: 'Vu au salon Made in Lyon, très orienté réemploi.',
        after: 'Vu au salon Made in Lyon, très orienté réemploi.\n\nAncien fichier 2022',
      },
      { field: 'tags', before: 'artisanat, lyon', after: 'artisanat, lyon, salon' },
    ]);

    // What the file says that the merge leaves out: her name and her status.
    expect(plan[0]!.kept).toEqual([
      { field: 'name', before: 'Atelier Lumen', after: 'Atelier Lumen SAS' },
      { field: 'status', before: 'to-contact', after: 'client' },
    ]);
    expect(plan[1]!.kept).toEqual([]);

    const before = JSON.stringify(await repo.list());
    expect(planImport(rowsOf('matches-saved.csv'), saved, now)).toHaveLength(2);
    expect(JSON.stringify(await repo.list())).toBe(before); // planning writes nothing

    expect(await repo.saveMany(planSaves(plan), now)).toEqual({
      created: 1,
      merged: 1,
      ids: expect.any(Array),
    });
    const lumen = (await repo.list()).find((p) => p.id === plan[0]!.prospect!.id)!;
    expect(lumen.organisation.name?.value).toBe('Atelier Lumen');
    expect(lumen.organisation.aliases).toEqual(['Atelier Lumen SAS']);
    expect(lumen.status).toBe('to-contact');
    expect(lumen.tags).toEqual(['artisanat', 'lyon', 'salon']);
  });

  it('a value she typed is never replaced by a merge', async () => {
    const { repo } = await freshRepo();
    const typed = structuredClone(sampleProspects[0]!);
    typed.userEdited = ['name', 'website'];
    typed.organisation.website = {
      value: 'https://www.atelier-lumen.fr/',
      source: 'user',
      confidence: 1,
    };
    await repo.restore([typed], []);
    const rows = parseProspectCsv('Nom,Site web\nLumen,https://atelier-lumen.fr/boutique\n').rows;
    const [item] = planImport(rows, await repo.list(), now);
    expect(item!.changes.map((c) => c.field)).toEqual(['aliases']);
    expect(item!.kept).toEqual([
      { field: 'name', before: 'Atelier Lumen', after: 'Lumen' },
      {
        field: 'website',
        before: 'https://www.atelier-lumen.fr/',
        after: 'https://atelier-lumen.fr/boutique',
      },
    ]);
    await repo.saveMany(planSaves([item!]), now);
    const [after] = await repo.list();
    expect(after!.organisation.website?.value).toBe('https://www.atelier-lumen.fr/');
    expect(after!.organisation.name?.value).toBe('Atelier Lumen');
  });

  it('duplicates inside the file: merge by default, or keep separate, or skip', async () => {
    const rows = rowsOf('duplicates.csv');
    const plan = planImport(rows, [], now);
    expect(plan.map((i) => [i.row.record, i.kind, i.of])).toEqual([
      [2, 'new', undefined],
      [3, 'duplicate', 2],
      [4, 'new', undefined],
    ]);
    const names = async (choices: Record<number, 'merge' | 'separate' | 'skip'>) => {
      const { repo } = await freshRepo();
      await repo.saveMany(planSaves(plan, choices), now);
      return (await repo.list())
        .map((p) => [p.organisation.name?.value, p.organisation.aliases, p.status, p.tags])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    };
    expect(await names({})).toEqual([
      ['Coop Rhizome', undefined, 'to-qualify', ['coop']],
      ['Ferme du Vallon', ['Les Paniers du Vallon'], 'to-contact', ['bio', 'paniers']],
    ]);
    expect(await names({ 3: 'separate' })).toEqual([
      ['Coop Rhizome', undefined, 'to-qualify', ['coop']],
      ['Ferme du Vallon', undefined, 'to-contact', ['bio']],
      ['Les Paniers du Vallon', undefined, 'client', ['paniers']],
    ]);
    expect(await names({ 3: 'skip', 4: 'skip' })).toEqual([
      ['Ferme du Vallon', undefined, 'to-contact', ['bio']],
    ]);
    // The first row skipped: its duplicate stands for it, with its own name.
    expect((await names({ 2: 'skip' }))[1]).toEqual([
      'Les Paniers du Vallon',
      undefined,
      'client',
      ['paniers'],
    ]);
  });

  it('a default for all: skip leaves out every row not chosen by hand, new ones too', async () => {
    const plan = planImport(rowsOf('duplicates.csv'), [], now);
    const { repo } = await freshRepo();
    await repo.saveMany(planSaves(plan, { 4: 'merge' }, 'skip'), now);
    expect((await repo.list()).map((p) => p.organisation.name?.value)).toEqual(['Coop Rhizome']);
  });

  it('a duplicate standing for a skipped row still keeps the saved name and status', async () => {
    const { repo } = await freshRepo();
    await repo.restore(sampleProspects, []);
    const text =
      'Nom,Site web,Statut\nLumen SAS,atelier-lumen.fr,Client\nLumen Lyon,atelier-lumen.fr/a,Perdu\n';
    const plan = planImport(parseProspectCsv(text).rows, await repo.list(), now);
    expect(plan.map((i) => [i.kind, i.of])).toEqual([
      ['merge', undefined],
      ['duplicate', 2],
    ]);
    await repo.saveMany(planSaves(plan, { 2: 'skip' }), now);
    const lumen = (await repo.list()).find((p) => p.id === plan[0]!.prospect!.id)!;
    expect(lumen.organisation.name?.value).toBe('Atelier Lumen');
    expect(lumen.organisation.aliases).toEqual(['Lumen Lyon']);
    expect(lumen.status).toBe('to-contact');
  });
});
