import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
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
beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
  const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
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
});
