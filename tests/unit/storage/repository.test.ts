import { describe, expect, it } from 'vitest';
import { DEFAULT_EDITS, ProspectSchema } from '@/utils/model/prospect';
import { StorageFullError } from '@/utils/storage/errors';
import type { Change } from '@/utils/storage/prospects';
import { freshRepo, input, v } from './helpers';

const lumen = (more = {}) =>
  input({
    name: v('Atelier Lumen'),
    website: v('https://www.atelier-lumen.fr/'),
    sourceUrl: 'https://www.atelier-lumen.fr/',
    emails: [v('contact@atelier-lumen.fr', 'meta')],
    ...more,
  });

describe('ProspectRepository.save', () => {
  it('creates a prospect keyed by its registrable domain', async () => {
    const { repo } = await freshRepo();
    const { prospect, created } = await repo.save(lumen());
    expect(created).toBe(true);
    expect(prospect.organisation.domain?.value).toBe('atelier-lumen.fr');
    expect(prospect.identityKeys).toEqual(['domain:atelier-lumen.fr']);
    expect(prospect.legalBasis).toBe('legitimate-interest');
    expect(await repo.list()).toHaveLength(1);
  });

  it('merges a capture from a subdomain into the same prospect, uniting lists', async () => {
    const { repo } = await freshRepo();
    await repo.save(lumen());
    const { prospect, created } = await repo.save(
      input({
        sourceUrl: 'https://boutique.atelier-lumen.fr/a-propos',
        emails: [v('boutique@atelier-lumen.fr')],
      }),
    );
    expect(created).toBe(false);
    expect(prospect.organisation.emails.map((e) => e.value)).toEqual([
      'contact@atelier-lumen.fr',
      'boutique@atelier-lumen.fr',
    ]);
    expect(prospect.sourceUrls).toHaveLength(2);
    expect(prospect.organisation.name?.value).toBe('Atelier Lumen');
    expect(await repo.list()).toHaveLength(1);
  });

  it('matches by SIREN across different sites, and by LinkedIn company page', async () => {
    const { repo } = await freshRepo();
    await repo.save(lumen({ siren: { ...v('732 829 320'), valid: true } }));
    const bySiren = await repo.save(
      input({ sourceUrl: 'https://annuaire.example/x', siren: { ...v('732829320'), valid: true } }),
    );
    expect(bySiren.created).toBe(false);
    const li = await repo.save(
      input({ sourceUrl: 'https://fr.linkedin.com/company/atelier-lumen/about/' }),
    );
    expect(li.created).toBe(true);
    const again = await repo.save(
      input({ sourceUrl: 'https://www.linkedin.com/company/atelier-lumen/' }),
    );
    expect(again.created).toBe(false);
    expect(again.prospect.id).toBe(li.prospect.id);
  });

  it('never merges two LinkedIn captures of different companies (linkedin.com is no identity)', async () => {
    const { repo } = await freshRepo();
    await repo.save(input({ sourceUrl: 'https://www.linkedin.com/company/a/' }));
    const b = await repo.save(input({ sourceUrl: 'https://www.linkedin.com/company/b/' }));
    expect(b.created).toBe(true);
  });

  it('an invalid SIREN is not an identity key', async () => {
    const { repo } = await freshRepo();
    await repo.save(
      input({ sourceUrl: 'https://a.example/', siren: { ...v('123456789'), valid: false } }),
    );
    const b = await repo.save(
      input({ sourceUrl: 'https://b.example/', siren: { ...v('123456789'), valid: false } }),
    );
    expect(b.created).toBe(true);
  });

  it('user-typed values win over later captures; replaced values are kept in history', async () => {
    const { repo: repo2 } = await freshRepo();
    await repo2.save({ ...lumen({ name: v('Lumen (mine)', 'user') }), userEdited: ['name'] });
    await repo2.save(lumen({ description: v('Old') }));
    const { prospect } = await repo2.save(
      lumen({ name: v('ATELIER LUMEN SARL'), description: v('New') }),
      new Date('2026-11-03T00:00:00.000Z'),
    );
    expect(prospect.organisation.name?.value).toBe('Lumen (mine)');
    expect(prospect.organisation.description?.value).toBe('New');
    const edit = prospect.history.find((h) => h.kind === 'edited');
    expect(edit).toMatchObject({ field: 'description', previous: '"Old"' });
  });

  it('a capture without a URL (a page the browser hides) still saves, with no empty source', async () => {
    const { repo } = await freshRepo();
    const typed = await repo.save(input({ sourceUrl: '', name: v('Typed by hand', 'user') }));
    expect(typed.prospect.sourceUrls).toEqual(['']);
    expect(ProspectSchema.parse(typed.prospect)).toEqual(typed.prospect);
    const seen = await repo.save(lumen(), new Date());
    expect(seen.prospect.sourceUrls).toEqual(['https://www.atelier-lumen.fr/']);
  });

  it('records status changes and the date of last contact', async () => {
    const { repo } = await freshRepo();
    await repo.save(lumen());
    const { prospect } = await repo.save(
      { ...lumen(), edits: { ...DEFAULT_EDITS, status: 'contacted' } },
      new Date('2026-11-21T08:00:00.000Z'),
    );
    expect(prospect.lastContactAt).toBe('2026-11-21T08:00:00.000Z');
    expect(prospect.history.filter((h) => h.kind === 'status').map((h) => h.status)).toEqual([
      'to-qualify',
      'contacted',
    ]);
  });

  it('a disk-full error loses nothing already saved and says so', async () => {
    const { repo } = await freshRepo();
    await repo.save(lumen());
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      await expect(repo.save(lumen({ notes: 'x' }))).rejects.toBeInstanceOf(StorageFullError);
      await expect(
        repo.saveMany([input({ sourceUrl: 'https://new.example/' })]),
      ).rejects.toBeInstanceOf(StorageFullError);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    const all = await repo.list();
    expect(all).toHaveLength(1);
    expect(all[0]!.organisation.name?.value).toBe('Atelier Lumen');
  });

  it('an import that fails halfway (worker killed, disk error) writes nothing at all', async () => {
    const { repo } = await freshRepo();
    await repo.save(lumen());
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: [unknown, IDBValidKey?]
    ) {
      if (++calls === 2) throw new Error('worker stopped');
      return put.apply(this, args);
    };
    try {
      await expect(
        repo.saveMany([
          input({ sourceUrl: 'https://www.atelier-lumen.fr/', description: v('changed') }),
          input({ sourceUrl: 'https://b.example/' }),
          input({ sourceUrl: 'https://c.example/' }),
        ]),
      ).rejects.toThrow('worker stopped');
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    const all = await repo.list();
    expect(all.map((p) => p.organisation.domain?.value)).toEqual(['atelier-lumen.fr']);
    expect(all[0]!.history).toHaveLength(2);
  });
});

