import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ConversationChecklist } from '@/components/ConversationChecklist';
import { PartnerToggle } from '@/components/PartnerToggle';
import type { Prospect } from '@/utils/model/prospect';
import type { Qualification } from '@/utils/model/qualification';
import { sampleProspect } from '../sample';

let root: HTMLElement;
let window: ReturnType<typeof parseHTML>['window'];
let sent: { type: string; payload: { id: string; partner?: boolean; checked?: string[] } }[];

const qualification = (peer: boolean): Qualification => ({
  personaId: 'p',
  personaName: 'P',
  score: 50,
  band: 'fair',
  criteria: [
    {
      id: 'site',
      label: 'Associations',
      section: 'profile',
      matched: true,
      weight: 3,
      evidence: [],
    },
    {
      id: 'hands',
      label: 'Sees me as a pair of hands',
      section: 'values',
      matched: false,
      weight: 3,
      checkable: false,
      evidence: [],
    },
  ],
  redFlags: [
    {
      id: 'late',
      label: 'Pays late',
      section: 'redFlags',
      matched: false,
      weight: 3,
      checkable: false,
      evidence: [],
    },
  ],
  unchecked: [],
  confidence: 1,
  peer: { matched: peer, evidence: [] },
});
const prospect = (extra: Partial<Prospect> = {}): Prospect =>
  sampleProspect({ qualification: qualification(true), ...extra });

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => key) as never);
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: never) => {
    sent.push(message);
    const { payload } = message as (typeof sent)[number];
    return { ok: true, data: { prospect: prospect(payload) } };
  }) as never);
  ({ window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>'));
  Object.assign(globalThis, { document: window.document });
  root = window.document.getElementById('app') as unknown as HTMLElement;
});

async function tick(input: Element, on: boolean) {
  (input as HTMLInputElement).checked = on;
  await act(async () => {
    input.dispatchEvent(new window.Event('change'));
    await new Promise((r) => setTimeout(r, 0));
  });
}

describe('ConversationChecklist', () => {
  it('lists the conversation criteria only, and keeps what she ticks through the background', async () => {
    const changed: Prospect[] = [];
    render(
      <ConversationChecklist
        prospect={prospect({ checked: ['late'] })}
        onChange={(p) => changed.push(p)}
      />,
      root,
    );
    const labels = [...root.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels).toEqual(['Sees me as a pair of hands', 'Pays late']);
    const boxes = [...root.querySelectorAll('input')] as unknown as HTMLInputElement[];
    expect(boxes.map((b) => b.hasAttribute('checked'))).toEqual([false, true]);
    await tick(boxes[0]!, true);
    expect(sent).toEqual([
      { type: 'prospect.mark', payload: { id: 'p1', checked: ['hands', 'late'] } },
    ]);
    // The answer is validated once the protocol's schemas have loaded.
    await vi.waitFor(() => expect(changed[0]?.checked).toEqual(['hands', 'late']));
  });

  it('shows nothing when no criterion is to be asked', () => {
    const q = qualification(false);
    render(
      <ConversationChecklist
        prospect={prospect({ qualification: { ...q, criteria: [q.criteria[0]!], redFlags: [] } })}
        onChange={() => undefined}
      />,
      root,
    );
    expect(root.childNodes.length).toBe(0);
  });
});

describe('PartnerToggle', () => {
  it('marks a peer as a partner', async () => {
    const changed: Prospect[] = [];
    render(<PartnerToggle prospect={prospect()} onChange={(p) => changed.push(p)} />, root);
    expect(root.querySelector('label')?.textContent).toBe('partnerLabel');
    await tick(root.querySelector('input')!, true);
    expect(sent).toEqual([{ type: 'prospect.mark', payload: { id: 'p1', partner: true } }]);
    await vi.waitFor(() => expect(changed[0]?.partner).toBe(true));
  });

  it('is offered on a peer only', () => {
    render(
      <PartnerToggle
        prospect={prospect({ qualification: qualification(false) })}
        onChange={() => undefined}
      />,
      root,
    );
    expect(root.childNodes.length).toBe(0);
    render(
      <PartnerToggle
        prospect={prospect({ qualification: qualification(false) })}
        peer
        onChange={() => undefined}
      />,
      root,
    );
    expect(root.querySelector('[data-testid=partner]')).not.toBeNull();
  });
});
