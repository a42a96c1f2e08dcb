import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SuggestedTerms } from '@/entrypoints/options/SuggestedTerms';
import { termKey } from '@/utils/scoring/learn';

let root: HTMLElement;
let window: ReturnType<typeof parseHTML>['window'];

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    [key, ...(subs ?? [])].join(' ')) as never);
  ({ window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>'));
  Object.assign(globalThis, { document: window.document });
  root = window.document.getElementById('app') as unknown as HTMLElement;
});

const term = (text: string) => ({
  key: termKey(text),
  term: text,
  count: 2,
  others: 0,
  ratio: 5,
  quotes: [{ quote: `On parle de ${text}.`, source: 'text' as const, prospectId: 'a' }],
  prospectIds: ['a', 'b'],
});

describe('SuggestedTerms', () => {
  it('offers the terms the criterion does not have yet, and adds the one she clicks', async () => {
    const added: string[] = [];
    const criterion = {
      id: 'eco',
      label: 'Écologie',
      terms: ['réemploi'],
      weight: 3,
      disqualifier: false,
    };
    render(
      <SuggestedTerms
        criterion={criterion}
        terms={[term('réparations'), term('Réemploi'), term('zéro déchet')]}
        onAdd={(t) => added.push(t)}
      />,
      root,
    );
    const chips = [...root.querySelectorAll('button.chip')];
    expect(chips.map((c) => c.getAttribute('aria-label'))).toEqual([
      'learnAddTerm réparations',
      'learnAddTerm zéro déchet',
    ]);
    expect(chips[0]!.getAttribute('title')).toBe('On parle de réparations.');
    await act(() => {
      chips[1]!.dispatchEvent(new window.Event('click'));
    });
    expect(added).toEqual(['zéro déchet']);
  });

  it('shows nothing without suggestions', () => {
    const criterion = { id: 'x', label: 'X', terms: [], weight: 3, disqualifier: false };
    render(<SuggestedTerms criterion={criterion} onAdd={() => undefined} />, root);
    expect(root.childNodes.length).toBe(0);
  });
});
