import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FreshValues } from '@/components/FreshValues';
import { ScoreBreakdown } from '@/components/ScoreBreakdown';
import type { CriterionResult, Qualification } from '@/utils/model/qualification';

const criterion = (id: string, extra: Partial<CriterionResult> = {}): CriterionResult => ({
  id,
  label: id,
  section: 'values',
  matched: true,
  weight: 3,
  evidence: [{ quote: `quote for ${id}`, source: 'text' }],
  ...extra,
});

const qualification: Qualification = {
  personaId: 'p',
  personaName: 'Persona',
  score: 72,
  band: 'good',
  criteria: [
    criterion('low', { weight: 1 }),
    criterion('high', { weight: 5 }),
    criterion('missed', { matched: false, evidence: [] }),
  ],
  redFlags: [criterion('flag', { section: 'redFlags', weight: 4 })],
  unchecked: ['profile.territory'],
  confidence: 0.8,
};

type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;
const en: Messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));

/** chrome.i18n.getMessage over the English messages, placeholders included. */
function getMessage(key: string, subs: string[] = []): string {
  const m = en[key];
  if (!m) return '';
  return m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return subs[Number(content.slice(1)) - 1] ?? '';
  });
}

let root: HTMLElement;
let window: ReturnType<typeof parseHTML>['window'];
beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
  const page = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  const { document } = page;
  window = page.window;
  Object.assign(globalThis, { document });
  root = document.getElementById('app') as unknown as HTMLElement;
});

describe('ScoreBreakdown', () => {
  it('shows the score, the band in words and a bar, red flags before reasons', () => {
    render(<ScoreBreakdown qualification={qualification} />, root);
    expect(root.querySelector('[data-testid=score-number]')?.textContent).toBe('72/100');
    expect(root.querySelector('[data-testid=band]')?.textContent).toBe('Good fit');
    expect(root.querySelector('meter')?.getAttribute('value')).toBe('72');
    const labels = [...root.querySelectorAll('.reason-label')].map((e) => e.textContent);
    expect(labels).toEqual(['⚠ Red flag: flag', '✓ high', '✓ low']);
    expect(root.querySelector('meter')?.getAttribute('aria-label')).toBe('Score: 72 out of 100');
    expect(root.querySelector('q')?.textContent).toBe('quote for flag');
    expect(root.querySelector('[data-testid=band-override-note]')).toBeNull();
  });

  it('keeps an override visible as such', () => {
    render(<ScoreBreakdown qualification={qualification} bandOverride="excellent" />, root);
    expect(root.querySelector('[data-testid=band]')?.textContent).toBe('Excellent fit');
    expect(root.querySelector('[data-testid=band-override-note]')?.textContent).toBe(
      'Band set by you (computed: Good fit).',
    );
  });

  it('gives no band when nothing could be checked', () => {
    render(
      <ScoreBreakdown qualification={{ ...qualification, criteria: [], redFlags: [] }} />,
      root,
    );
    expect(root.querySelector('[data-testid=band]')).toBeNull();
    expect(root.textContent).toContain('no score');
  });

  it('says where structured evidence comes from, without quotation marks', () => {
    const located = criterion('profile.territory', {
      label: 'profile.territory',
      section: 'profile',
      evidence: [{ field: 'address', value: 'Lyon', source: 'address' }],
    });
    render(<ScoreBreakdown qualification={{ ...qualification, criteria: [located] }} />, root);
    const item = root.querySelector('.field-evidence');
    expect(item?.textContent).toBe('from the address Lyon');
    expect(item?.querySelector('q')).toBeNull();
  });

  it('shows a peer as same trade, without a score', () => {
    const peer = {
      matched: true,
      evidence: [{ quote: 'We build websites.', source: 'text' as const }],
    };
    render(<ScoreBreakdown qualification={{ ...qualification, peer }} />, root);
    expect(root.querySelector('[data-testid=peer]')?.textContent).toBe(
      'Same trade — a competitor, or a partner',
    );
    expect(root.querySelector('q')?.textContent).toBe('We build websites.');
    expect(root.querySelector('[data-testid=score-number]')).toBeNull();
  });

  it('says a legal notice is not the presentation, and lists what to ask during the call', () => {
    const late = criterion('late', {
      label: 'Pays late',
      section: 'redFlags',
      checkable: false,
      matched: false,
      evidence: [],
    });
    render(
      <ScoreBreakdown
        qualification={{
          ...qualification,
          pageKind: 'legal',
          criteria: [...qualification.criteria, late],
        }}
      />,
      root,
    );
    expect(root.querySelector('[data-testid=page-kind]')?.textContent).toContain(
      'This page is a legal notice, not the organisation’s presentation',
    );
    expect(root.querySelector('[data-testid=to-ask]')?.textContent).toBe(
      'To ask during the call:Pays late',
    );
  });

  it('says an article is scored on the site’s home and about pages, each quote from its page', () => {
    const about = criterion('cooperation', {
      weight: 5,
      evidence: [{ quote: 'We decide together', source: 'about', page: 'https://a.example/about' }],
    });
    const home = criterion('ecology', {
      weight: 4,
      evidence: [{ quote: 'We repair bikes', source: 'home', page: 'https://a.example/' }],
    });
    render(
      <ScoreBreakdown
        qualification={{
          ...qualification,
          redFlags: [],
          pageKind: 'article',
          scoredOn: [
            { kind: 'home', url: 'https://a.example/' },
            { kind: 'about', url: 'https://a.example/about' },
          ],
          criteria: [about, home],
        }}
      />,
      root,
    );
    expect(root.querySelector('[data-testid=page-kind]')?.textContent).toBe(
      'This page is an article: the score is on the home page and the “About” page of the site.',
    );
    expect([...root.querySelectorAll('.quotes li')].map((li) => li.textContent)).toEqual([
      'We decide together on the “About” page',
      'We repair bikes on the site’s home page',
    ]);
    render(
      <ScoreBreakdown
        qualification={{
          ...qualification,
          pageKind: 'legal',
          scoredOn: [{ kind: 'about', url: 'https://a.example/about' }],
        }}
      />,
      root,
    );
    expect(root.querySelector('[data-testid=page-kind]')?.textContent).toBe(
      'This page is a legal notice: the score is on the “About” page of the site.',
    );
  });
});

