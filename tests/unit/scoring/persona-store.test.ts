import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPersonaHandlers } from '@/utils/background/personas';
import { dispatch } from '@/utils/messaging';
import { emptyPersona } from '@/utils/model/persona';

const example = emptyPersona('example', 'Exemple');
const handlers = () => createPersonaHandlers(async () => example);
const sender = {} as never;

describe('persona storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with the example persona, active', async () => {
    expect(await handlers()['persona.list']({}, sender)).toEqual({
      personas: [example],
      activeId: 'example',
    });
    expect(await handlers()['persona.active']({}, sender)).toEqual({ persona: example });
    // The seed is kept: another example later (another browser language) does not replace it.
    const other = createPersonaHandlers(async () => emptyPersona('other', 'Other'));
    expect((await other['persona.active']({}, sender)).persona?.id).toBe('example');
  });

  it('creates, replaces, activates and deletes, and keeps it across restarts', async () => {
    const h = handlers();
    const mine = emptyPersona('mine', 'Ma cliente');
    await h['persona.save']({ persona: mine }, sender);
    await h['persona.save']({ persona: { ...mine, name: 'Renamed', threshold: 70 } }, sender);
    expect(await h['persona.setActive']({ id: 'mine' }, sender)).toEqual({ activeId: 'mine' });

    const again = handlers();
    const { personas, activeId } = await again['persona.list']({}, sender);
    expect(personas.map((p) => [p.id, p.name, p.threshold])).toEqual([
      ['example', 'Exemple', 60],
      ['mine', 'Renamed', 70],
    ]);
    expect(activeId).toBe('mine');

    expect(await again['persona.delete']({ id: 'mine' }, sender)).toEqual({
      deleted: true,
      activeId: 'example',
    });
    expect(await again['persona.delete']({ id: 'mine' }, sender)).toMatchObject({ deleted: false });
  });

  it('refuses to activate a persona that does not exist', async () => {
    await expect(handlers()['persona.setActive']({ id: 'ghost' }, sender)).rejects.toThrow('ghost');
  });

  it('serialises concurrent writes', async () => {
    const h = handlers();
    await Promise.all(
      ['a', 'b', 'c'].map((id) => h['persona.save']({ persona: emptyPersona(id, id) }, sender)),
    );
    const { personas } = await h['persona.list']({}, sender);
    expect(personas.map((p) => p.id)).toEqual(['example', 'a', 'b', 'c']);
  });

  it('keeps the valid personas of a damaged store', async () => {
    await fakeBrowser.storage.local.set({
      personas: {
        schemaVersion: 1,
        personas: [emptyPersona('ok', 'OK'), { id: 'broken' }],
        activeId: 'broken',
      },
    });
    expect(await handlers()['persona.list']({}, sender)).toEqual({
      personas: [emptyPersona('ok', 'OK')],
      activeId: null,
    });
  });

  it('is reached through the protocol, which validates what arrives', async () => {
    const self = { id: fakeBrowser.runtime.id, origin: 'chrome-extension://x/' };
    const page = { id: self.id, url: 'chrome-extension://x/options.html' };
    const h = { ...handlers() } as never;
    const bad = await dispatch(
      h,
      { type: 'persona.save', payload: { persona: { id: 'x' } } },
      page,
      self,
    );
    expect(bad).toMatchObject({ ok: false, code: 'errorBadMessage' });
    const content = { id: self.id, tab: { id: 1 } } as never;
    const refused = await dispatch(h, { type: 'persona.list', payload: {} }, content, self);
    expect(refused).toMatchObject({ ok: false, code: 'errorForbiddenSender' });
  });
});
