import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { prospectsToCsv } from '@/utils/csv/export';
import { parseProspectCsv } from '@/utils/csv/import';
import { planImport, planSaves, type PlanItem } from '@/utils/csv/plan';
import { PROFILES } from '@/utils/csv/profiles';
import type { Prospect } from '@/utils/model/prospect';
import { generateProspects } from '../../bench/generate-prospects';

const now = new Date('2026-12-01T10:00:00Z');
const prospects = generateProspects(1200, 7);

/** Saved prospects that differ from the file here and there, as hers would after some work. */
const edited = (p: Prospect, i: number): Prospect => ({
  ...p,
  ...(i % 3 === 0 ? { status: 'client', notes: 'Rappelée en mars.' } : {}),
  ...(i % 4 === 0 ? { tags: ['ancien'] } : {}),
  ...(i % 5 === 0 ? { userEdited: ['description'] } : {}),
  organisation: {
    ...p.organisation,
    ...(i % 3 === 0 ? { name: { value: `Ancien nom ${i}`, source: 'user', confidence: 1 } } : {}),
    ...(i % 5 === 0
      ? { description: { value: 'Tapée par elle.', source: 'user', confidence: 1 } }
      : {}),
    ...(i % 7 === 0 ? { phones: [] } : {}),
    ...(i % 11 === 0 ? { website: undefined } : {}),
  },
});

const digest = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
const items = (plan: PlanItem[]) => plan.map((item) => ({ ...item, row: item.row.record }));
const kinds = (plan: PlanItem[]) =>
  plan.reduce<Record<string, number>>((n, i) => ({ ...n, [i.kind]: (n[i.kind] ?? 0) + 1 }), {});

describe('an import of a generated file, pinned', () => {
  // The file holds the last 800 prospects, then the first 600 again: 200 rows repeat a row.
  const file = [...prospects.slice(400), ...prospects.slice(0, 600)];
  const preview = parseProspectCsv(prospectsToCsv(file, PROFILES['excel-fr']));
  const rows = preview.rows.map(({ line, record, name, values, notes }) => ({
    line,
    record,
    name,
    values,
    notes,
  }));

  it('reads every row as before', () => {
    expect(rows).toHaveLength(1400);
    expect(preview.errors).toEqual([]);
    expect(digest(rows)).toMatchInlineSnapshot(`"fcb882791f3e378f"`);
  });

  it('plans and saves as before, into an empty list and into one she has worked on', () => {
    const empty = planImport(preview.rows, [], now);
    expect(kinds(empty)).toMatchInlineSnapshot(`
      {
        "duplicate": 200,
        "new": 1200,
      }
    `);
    expect(digest(items(empty))).toMatchInlineSnapshot(`"7e30301481d68a5d"`);
    expect(digest(planSaves(empty))).toMatchInlineSnapshot(`"81feacc8558380e3"`);

    const saved = prospects.slice(0, 900).map(edited);
    const merged = planImport(preview.rows, saved, now);
    expect(kinds(merged)).toMatchInlineSnapshot(`
      {
        "duplicate": 200,
        "merge": 900,
        "new": 300,
      }
    `);
    expect(digest(items(merged))).toMatchInlineSnapshot(`"50ce12efa56562d5"`);
    expect(digest(planSaves(merged))).toMatchInlineSnapshot(`"c828eb316b6cda1a"`);
    const chosen = { 3: 'skip', 805: 'skip', 10: 'separate' } as const;
    expect(digest(planSaves(merged, chosen, 'separate'))).toMatchInlineSnapshot(
      `"7504349ff5208a6a"`,
    );
    expect(digest(planSaves(merged, chosen))).toMatchInlineSnapshot(`"e439c8596663d6a5"`);
  });
});