describe('the score folded on the first screen', () => {
  const shown = () =>
    [...root.querySelectorAll<HTMLElement>('.reason')]
      .filter((li) => !li.hidden)
      .map((li) => li.querySelector('.reason-label')?.textContent);

  it('shows the two strongest reasons, red flags first, and unfolds the rest', async () => {
    await act(() => render(<ScoreBreakdown qualification={qualification} />, root));
    expect(shown()).toEqual(['⚠ Red flag: flag', '✓ high']);
    const more = root.querySelector<HTMLElement>('#score-more')!;
    expect(more.hidden).toBe(true);
    expect(more.textContent).toContain('Not found: missed');
    const button = root.querySelector('button[aria-expanded]')!;
    expect([button.textContent, button.getAttribute('aria-expanded')]).toEqual([
      'All details',
      'false',
    ]);
    expect(button.getAttribute('aria-controls')).toBe('score-flags score-reasons score-more');
    await act(() => {
      button.dispatchEvent(new window.Event('click'));
    });
    expect(shown()).toEqual(['⚠ Red flag: flag', '✓ high', '✓ low']);
    expect(more.hidden).toBe(false);
    expect([button.textContent, button.getAttribute('aria-expanded')]).toEqual([
      'Show less',
      'true',
    ]);
  });

  it('offers no unfolding when everything is shown', async () => {
    const two = { ...qualification, criteria: qualification.criteria.slice(0, 2), redFlags: [] };
    await act(() => render(<ScoreBreakdown qualification={{ ...two, unchecked: [] }} />, root));
    expect(shown()).toEqual(['✓ high', '✓ low']);
    expect(root.querySelector('button')).toBeNull();
  });
});

describe('what the page shows that was not saved', () => {
  it('lists field, saved value, page value, and takes the one asked for', async () => {
    const taken: string[] = [];
    await act(() =>
      render(
        <FreshValues
          changes={[
            { field: 'name', saved: 'Atelier Lumen (Lyon)', fresh: 'Atelier Lumen' },
            { field: 'kind', saved: '', fresh: 'cooperative' },
          ]}
          onTake={(field) => taken.push(field)}
        />,
        root,
      ),
    );
    expect(root.querySelector('summary')?.textContent).toBe('The page shows something new (2)');
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['Name', 'Atelier Lumen (Lyon)', 'Atelier Lumen', 'Take'],
      ['Kind', '—', 'Cooperative', 'Take'],
    ]);
    const second = root.querySelectorAll('tbody button')[1]!;
    expect(second.getAttribute('aria-label')).toBe('Take the page’s value: Kind');
    await act(() => {
      second.dispatchEvent(new window.Event('click'));
    });
    expect(taken).toEqual(['kind']);
  });

  it('shows nothing when the page shows nothing new', () => {
    render(<FreshValues changes={[]} onTake={() => {}} />, root);
    expect(root.childNodes.length).toBe(0);
  });
});
