import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { prospectsToCsv } from '@/utils/csv/export';
import { TEXT_COLUMNS, type ColumnId } from '@/utils/csv/columns';
import { guardFormula } from '@/utils/csv/formula-guard';
import { PROFILE_IDS, PROFILES, profileColumns, type CsvProfile } from '@/utils/csv/profiles';
import type { Prospect } from '@/utils/model/prospect';
import { generateProspects } from '../../bench/generate-prospects';
import { sampleDraft, sampleProspect } from '../sample';
import { sampleProspects } from './samples';

/** The export as Papa Parse wrote it, before the CSV was written by our own code. */
function papaCsv(prospects: readonly Prospect[], profile: CsvProfile, columns?: ColumnId[]) {
  const output = profileColumns(profile, columns).map(([header, value, column]) => {
    const asText = column && TEXT_COLUMNS.has(column) ? profile.textCell : undefined;
    const cell = asText
      ? (p: Prospect) => asText(guardFormula(value(p)))
      : (p: Prospect) => guardFormula(value(p));
    return [header, cell] as const;
  });
  const rows = prospects.map((p) => output.map(([, cell]) => cell(p)));
  const body = Papa.unparse(
    { fields: output.map(([header]) => guardFormula(header)), data: rows },
    { delimiter: profile.delimiter, newline: profile.newline, quotes: false },
  );
  const ended = body.endsWith(profile.newline) ? body : body + profile.newline;
  return (profile.bom ? '\uFEFF' : '') + ended;
}

/** Names and notes with every character that decides quoting, at every place in the cell. */
const tricky = [
  'a;b',
  'a,b',
  'say "hi"',
  '"',
  ' leading',
  'trailing ',
  ' ',
  'line\nbreak',
  'cr\rhere',
  'crlf\r\n',
  '\ufeffbom',
  '=1+1',
  '-x',
  '\tTab',
  '',
  'Éveil — ça',
].map((text, i) =>
  sampleProspect({
    id: `t${i}`,
    notes: text,
    tags: [text, 'b'],
    organisation: sampleDraft({
      name: { value: text || 'x', source: 'user', confidence: 1 },
      phones: [{ value: text, display: text, source: 'tel', confidence: 1 }],
    }),
  }),
);

describe('prospectsToCsv writes what Papa Parse wrote', () => {
  const prospects = [...generateProspects(1_500, 3), ...sampleProspects, ...tricky];
  for (const id of PROFILE_IDS) {
    it(id, () => {
      expect(prospectsToCsv(prospects, PROFILES[id])).toBe(papaCsv(prospects, PROFILES[id]));
    });
  }

  it('with chosen columns, none, or no prospect', () => {
    const profile = PROFILES['excel-fr'];
    for (const columns of [['notes', 'phones', 'name'], ['tags'], []] as ColumnId[][]) {
      for (const some of [prospects, prospects.slice(0, 1), prospects.slice(0, 2), []])
        expect(prospectsToCsv(some, profile, columns)).toBe(papaCsv(some, profile, columns));
    }
  });
});
