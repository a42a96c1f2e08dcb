// One-off: writes what today's release stores, as a fixture for the upgrade test.
import { writeFileSync } from 'node:fs';
import { it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scheduleFollowUps, sweep } from '@/utils/background/alarms';
import { createPersonaHandlers } from '@/utils/background/personas';
import { CSV_COPY_SETTING } from '@/utils/background/csv-copy';
import { DEFAULT_EDITS } from '@/utils/model/prospect';
import { PersonaSchema, emptyPersona } from '@/utils/model/persona';
import { DB_VERSION, openGlaneurDB } from '@/utils/storage/db';
import { Mirror, type KeyValueArea } from '@/utils/storage/mirror';
import { ProspectRepository } from '@/utils/storage/prospects';
import { input, v } from '../storage/helpers';
import example from '../../../public/personas/ux-designer.fr.json';

it('captures', async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((k: string) => k);
  const db = await openGlaneurDB('glaneur-capture');
  let n = 0;
  const repo = new ProspectRepository(db, () => `id-${++n}`);
  const mirror = new Mirror(fakeBrowser.storage.local as unknown as KeyValueArea, () =>
    repo.list(),
  );
  const pending: Promise<unknown>[] = [];
  repo.onChange((c) =>
    pending.push(mirror.apply(c), scheduleFollowUps(c, new Date('2026-11-25T08:00:00'))),
  );
  const handlers = createPersonaHandlers(async () => PersonaSchema.parse(example));
  const sender = {};
  // Personas: the example, then one of the user's own, made active.
  await handlers['persona.list']({}, sender);
  const own = {
    ...emptyPersona('p-own', 'Collectivités'),
    values: [
      {
        id: 'v1',
        label: 'service public',
        terms: ['mairie', 'collectivité'],
        weight: 2,
        disqualifier: false,
      },
    ],
  };
  await handlers['persona.save']({ persona: own as never }, sender);
  await handlers['persona.setActive']({ id: 'p-own' }, sender);
  await fakeBrowser.storage.local.set({ [CSV_COPY_SETTING]: true });
  // Prospects of every kind.
  const at = (d: string) => new Date(d);
  await repo.save(
    input({
      sourceUrl: 'https://www.atelier.example/contact',
      name: v('Atelier Lumen'),
      siren: { ...v('732829320'), valid: true },
    }),
    at('2023-01-10T09:00:00Z'),
  );
  await repo.save(
    {
      ...input({
        sourceUrl: 'https://coop.example/',
        name: v('Coop Ouest'),
        email: [v('bonjour@coop.example')],
        phone: [v('+33 2 40 00 00 00')],
      }),
      edits: {
        ...DEFAULT_EDITS,
        status: 'contacted',
        followUpAt: '2026-11-20',
        notes: 'Rappeler après le salon',
        tags: ['ess', 'nantes'],
      },
    },
    at('2026-10-01T10:00:00Z'),
  );
  await repo.save(
    {
      ...input({
        sourceUrl: 'https://www.linkedin.com/company/mairie-exemple/',
        name: v('Mairie Exemple'),
        socials: [
          { ...v('https://www.linkedin.com/company/mairie-exemple/'), network: 'linkedin' },
        ] as never,
      }),
      edits: { ...DEFAULT_EDITS, followUpAt: '2027-02-01' },
    },
    at('2026-11-02T10:00:00Z'),
  );
  await repo.save(
    input({ sourceUrl: 'https://old.example/', name: v('Ancienne Agence') }),
    at('2021-05-01T10:00:00Z'),
  );
  await repo.save(
    input({ sourceUrl: 'https://atelier.example/equipe', description: v('Atelier de design') }),
    at('2026-11-03T10:00:00Z'),
  );
  const gone = await repo.save(
    input({ sourceUrl: 'https://erased.example/', name: v('Effacée') }),
    at('2026-11-04T10:00:00Z'),
  );
  const tmp = await repo.save(
    input({ sourceUrl: 'https://deleted.example/', name: v('Supprimée') }),
    at('2026-11-05T10:00:00Z'),
  );
  await repo.update(['id-2'], { status: 'meeting', addTags: ['rdv'] }, at('2026-11-06T10:00:00Z'));
  await repo.erase([gone.prospect.id], at('2026-11-07T10:00:00Z'));
  await repo.delete([tmp.prospect.id], at('2026-11-08T10:00:00Z'));
  await Promise.all(pending);
  await sweep(repo, mirror, at('2026-11-25T10:00:00'));
  const local = await fakeBrowser.storage.local.get(null);
  const stores = Object.fromEntries(
    await Promise.all(
      (['prospects', 'suppression', 'undo', 'meta'] as const).map(async (s) => [
        s,
        await db.getAll(s),
      ]),
    ),
  );
  const sample = { dbVersion: DB_VERSION, local, indexedDB: stores };
  writeFileSync('tests/fixtures/upgrade/release-1.json', JSON.stringify(sample, null, 2) + '\n');
});
