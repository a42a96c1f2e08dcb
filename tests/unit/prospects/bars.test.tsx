import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BulkBar } from '@/entrypoints/prospects/BulkBar';
import { ExportBar } from '@/entrypoints/prospects/ExportBar';
import { FilterBar } from '@/entrypoints/prospects/FilterBar';
import { NO_FILTERS } from '@/entrypoints/prospects/list-model';

let root: HTMLElement;
let window: ReturnType<typeof parseHTML>['window'];
/** Messages the bars sent to the background, answered with `answer`. */
let sent: { type: string; payload: unknown }[];
let answer: unknown;

beforeEach(() => {
  // The message key stands for its text: what is checked is which one is shown.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    [key, ...(subs ?? [])].join(' ')) as never);
  sent = [];
  answer = { count: 0 };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: never) => {
    sent.push(message);
    return { ok: true, data: answer };
  }) as never);
  ({ window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>'));
  Object.assign(globalThis, { document: window.document });
  root = window.document.getElementById('app') as unknown as HTMLElement;
});

const $ = <T extends Element = HTMLElement>(selector: string) => {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found as T;
};
const buttons = () => [...root.querySelectorAll('button')].map((b) => b.textContent);
const button = (text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;

/**
 * Set a form control's value as the user does, and fire the event Preact listens to. linkedom
 * reads a select's value from its options' `selected` attribute.
 */
async function enter(control: Element, type: 'input' | 'change', value?: string | boolean) {
  const el = control as HTMLInputElement;
  if (typeof value === 'boolean') el.checked = value;
  else if (value !== undefined && el.tagName === 'SELECT')
    for (const option of el.querySelectorAll('option'))
      option.toggleAttribute('selected', option.value === value);
  else if (value !== undefined) el.value = value;
  await act(() => {
    el.dispatchEvent(new window.Event(type));
  });
}
const click = (el: Element) =>
  act(() => {
    el.dispatchEvent(new window.Event('click'));
  });
const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('FilterBar', () => {
  it('reports only what changed, empty choices as "any"', async () => {
    const patches: unknown[] = [];
    render(
      <FilterBar
        filters={{ ...NO_FILTERS, status: 'client' }}
        personas={['Designer']}
        tags={['vip', 'lyon']}
        onChange={(p) => patches.push(p)}
      />,
      root,
    );
    const selects = root.querySelectorAll('select');
    expect(selects).toHaveLength(4);
    // linkedom keeps a select's value as the attribute Preact falls back to.
    expect($('[data-testid=filter-status]').getAttribute('value')).toBe('client');
    expect([...selects[3]!.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'filterAny',
      'vip',
      'lyon',
    ]);
    await enter($('[data-testid=search]'), 'input', 'lyon');
    await enter($('[data-testid=filter-status]'), 'change', '');
    await enter(selects[1]!, 'change', 'good');
    await enter(selects[2]!, 'change', 'Designer');
    await enter(selects[3]!, 'change', 'vip');
    await enter($('input[type=number]'), 'input', '0');
    await enter($('input[type=number]'), 'input', '30');
    await enter($('[data-testid=filter-due]'), 'change', true);
    expect(patches).toEqual([
      { query: 'lyon' },
      { status: undefined },
      { band: 'good' },
      { persona: 'Designer' },
      { tag: 'vip' },
      { days: undefined },
      { days: 30 },
      { due: true },
    ]);
  });
});

describe('ExportBar', () => {
  it('keeps the columns in their table order and offers every preset', async () => {
    const chosen: unknown[] = [];
    const exports = vi.fn();
    render(
      <ExportBar
        columns={['city', 'name']}
        lang="en"
        profile="excel-fr"
        onColumns={(c) => chosen.push(c)}
        onProfile={(p) => chosen.push(p)}
        onExport={exports}
      />,
      root,
    );
    const boxes = [...root.querySelectorAll('input[type=checkbox]')] as HTMLInputElement[];
    const checked = boxes
      .filter((b) => b.hasAttribute('checked'))
      .map((b) => b.parentElement!.textContent);
    expect(checked).toEqual(['Name', 'City']);
    const domain = boxes.find((b) => b.parentElement!.textContent === 'Domain')!;
    await enter(domain, 'change', true);
    await enter(
      boxes.find((b) => b.parentElement!.textContent === 'City')!,
      'change',
      false,
    );
    await enter($('[data-testid=export-profile]'), 'change', 'hubspot');
    await click($('[data-testid=export-list]'));
    expect(chosen).toEqual([['name', 'domain', 'city'], ['name'], 'hubspot']);
    expect(exports).toHaveBeenCalledTimes(1);
  });
});

describe('BulkBar', () => {
  const bar = (ids: string[], onExport = vi.fn(), onGone = vi.fn(), notify = vi.fn()) => {
    render(<BulkBar ids={ids} notify={notify} onExport={onExport} onGone={onGone} />, root);
    return { onExport, onGone, notify };
  };

  it('shows nothing without a selection, and merge only for two', () => {
    bar([]);
    expect(root.childNodes).toHaveLength(0);
    bar(['a', 'b', 'c']);
    expect($('[role=region]').getAttribute('aria-label')).toBe('selectedCount 3');
    expect(buttons()).toEqual(['bulkAddTag', 'registryCheck', 'bulkExport', 'bulkDelete']);
    bar(['a', 'b']);
    expect(buttons()).toEqual([
      'bulkAddTag',
      'registryCheck',
      'bulkExport',
      'bulkMerge',
      'bulkDelete',
    ]);
  });

  it('looks the selection up in the national directory and says how many were left out', async () => {
    const { notify } = bar(['a', 'b', 'c']);
    const progress = { status: 'running', total: 2, pending: 2, found: 0, ambiguous: 0 };
    answer = { progress: { ...progress, notFound: 0, failed: 0 }, skipped: 1 };
    await click(button('registryCheck'));
    await settle();
    expect(sent).toEqual([{ type: 'registry.queue.start', payload: { ids: ['a', 'b', 'c'] } }]);
    expect(notify).toHaveBeenCalledWith({ kind: 'info', text: 'registryQueueStarted 2 1' });
  });

  it('sets a status and adds a tag to the selection, and says how many changed', async () => {
    const { notify } = bar(['a', 'b']);
    answer = { count: 2 };
    await enter($('select'), 'change', 'contacted');
    expect(button('bulkAddTag').disabled).toBe(true);
    await enter($('input'), 'input', '  salon 2026 ');
    await click(button('bulkAddTag'));
    await settle();
    expect(sent).toEqual([
      { type: 'prospect.bulkUpdate', payload: { ids: ['a', 'b'], patch: { status: 'contacted' } } },
      {
        type: 'prospect.bulkUpdate',
        payload: { ids: ['a', 'b'], patch: { addTags: ['salon 2026'] } },
      },
    ]);
    expect(notify).toHaveBeenCalledWith({ kind: 'info', text: 'noticeUpdated 2' });
  });

  it('keeps the tag being typed when the selection empties and comes back', async () => {
    bar(['a']);
    await enter($('input'), 'input', 'vip');
    bar([]);
    bar(['b']);
    expect(($('input') as HTMLInputElement).value).toBe('vip');
  });

  it('exports the selection; delete offers undo and clears the selection', async () => {
    const { onExport, onGone, notify } = bar(['a', 'b']);
    await click(button('bulkExport'));
    expect(onExport).toHaveBeenCalledWith(['a', 'b']);
    expect(sent).toEqual([]);
    answer = { count: 2, undoId: 'u2' };
    await click(button('bulkDelete'));
    await settle();
    expect(sent).toEqual([{ type: 'prospect.deleteMany', payload: { ids: ['a', 'b'] } }]);
    expect(onGone).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledWith({ kind: 'info', text: 'noticeDeleted 2', undoId: 'u2' });
  });
});
