import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RegistryCard } from '@/components/RegistryCard';
import type { OrganisationDraft } from '@/utils/model/organisation';
import { mapResult } from '@/utils/registry/map';
import { parsePayload } from '@/utils/registry/schema';
import { sampleDraft } from '../sample';
import { body, entry, pageUnderTest } from './helpers';

let root: HTMLElement;
let window: ReturnType<typeof pageUnderTest>['window'];
let sent: { type: string; payload: unknown }[];
/** What the background answers, by message type. */
let answers: Record<string, unknown>;

beforeEach(() => {
  ({ window, root, sent } = pageUnderTest((type) => answers[type]));
  Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'en' });
});

const idle = {
  status: 'idle',
  total: 0,
  pending: 0,
  found: 0,
  ambiguous: 0,
  notFound: 0,
  failed: 0,
};
const found = (siren: string) => ({
  outcome: {
    status: 'found',
    match: mapResult(parsePayload(body([entry(siren)])).results[0]!, '2026-12-01'),
  },
});
/** Lets the messages' promises and the re-renders they cause run. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
};
const click = (el: Element) =>
  act(() => {
    el.dispatchEvent(new window.Event('click'));
  });
const siren = { value: '530123454', source: 'text' as const, confidence: 0.8, valid: true };

async function show(draft: OrganisationDraft, edited = new Set<string>()) {
  const matched: OrganisationDraft[] = [];
  await act(() => {
    render(<RegistryCard draft={draft} edited={edited} onMatch={(d) => matched.push(d)} />, root);
  });
  await settle();
  return matched;
}

/** The browser's permissions API, as the offer uses it. */
const permissions = (contains: () => Promise<boolean>, request?: () => Promise<boolean>) => {
  const events = { addListener: () => {}, removeListener: () => {} };
  Object.assign(fakeBrowser.permissions, { contains, request, onAdded: events, onRemoved: events });
};

describe('the directory on a card', () => {
  it('stays hidden while the directory is off', async () => {
    answers = { 'registry.status': { enabled: false, progress: idle } };
    await show(sampleDraft({ siren }));
    expect(root.querySelector('[data-testid=registry-card]')).toBeNull();
  });

  it('off, on a card with a SIREN: the one-time offer asks for the permission in the click', async () => {
    let granted = false;
    const request = vi.fn(async () => (granted = true));
    permissions(async () => granted, request);
    answers = {
      'registry.status': { enabled: false, progress: idle },
      'registry.offer': { show: true },
    };
    await show(sampleDraft({ siren }));
    expect(sent.map((m) => m.type).sort()).toEqual(['registry.offer', 'registry.status']);
    expect(root.querySelector('[data-testid=registry-card]')).toBeNull();
    await click(root.querySelector('[data-testid=registry-offer-on]')!);
    await settle();
    expect(request).toHaveBeenCalledWith({
      origins: ['https://recherche-entreprises.api.gouv.fr/*'],
    });
    expect(root.querySelector('[data-testid=registry-offer]')).toBeNull();
    expect(root.querySelector('[data-testid=registry-check]')).not.toBeNull();
  });

  it('no offer when it was made already', async () => {
    permissions(async () => false);
    answers = {
      'registry.status': { enabled: false, progress: idle },
      'registry.offer': { show: false },
    };
    await show(sampleDraft({ siren }));
    expect(root.querySelector('[data-testid=registry-offer]')).toBeNull();
  });

  it('a ceased company: a red flag with its date, facts in French, the draft completed', async () => {
    answers = {
      'registry.status': { enabled: true, progress: idle },
      'registry.lookup': found('530123454'),
    };
    const matched = await show(sampleDraft({ siren }));
    await click(root.querySelector('[data-testid=registry-check]')!);
    await settle();
    expect(sent.at(-1)).toEqual({
      type: 'registry.lookup',
      payload: { query: { id: '530123454' } },
    });
    const state = root.querySelector('[data-testid=registry-state]')!;
    expect(state.getAttribute('role')).toBe('alert');
    expect(state.textContent).toMatch(/^registryCeased /);
    expect(root.textContent).toContain(
      'registryFrenchLabel Société à responsabilité limitée (sans autre indication)',
    );
    expect(matched).toHaveLength(1);
    expect(matched[0]!.registry?.active).toBe(false);
    expect(matched[0]!.legalName?.value).toBe('STUDIO PIXEL NORD');
  });

  it('several matches: a list to choose from, then the chosen one is looked up', async () => {
    const address = { value: { postalCode: '69001' }, source: 'text' as const, confidence: 0.5 };
    const candidates = [
      {
        siren: '421234568',
        name: 'BOULANGERIE DU PONT',
        postalCode: '69001',
        city: 'LYON',
        active: true,
      },
      {
        siren: '421234576',
        name: 'BOULANGERIE DU PONT (BDP)',
        postalCode: '69001',
        city: 'LYON',
        active: true,
      },
    ];
    answers = {
      'registry.status': { enabled: true, progress: idle },
      'registry.lookup': { outcome: { status: 'ambiguous', candidates } },
    };
    const matched = await show(
      sampleDraft({
        name: { value: 'Boulangerie du Pont', source: 'jsonld', confidence: 0.9 },
        address,
      }),
    );
    await click(root.querySelector('[data-testid=registry-check]')!);
    await settle();
    expect(sent.at(-1)!.payload).toEqual({
      query: { name: 'Boulangerie du Pont', postcode: '69001' },
    });
    const choices = [...root.querySelectorAll('.registry-candidates button')];
    expect(choices.map((b) => b.textContent)).toEqual([
      'registryCandidate BOULANGERIE DU PONT 69001 LYON 421234568',
      'registryCandidate BOULANGERIE DU PONT (BDP) 69001 LYON 421234576',
    ]);
    expect(matched).toEqual([]);
    answers['registry.lookup'] = found('421234576');
    await click(choices[1]!);
    await settle();
    expect(sent.at(-1)!.payload).toEqual({ query: { id: '421234576' } });
    expect(matched[0]!.siren?.value).toBe('421234576');
  });

  it('a typed value is kept and the difference said; not found and errors are worded', async () => {
    answers = {
      'registry.status': { enabled: true, progress: idle },
      'registry.lookup': found('530123454'),
    };
    const legalName = { value: 'Pixel Nord', source: 'user' as const, confidence: 1 };
    const matched = await show(sampleDraft({ siren, legalName }), new Set(['legalName']));
    await click(root.querySelector('[data-testid=registry-check]')!);
    await settle();
    expect(matched[0]!.legalName).toEqual(legalName);
    expect(root.textContent).toContain('registryConflicts 1');
    await act(() => render(null, root));
    answers['registry.lookup'] = { outcome: { status: 'not-found' } };
    await show(sampleDraft({ siren }));
    await click(root.querySelector('[data-testid=registry-check]')!);
    await settle();
    expect(root.textContent).toContain('registryNotFound');
    await act(() => render(null, root));
    answers['registry.lookup'] = { outcome: { status: 'error', code: 'schema', error: 'x' } };
    await show(sampleDraft({ siren }));
    await click(root.querySelector('[data-testid=registry-check]')!);
    await settle();
    expect(root.textContent).toContain('registryError_unreadable');
  });
});
