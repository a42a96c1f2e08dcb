import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Prospect } from '@/utils/model/prospect';
import { COLUMN_IDS } from '@/utils/csv/columns';
import { PROFILE_IDS, PROFILES } from '@/utils/csv/profiles';
import { prospectsToXlsx } from '@/utils/csv/xlsx';
import { sampleProspects } from './samples';

/** Values an XML writer gets wrong: markup, forbidden control characters, edge spaces, odd links. */
const awkward = (p: Prospect): Prospect => ({
  ...p,
  notes: 'ligne 1\r\nligne 2\u0001\u000b fin\u00a0',
  tags: [' <b>&amp;</b> ', '"quoted"', 'é\ufffe'],
  organisation: {
    ...p.organisation,
    name: { value: '\t=1+1 <Atelier> & "fils"', source: 'user', confidence: 1 },
    description: {
      value: 'Renard 🦊, demi-paire \ud800 seule\u2003',
      source: 'user',
      confidence: 1,
    },
    website: { value: 'javascript:alert(1)', source: 'user', confidence: 1 },
    emails: [
      { value: 'a"b@example.org', source: 'user', confidence: 1 },
      { value: 'ok@example.org', source: 'user', confidence: 1 },
    ],
  },
});

const parts = (bytes: Uint8Array) =>
  Object.entries(unzipSync(bytes))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, data]) => `=== ${path}\n${strFromU8(data)}\n`)
    .join('');

describe('.xlsx export, part by part', () => {
  // The unzipped parts, written for review by `vitest run … -u`: any change to the workbook shows.
  it.each(PROFILE_IDS)('%s matches its golden parts', async (id) => {
    await expect(parts(prospectsToXlsx(sampleProspects, PROFILES[id]))).toMatchFileSnapshot(
      `../../fixtures/csv/golden/xlsx/${id}.txt`,
    );
  });

  it('every column, with awkward values, matches its golden parts', async () => {
    const prospects = [...sampleProspects, awkward(sampleProspects[0]!)];
    await expect(
      parts(prospectsToXlsx(prospects, PROFILES['excel-fr'], COLUMN_IDS)),
    ).toMatchFileSnapshot('../../fixtures/csv/golden/xlsx/every-column.txt');
  });

  it('an empty list is a header row alone', async () => {
    await expect(parts(prospectsToXlsx([], PROFILES.rfc4180))).toMatchFileSnapshot(
      '../../fixtures/csv/golden/xlsx/empty.txt',
    );
  });
});