describe('ProspectRepository list operations', () => {
  it('saveMany merges duplicates inside the batch and with saved prospects, in one go', async () => {
    const { repo } = await freshRepo();
    await repo.save(lumen());
    const changes: Change[] = [];
    repo.onChange((c) => changes.push(c));
    const result = await repo.saveMany([
      input({ sourceUrl: 'https://www.atelier-lumen.fr/x', emails: [v('a@atelier-lumen.fr')] }),
      input({ sourceUrl: 'https://velo.example/', name: v('Vélo') }),
      input({ sourceUrl: 'https://www.velo.example/contact', emails: [v('b@velo.example')] }),
    ]);
    expect(result).toEqual({ created: 1, merged: 2, ids: expect.any(Array) });
    expect(result.ids).toHaveLength(2);
    const all = await repo.list();
    expect(all).toHaveLength(2);
    expect(
      all.find((p) => p.organisation.domain?.value === 'velo.example')!.organisation.emails,
    ).toHaveLength(1);
    expect(changes).toHaveLength(1);
  });

  it('delete then undo gives back the same prospects', async () => {
    const { repo } = await freshRepo();
    const a = (await repo.save(lumen())).prospect;
    const b = (await repo.save(input({ sourceUrl: 'https://b.example/' }))).prospect;
    const undoId = await repo.delete([a.id, b.id, 'missing']);
    expect(await repo.list()).toHaveLength(0);
    expect(await repo.undo(undoId!)).toBe(true);
    expect((await repo.list()).sort((x, y) => x.id.localeCompare(y.id))).toEqual([a, b]);
    expect(await repo.undo(undoId!)).toBe(false);
  });

  it("manual merge keeps the first one's values, fills gaps from the other, and can be undone", async () => {
    const { repo } = await freshRepo();
    const a = (await repo.save(lumen())).prospect;
    const b = (
      await repo.save({
        ...input({
          sourceUrl: 'https://lumen-shop.example/',
          name: v('Lumen Shop'),
          description: v('Shop'),
        }),
        edits: { ...DEFAULT_EDITS, tags: ['shop'], notes: 'from b', followUpAt: '2026-12-01' },
      })
    ).prospect;
    const { prospect, undoId } = await repo.merge(a.id, b.id);
    expect(prospect.id).toBe(a.id);
    expect(prospect.organisation.name?.value).toBe('Atelier Lumen');
    expect(prospect.organisation.description?.value).toBe('Shop');
    expect(prospect.tags).toEqual(['shop']);
    expect(prospect.followUpAt).toBe('2026-12-01');
    expect(prospect.identityKeys).toEqual(['domain:atelier-lumen.fr']);
    expect(prospect.history.at(-1)?.kind).toBe('merged');
    expect(prospect.sourceUrls).toEqual([...a.sourceUrls, ...b.sourceUrls]);
    expect(await repo.list()).toHaveLength(1);
    await repo.undo(undoId);
    expect((await repo.list()).sort((x, y) => x.id.localeCompare(y.id))).toEqual([a, b]);
  });

  it('bulk update sets status and tags', async () => {
    const { repo } = await freshRepo();
    const a = (await repo.save(lumen())).prospect;
    const [after] = await repo.update([a.id], { status: 'meeting', addTags: ['salon', 'salon'] });
    expect(after!.status).toBe('meeting');
    expect(after!.tags).toEqual(['salon']);
    const [removed] = await repo.update([a.id], {
      removeTags: ['salon'],
      followUpAt: '2027-01-05',
    });
    expect(removed!.tags).toEqual([]);
    expect(removed!.followUpAt).toBe('2027-01-05');
  });
});

