import { describe, expect, it } from 'vitest';
import type { Activity } from '@/utils/model/activity';
import { DEFAULT_EDITS, type Prospect } from '@/utils/model/prospect';
import { dayProgress, roleMatches, todayRow } from '@/utils/today-rows';
import { sampleQualification as qualification } from '../sample';
import { draft, v } from '../storage/helpers';

const at = '2026-11-20T10:00:00.000Z';
function prospect(more: Partial<Prospect> = {}, org: Parameters<typeof draft>[0] = {}): Prospect {
  return {
    ...DEFAULT_EDITS,
    schemaVersion: 2,
    id: 'p1',
    organisation: draft({ name: v('Atelier Lumen'), ...org }),
    userEdited: [],
    sourceUrls: ['https://example.org/'],
    capturedAt: at,
    createdAt: at,
    updatedAt: at,
    legalBasis: 'legitimate-interest',
    history: [],
    activities: [],
    ...more,
  };
}
const criterion = (label: string, weight: number, matched = true) => ({
  id: label,
  label,
  section: 'values' as const,
  matched,
  weight,
  evidence: [],
});

describe('roleMatches', () => {
  it.each([
    ['Chargée de communication', ['communication'], true],
    ['Responsable RH', ['communication', 'RH'], true],
    ['Directrice des Ressources Humaines', ['ressources humaines'], true],
    ['DRH', ['RH'], false],
    ['Directeur Rhône-Alpes', ['RH'], false],
    ['Comptable', ['communication', 'RH'], false],
    [undefined, ['communication'], false],
    ['Communication', [], false],
    ['Communication', [' '], false],
  ] as const)('%j for %j: %s', (role, targets, expected) =>
    expect(roleMatches(role, targets)).toBe(expected),
  );
});

describe('todayRow', () => {
  const roles = ['communication', 'RH'];

  it('puts the people with a role she targets first, then the others, three at most', () => {
    const p = prospect(
      {
        contacts: [
          { name: 'Paul Durand', role: 'Gérant' },
          { name: 'Claire Martin', role: 'Chargée de communication' },
        ],
      },
      {
        people: [
          {
            value: { name: 'claire martin', role: 'Communication' },
            source: 'jsonld',
            confidence: 1,
          },
          {
            value: { name: 'Nadia Benali', role: 'Responsable RH' },
            source: 'jsonld',
            confidence: 1,
          },
          { value: { name: 'Léo Petit' }, source: 'jsonld', confidence: 1 },
        ],
      },
    );
    expect(todayRow(p, roles).people).toEqual([
      { name: 'Claire Martin', role: 'Chargée de communication', matches: true },
      { name: 'Nadia Benali', role: 'Responsable RH', matches: true },
      { name: 'Paul Durand', role: 'Gérant', matches: false },
    ]);
  });

  it('dials the organisation in national format, or the direct line of the person to ask for', () => {
    const org = {
      phones: [
        { value: '+33478123456', display: '04 78 12 34 56', source: 'tel' as const, confidence: 1 },
      ],
    };
    expect(todayRow(prospect({}, org), roles).phone).toEqual({
      tel: '+33478123456',
      display: '04 78 12 34 56',
    });
    const direct = prospect(
      { contacts: [{ name: 'Claire Martin', role: 'Communication', phone: '06 71 00 00 01' }] },
      org,
    );
    expect(todayRow(direct, roles).phone).toEqual({
      tel: '0671000001',
      display: '06 71 00 00 01',
    });
    expect(todayRow(prospect(), roles).phone).toBeUndefined();
    const abroad = {
      phones: [
        { value: '+41225550000', display: '022 555 00 00', source: 'tel' as const, confidence: 1 },
      ],
    };
    expect(todayRow(prospect({}, abroad), roles).phone?.display).toBe('00 41 22 555 00 00');
  });

  it('gives the score, the band she set, and the strongest reason: a red flag, else the heaviest match', () => {
    const q = qualification({
      criteria: [criterion('ESS', 3), criterion('Culture', 5), criterion('Bio', 5, false)],
    });
    expect(
      todayRow(prospect({ qualification: q, bandOverride: 'excellent' }), roles),
    ).toMatchObject({ score: 72, band: 'excellent', reason: { label: 'Culture', flag: false } });
    const flagged = qualification({ ...q, redFlags: [criterion('Greenwashing', 4)] });
    expect(todayRow(prospect({ qualification: flagged }), roles).reason).toEqual({
      label: 'Greenwashing',
      flag: true,
    });
    const row = todayRow(prospect(), roles);
    expect(row).not.toHaveProperty('score');
    expect(row).not.toHaveProperty('reason');
  });

  it('names the row, its follow-up and its latest call', () => {
    const calls: Activity[] = [
      { id: 'a', kind: 'call', at: '2026-11-27T09:00:00.000Z', outcome: 'no-answer' },
      { id: 'b', kind: 'note', at: '2026-11-28T09:00:00.000Z', text: 'vu' },
    ];
    expect(
      todayRow(prospect({ followUpAt: '2026-12-01', activities: calls }), roles),
    ).toMatchObject({
      id: 'p1',
      name: 'Atelier Lumen',
      followUpAt: '2026-12-01',
      last: { outcome: 'no-answer', at: '2026-11-27T09:00:00.000Z' },
    });
  });
});

describe('dayProgress', () => {
  it("counts the day's calls and their outcomes, nothing else", () => {
    const noon = new Date(2026, 11, 2, 12).toISOString();
    const yesterday = new Date(2026, 11, 1, 12).toISOString();
    const a = prospect({
      activities: [
        { id: '1', kind: 'call', at: yesterday, outcome: 'no-answer' },
        { id: '2', kind: 'call', at: noon, outcome: 'no-answer' },
        { id: '3', kind: 'email', at: noon },
      ],
    });
    const b = prospect({
      activities: [
        { id: '4', kind: 'call', at: noon, outcome: 'meeting-booked', on: '2026-12-07' },
        { id: '5', kind: 'call', at: noon, outcome: 'no-answer' },
      ],
    });
    expect(dayProgress([a, b], '2026-12-02')).toEqual({
      calls: 3,
      outcomes: { 'no-answer': 2, 'meeting-booked': 1 },
    });
    expect(dayProgress([], '2026-12-02')).toEqual({ calls: 0, outcomes: {} });
  });
});
