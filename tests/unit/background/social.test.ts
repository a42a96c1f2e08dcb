import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SOCIAL_SCRIPT_ID, socialHandlers, syncSocialScript } from '@/utils/background/social';
import { dispatch, type Handlers } from '@/utils/messaging';
import { SOCIAL_HOSTS, observedKey } from '@/utils/social-hosts';

type Registered = { id: string; matches?: string[] };

/** A browser whose grants and registered scripts the test controls. */
function fakeApi(granted: string[]) {
  let registered: Registered[] = [];
  const executed: number[] = [];
  const api = {
    permissions: {
      contains: async ({ origins }: { origins: string[] }) =>
        origins.every((o) => granted.includes(o)),
    },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
        registered.filter((s) => ids.includes(s.id)),
      registerContentScripts: vi.fn(async (scripts: Registered[]) => {
        registered = [...registered, ...scripts];
      }),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
        registered = registered.filter((s) => !ids.includes(s.id));
      }),
      executeScript: async ({ target }: { target: { tabId: number } }) => {
        executed.push(target.tabId);
        return [];
      },
    },
    tabs: { query: async ({ url }: { url: string[] }) => (url.length ? [{ id: 7 }] : []) },
    storage: fakeBrowser.storage,
  };
  return {
    api: api as unknown as Parameters<typeof syncSocialScript>[0],
    registered: () => registered,
    executed,
    granted,
  };
}

describe('social content script registration', () => {
  it('registers for the granted hosts only, and injects into open tabs', async () => {
    const f = fakeApi(['https://www.linkedin.com/*']);
    expect(await syncSocialScript(f.api)).toEqual(['https://www.linkedin.com/*']);
    expect(f.registered()).toMatchObject([
      { id: SOCIAL_SCRIPT_ID, matches: ['https://www.linkedin.com/*'] },
    ]);
    expect(f.executed).toEqual([7]);
  });

  it('follows grants and revocations', async () => {
    const f = fakeApi([]);
    await syncSocialScript(f.api);
    expect(f.registered()).toEqual([]);
    f.granted.push(...SOCIAL_HOSTS);
    await syncSocialScript(f.api);
    expect(f.registered()[0]?.matches?.sort()).toEqual([...SOCIAL_HOSTS].sort());
    await syncSocialScript(f.api); // nothing changed: nothing re-registered
    expect(f.api!.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    f.granted.length = 0;
    await syncSocialScript(f.api);
    expect(f.registered()).toEqual([]);
  });
});

describe('social.observed', () => {
  beforeEach(() => fakeBrowser.reset());
  const self = { id: 'glaneur', origin: 'chrome-extension://glaneur/' };
  const handlers = { ...socialHandlers(fakeBrowser) } as unknown as Handlers;
  const card = {
    kind: 'company',
    site: 'linkedin',
    url: 'https://www.linkedin.com/company/x/',
    name: 'X',
    partial: true,
  };
  const fromTab = (frameId = 0) => ({
    id: 'glaneur',
    tab: { id: 3 } as never,
    frameId,
    url: card.url,
  });

  it('keeps what a content script saw for its tab', async () => {
    const reply = await dispatch(
      handlers,
      { type: 'social.observed', payload: { url: card.url, card, text: 'X' } },
      fromTab(),
      self,
    );
    expect(reply).toEqual({ ok: true, data: {} });
    const stored = (await fakeBrowser.storage.session.get(observedKey(3)))[observedKey(3)];
    expect(stored).toMatchObject({ url: card.url, card, tabId: 3 });
  });

  it('refuses a card that breaks the schema, and ignores frames', async () => {
    const bad = await dispatch(
      handlers,
      {
        type: 'social.observed',
        payload: { url: card.url, card: { ...card, kind: 'cat' }, text: '' },
      },
      fromTab(),
      self,
    );
    expect(bad).toMatchObject({ ok: false, code: 'errorBadMessage' });
    await dispatch(
      handlers,
      { type: 'social.observed', payload: { url: card.url, card, text: '' } },
      fromTab(2),
      self,
    );
    expect(await fakeBrowser.storage.session.get(observedKey(3))).toEqual({});
  });
});