describe('privacy', () => {
  it('erase removes the prospect and warns at a later lookup, without keeping the domain', async () => {
    const { db, repo } = await freshRepo();
    const a = (await repo.save(lumen())).prospect;
    const undoId = await repo.delete([a.id]);
    await repo.undo(undoId!);
    expect(await repo.erase([a.id], new Date('2026-11-22T10:00:00.000Z'))).toBe(1);
    expect(await repo.list()).toHaveLength(0);
    expect(await db.count('undo')).toBe(0);
    const found = await repo.lookup(lumen().draft);
    expect(found).toEqual({ erasedAt: '2026-11-22T10:00:00.000Z' });
    const suppression = await repo.suppressionList();
    expect(JSON.stringify(suppression)).not.toContain('lumen');
    expect(await repo.lookup(input({ sourceUrl: 'https://other.example/' }).draft)).toEqual({});
  });

  it('erase everything empties every store', async () => {
    const { db, repo } = await freshRepo();
    const a = (await repo.save(lumen())).prospect;
    await repo.erase([a.id]);
    await repo.save(input({ sourceUrl: 'https://b.example/' }));
    await repo.eraseAll();
    for (const store of ['prospects', 'suppression', 'undo', 'meta'] as const) {
      expect(await db.count(store)).toBe(0);
    }
  });

  it('flags prospects with no contact for three years', async () => {
    const { repo } = await freshRepo();
    await repo.save(lumen(), new Date('2023-01-01T00:00:00.000Z'));
    await repo.save(
      input({ sourceUrl: 'https://b.example/' }),
      new Date('2023-01-01T00:00:00.000Z'),
    );
    await repo.save(
      {
        ...input({ sourceUrl: 'https://b.example/' }),
        edits: { ...DEFAULT_EDITS, status: 'contacted' },
      },
      new Date('2025-06-01T00:00:00.000Z'),
    );
    const stale = await repo.stale(new Date('2026-11-25T00:00:00.000Z'));
    expect(stale.map((p) => p.organisation.domain?.value)).toEqual(['atelier-lumen.fr']);
  });
});

describe('ProspectRepository.rewrite', () => {
  it('rewrites several prospects from their saved copies in one change, and names the missing', async () => {
    const { repo } = await freshRepo();
    const a = await repo.save(input({ sourceUrl: 'https://a.example/' }));
    const b = await repo.save(input({ sourceUrl: 'https://b.example/' }));
    await repo.update([a.prospect.id], { status: 'contacted' });
    const changes: Change[] = [];
    repo.onChange((c) => changes.push(c));
    const missing = await repo.rewrite([a.prospect.id, 'gone', b.prospect.id], (p) => ({
      ...p,
      notes: `checked ${p.status}`,
      activities: [],
    }));
    expect(missing).toEqual(['gone']);
    // Each from what is stored now: a's status was set after it was first saved.
    expect((await repo.get(a.prospect.id))?.notes).toBe('checked contacted');
    expect((await repo.get(b.prospect.id))?.notes).toBe('checked to-qualify');
    expect(changes).toHaveLength(1);
    expect('upserted' in changes[0]! && changes[0].upserted.map((p) => p.id)).toEqual([
      a.prospect.id,
      b.prospect.id,
    ]);
  });
});
