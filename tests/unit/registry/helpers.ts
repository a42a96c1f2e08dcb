import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Clock } from '@/utils/registry/rate-limit';
import { mergeCapture } from '@/utils/storage/merge';
import type { OrganisationDraft } from '@/utils/model/organisation';
import { DEFAULT_EDITS, type Prospect } from '@/utils/model/prospect';
import { sampleDraft } from '../sample';

/** Directory entries written to the API's OpenAPI schema (the fake server answers with these). */
export const ENTRIES: Record<string, unknown>[] = JSON.parse(
  readFileSync('tests/fixtures/registry/entries.json', 'utf8'),
);
export const entry = (siren: string) => ENTRIES.find((e) => e.siren === siren)!;

/** A response body as the API sends it. */
export const body = (results: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ results, total_results: results.length, page: 1, per_page: 10, ...extra });

/** Virtual time: sleeping moves the clock, nothing waits. */
export function fakeClock(start = 1_000_000): Clock & { slept: number[] } {
  let t = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => t,
    sleep: async (ms) => {
      slept.push(ms);
      t += ms;
    },
  };
}

/**
 * Virtual time for several callers at once: sleepers wait on the clock, and `run` lets every
 * promise settle, then moves the clock to the next sleeper due, until none is left.
 */
export function sharedClock(start = 1_000_000): Clock & { run(): Promise<void> } {
  let t = start;
  const timers: { at: number; wake(): void }[] = [];
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    now: () => t,
    sleep: (ms) => new Promise<void>((wake) => timers.push({ at: t + Math.max(0, ms), wake })),
    async run() {
      for (;;) {
        await settle();
        if (!timers.length) return;
        timers.sort((a, b) => a.at - b.at);
        const next = timers.shift()!;
        t = Math.max(t, next.at);
        next.wake();
      }
    },
  };
}

export function prospect(overrides: Partial<OrganisationDraft> = {}, userEdited: string[] = []) {
  const draft = sampleDraft(overrides);
  const p: Prospect = mergeCapture(
    undefined,
    { draft, edits: DEFAULT_EDITS, userEdited },
    '2026-11-25T10:00:00.000Z',
    'p1',
  );
  return p;
}

/**
 * A page rendered in linkedom: message keys stand for their text (what is checked is which one
 * is shown) and the messages it sends are recorded, the background answering `answer(type)`.
 */
export function pageUnderTest(answer: (type: string) => unknown) {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    [key, ...(subs ?? [])].join(' ')) as never);
  const sent: { type: string; payload: unknown }[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: {
    type: string;
    payload: unknown;
  }) => {
    sent.push(message);
    return { ok: true, data: answer(message.type) };
  }) as never);
  const { window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  Object.assign(globalThis, { document: window.document });
  const root = window.document.getElementById('app') as unknown as HTMLElement;
  return { window, root, sent };
}
