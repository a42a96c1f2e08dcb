import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportPreview, PAGE_SIZE } from '@/entrypoints/prospects/ImportPreview';
import type { Format } from '@/utils/csv/columns';
import type { ImportChoice } from '@/utils/csv/ids';
import { parseProspectCsv } from '@/utils/csv/import';
import { planImport, type PlanItem } from '@/utils/csv/plan';
import { sampleProspects } from '../csv/samples';
import { freshRepo } from '../storage/helpers';

const format: Format = { lang: 'fr', day: (d) => d.split('-').reverse().join('/') };
const now = new Date('2026-12-01T10:00:00Z');

// 3,000 rows: every third repeats the row before it; the last matches a saved prospect.
const lines = ['Nom,Site web,Statut'];
for (let i = 0; i < 3000; i++) {
  lines.push(i % 3 === 2 ? `Autre ${i},org${i - 1}.example/x,Client` : `Org ${i},org${i}.example,`);
}
lines.push('Atelier Lumen SAS,https://www.atelier-lumen.fr/,Client');
let plan: PlanItem[];
beforeAll(async () => {
  const { repo } = await freshRepo();
  await repo.restore(sampleProspects, []);
  plan = planImport(parseProspectCsv(lines.join('\n')).rows, await repo.list(), now);
});

let root: HTMLElement;
let window: ReturnType<typeof parseHTML>['window'];
let chosen: [number, ImportChoice][];
let defaults: ImportChoice[];

function show(choices = new Map<number, ImportChoice>(), fallback: ImportChoice = 'merge') {
  render(
    <ImportPreview
      plan={plan}
      format={format}
      choices={choices}
      fallback={fallback}
      onChoose={(row, choice) => chosen.push([row, choice])}
      onFallback={(c) => defaults.push(c)}
    />,
    root,
  );
}

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    [key, ...(subs ?? [])].join(' ')) as never);
  ({ window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>'));
  Object.assign(globalThis, { document: window.document });
  root = window.document.getElementById('app') as unknown as HTMLElement;
  chosen = [];
  defaults = [];
});

const rows = () => [...root.querySelectorAll('[data-testid=import-plan-row]')];
const rowNumbers = () => rows().map((r) => Number(r.querySelector('th')!.textContent));
const fire = (el: Element, type: string) =>
  act(() => {
    el.dispatchEvent(new window.Event(type));
  });
/** linkedom reads a select's value from its options' `selected` attribute. */
function pick(select: Element, value: string) {
  for (const option of select.querySelectorAll('option'))
    option.toggleAttribute('selected', option.value === value);
  return fire(select, 'change');
}
const button = (text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;

describe('ImportPreview', () => {
  it('a page at a time, with a caption, column headers and what each row will do', async () => {
    show();
    expect(root.querySelector('caption')?.textContent).toBe('importPlanCaption');
    expect([...root.querySelectorAll('th[scope=col]')].map((th) => th.textContent)).toEqual([
      'importColRow',
      'importColName',
      'importColWhat',
      'importColChoice',
    ]);
    expect(root.querySelector('[data-testid=import-plan-counts]')?.textContent).toBe(
      'importPlanCounts 2000 1 1000',
    );
    expect(rowNumbers()).toEqual(Array.from({ length: PAGE_SIZE }, (_, i) => i + 2));
    expect(rows()[2]!.textContent).toContain('importKindDuplicate 3');
    expect(root.querySelector('nav span')?.textContent).toBe('importPage 1 50 3001');
    expect(button('importPrevious').hasAttribute('disabled')).toBe(true);

    await fire(button('importNext'), 'click');
    expect(rowNumbers()[0]).toBe(PAGE_SIZE + 2);
    expect(root.querySelector('nav span')?.textContent).toBe('importPage 51 100 3001');
  });

  it('a merge shows the saved prospect and, field by field, what changes and what stays', async () => {
    show();
    await pick(root.querySelectorAll('select')[1]!, 'merge');
    expect(rowNumbers()).toEqual([3002]);
    const row = rows()[0]!;
    expect(row.querySelector('.what')?.textContent).toBe('importKindMerge Atelier Lumen');
    expect([...row.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'importChange importFieldAliases importEmpty Atelier Lumen SAS',
      'importKept Nom Atelier Lumen Atelier Lumen SAS',
      'importKept Statut À contacter Client',
    ]);
  });

  it('every choice is labelled by row and name; the default shows where none was made', async () => {
    show(new Map([[3, 'separate']]), 'skip');
    const selects = () => [...root.querySelectorAll('[data-testid=import-choice]')];
    expect(selects()[0]!.getAttribute('aria-label')).toBe('importChoiceFor 2 Org 0');
    // A new row is created or skipped; a duplicate merges, stays apart or is skipped.
    expect([...selects()[0]!.querySelectorAll('option')].map((o) => o.value)).toEqual([
      'separate',
      'skip',
    ]);
    expect([...selects()[2]!.querySelectorAll('option')].map((o) => o.value)).toEqual([
      'merge',
      'separate',
      'skip',
    ]);
    expect(
      selects()
        .map((s) => s.getAttribute('value'))
        .slice(0, 3),
    ).toEqual(['skip', 'separate', 'skip']);

    await pick(selects()[2]!, 'merge');
    await pick(root.querySelector('[data-testid=import-default]')!, 'separate');
    expect(chosen).toEqual([[4, 'merge']]);
    expect(defaults).toEqual(['separate']);
  });
});
