import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RegistryQueue } from '@/entrypoints/prospects/RegistryQueue';
import type { QueueState } from '@/utils/registry/queue';
import { registryImportOfferItem, registryQueueItem } from '@/utils/storage/local';
import { pageUnderTest } from './helpers';

let root: HTMLElement;
let window: ReturnType<typeof pageUnderTest>['window'];
let sent: { type: string; payload: unknown }[];

beforeEach(() => {
  fakeBrowser.reset();
  ({ window, root, sent } = pageUnderTest(() => ({ progress: {} })));
});

const settle = async () => {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
};
const click = (el: Element) =>
  act(() => {
    el.dispatchEvent(new window.Event('click'));
  });
const button = (label: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith(label))!;

const candidates = [
  { siren: '421234568', name: 'BOULANGERIE DU PONT', postalCode: '69001', active: true },
  { siren: '552032534', name: 'BOULANGERIE DU PONT NEUF', active: false },
];
const state = (status: QueueState['status'], pending: number): QueueState => ({
  schemaVersion: 1,
  status,
  items: [
    { prospectId: 'p1', query: { id: '912345675' }, state: 'found' },
    { prospectId: 'p2', query: { name: 'Boulangerie du Pont' }, state: 'ambiguous', candidates },
    { prospectId: 'p3', query: { id: '356000000' }, state: 'not-found' },
    { prospectId: 'p4', query: { id: '732829320' }, state: 'failed', error: 'timeout' },
    ...Array.from({ length: pending }, (_, i) => ({
      prospectId: `q${i}`,
      query: { id: '123456789' },
      state: 'pending' as const,
    })),
  ],
  updatedAt: '2026-12-01T09:00:00.000Z',
});

async function show() {
  const names: Record<string, string> = { p2: 'Boulangerie du Pont', p4: 'Studio Nord' };
  await act(() => {
    render(<RegistryQueue nameOf={(id) => names[id]} notify={() => {}} />, root);
  });
  await settle();
}

describe('the whole-file lookup on the list page', () => {
  it('shows nothing before a lookup was started', async () => {
    await show();
    expect(root.querySelector('[data-testid=registry-queue]')).toBeNull();
  });

  it('follows the saved queue live, in a status region, and pauses or cancels it', async () => {
    await registryQueueItem.write(state('running', 2));
    await show();
    const progress = root.querySelector('[data-testid=registry-queue-progress]')!;
    expect(progress.getAttribute('role')).toBe('status');
    expect(progress.textContent).toBe('registryQueueRunning registryQueueProgress 4 6');
    expect(root.querySelector('[data-testid=registry-queue-summary]')!.textContent).toBe(
      'registryQueueSummary 1 1 1 1',
    );
    await click(button('registryQueuePause'));
    await click(button('registryQueueCancel'));
    expect(sent.map((m) => m.payload)).toEqual([{ action: 'pause' }, { action: 'cancel' }]);
    // Failures are listed once the file is over, not while it runs.
    expect(root.querySelector('[data-testid=registry-queue-failed]')).toBeNull();

    await act(() => registryQueueItem.write(state('paused', 2)));
    await settle();
    expect(progress.textContent).toMatch(/^registryQueuePaused /);
    await click(button('registryQueueResume'));
    expect(sent.at(-1)!.payload).toEqual({ action: 'resume' });
  });

  it('at the end: the summary, why each failed, and a choice among the matches', async () => {
    await registryQueueItem.write(state('done', 0));
    await show();
    expect(root.querySelector('[data-testid=registry-queue-failed]')!.textContent).toBe(
      'Studio Nord — registryError_timeout',
    );
    const choices = root.querySelector('[data-testid=registry-queue-ambiguous]')!;
    expect(choices.textContent).toContain('registryQueueChooseFor Boulangerie du Pont');
    await click(button('registryCandidate BOULANGERIE DU PONT NEUF'));
    expect(sent.at(-1)).toEqual({
      type: 'registry.queue.choose',
      payload: { prospectId: 'p2', siren: '552032534' },
    });
    expect(button('registryQueueCancel')).toBeUndefined();
    await click(button('registryQueueHide'));
    expect(root.querySelector('[data-testid=registry-queue]')).toBeNull();
  });

  it('after an import while the directory is off: one click turns it on and looks them up', async () => {
    let granted = false;
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => granted);
    const request = vi
      .spyOn(fakeBrowser.permissions, 'request')
      .mockImplementation(async () => (granted = true));
    await registryImportOfferItem.write(['p1', 'p2']);
    await show();
    const offer = root.querySelector('[data-testid=registry-import-offer]')!;
    expect(offer.textContent).toContain('registryImportOffer 2');
    expect(offer.textContent).toContain('registrySent');
    await click(button('registryImportOfferCheck'));
    await settle();
    expect(request).toHaveBeenCalledOnce();
    expect(sent).toEqual([{ type: 'registry.importOffer', payload: { accept: true } }]);

    await click(button('registryOfferLater'));
    expect(sent.at(-1)!.payload).toEqual({ accept: false });
    await act(() => registryImportOfferItem.write(null));
    await settle();
    expect(root.querySelector('[data-testid=registry-import-offer]')).toBeNull();
  });
});
