import { describe, expect, it, vi } from 'vitest';
import { dispatch, MessageError, type Handlers } from '@/utils/messaging';
import { sampleDraft } from '../sample';

const self = { id: 'glaneur-id', origin: 'chrome-extension://glaneur-id/' };
const page = { id: self.id, url: 'chrome-extension://glaneur-id/popup.html' };
const contentScript = { id: self.id, url: 'https://example.org/', tab: { id: 4 } as never };

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const fail = () => Promise.reject(new Error('not called in this test'));
  return {
    'prospect.lookup': vi.fn(async () => ({ prospect: null })),
    'prospect.save': fail,
    'persona.list': vi.fn(async () => ({ personas: [], activeId: null })),
    'csv.export': fail,
    ...overrides,
  } as Handlers;
}

describe('dispatch', () => {
  it('runs the handler for a valid message from an extension page', async () => {
    const h = handlers();
    const reply = await dispatch(h, { type: 'persona.list', payload: {} }, page, self);
    expect(reply).toEqual({ ok: true, data: { personas: [], activeId: null } });
  });

  it('refuses unknown types and invalid payloads without calling anything', async () => {
    const h = handlers();
    expect(await dispatch(h, { type: 'toString', payload: {} }, page, self)).toMatchObject({
      ok: false,
      code: 'errorBadMessage',
    });
    expect(await dispatch(h, 'hello', page, self)).toMatchObject({ code: 'errorBadMessage' });
    const bad = await dispatch(
      h,
      { type: 'prospect.lookup', payload: { draft: { name: 1 } } },
      page,
      self,
    );
    expect(bad).toMatchObject({ ok: false, code: 'errorBadMessage' });
    expect(h['prospect.lookup']).not.toHaveBeenCalled();
  });

  it('refuses other extensions, and content scripts outside their whitelist', async () => {
    const h = handlers();
    const foreign = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' };
    expect(await dispatch(h, { type: 'persona.list', payload: {} }, foreign, self)).toMatchObject({
      code: 'errorForbiddenSender',
    });
    expect(
      await dispatch(h, { type: 'persona.list', payload: {} }, contentScript, self),
    ).toMatchObject({ code: 'errorForbiddenSender' });
    const allowed = await dispatch(
      h,
      { type: 'prospect.lookup', payload: { draft: sampleDraft() } },
      contentScript,
      self,
    );
    expect(allowed).toEqual({ ok: true, data: { prospect: null } });
  });

  it('turns handler failures into error codes the UI can translate', async () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    const h = handlers({
      'persona.list': async () => {
        throw quota;
      },
      'prospect.lookup': async () => {
        throw new MessageError('errorNotFound', 'gone');
      },
    });
    expect(await dispatch(h, { type: 'persona.list', payload: {} }, page, self)).toMatchObject({
      ok: false,
      code: 'errorStorageFull',
    });
    expect(
      await dispatch(h, { type: 'prospect.lookup', payload: { draft: sampleDraft() } }, page, self),
    ).toMatchObject({ ok: false, code: 'errorNotFound' });
  });
});
