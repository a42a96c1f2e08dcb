import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WeekReview } from '@/entrypoints/prospects/WeekReview';
import { ActivitySchema } from '@/utils/model/activity';
import { weekReview } from '@/utils/week-review';
import { useLocale } from './locale';

const now = new Date('2026-12-04T18:00:00.000Z');
const call = (outcome: string, on?: string) =>
  ActivitySchema.parse({ id: outcome, kind: 'call', at: '2026-12-03T09:00:00.000Z', outcome, on });
const review = weekReview(
  [
    { qualification: { band: 'excellent' }, activities: [call('meeting-booked', '2026-12-10')] },
    { qualification: { band: 'excellent' }, activities: [call('no-answer')] },
    { qualification: { band: 'poor' }, activities: [call('not-interested')] },
  ],
  now,
);

let root: HTMLElement;
let window: ReturnType<typeof parseHTML>['window'];
let asked: unknown[];
beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: never) => {
    asked.push(message);
    return { ok: true, data: review };
  }) as never);
  ({ window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>'));
  Object.assign(globalThis, { document: window.document });
  root = window.document.getElementById('app') as unknown as HTMLElement;
});

const rows = () =>
  [...root.querySelectorAll('tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((c) => c.textContent),
  );

describe('WeekReview', () => {
  it('asks the background only once opened, and shows the figures as a table (en)', async () => {
    useLocale('en');
    render(<WeekReview />, root);
    expect(asked).toEqual([]);
    const details = root.querySelector('details')!;
    details.setAttribute('open', '');
    await act(async () => {
      details.dispatchEvent(new window.Event('toggle'));
      await new Promise((r) => setTimeout(r, 0));
    });
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(asked).toEqual([{ type: 'review.week', payload: {} }]);
    expect(rows()).toEqual([
      [
        'Fit',
        'Prospects called',
        'Calls',
        'No answer',
        'Call back',
        'Not interested',
        'Send information',
        'Meeting booked',
        'Became a client',
        'Meetings held',
        'Said yes',
        'Yes rate',
      ],
      ['Excellent fit', '2', '2', '1', '0', '0', '0', '1', '0', '0', '1', '50%'],
      ['Poor fit', '1', '1', '0', '0', '1', '0', '0', '0', '0', '0', '0%'],
      ['Total', '3', '3', '1', '0', '1', '0', '1', '0', '0', '1', '33%'],
    ]);
    expect(root.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
  });
});
