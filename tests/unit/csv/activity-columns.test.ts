import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { COLUMNS, DEFAULT_COLUMNS, IMPORTABLE } from '@/utils/csv/columns';
import { prospectsToCsv } from '@/utils/csv/export';
import { PROFILES } from '@/utils/csv/profiles';
import { prospectsToXlsx } from '@/utils/csv/xlsx';
import type { Activity } from '@/utils/model/activity';
import type { Prospect } from '@/utils/model/prospect';
import { sampleProspect } from '../sample';

const FR = PROFILES['excel-fr'];
const EN = PROFILES.rfc4180;
let n = 0;
const act = (a: Omit<Activity, 'id'>): Activity => ({ id: `a${++n}`, ...a });
const call = (at: string, outcome: Activity['outcome'], on?: string) =>
  act({ kind: 'call', at, outcome, ...(on ? { on } : {}) });
const cells = (p: Prospect, profile = FR) =>
  (['lastContactAt', 'lastOutcome', 'nextStep'] as const).map((c) => COLUMNS[c].value(p, profile));

describe('activity columns: last contact, last outcome, next step', () => {
  it('are computed, in the default columns, after the last contact', () => {
    const at = DEFAULT_COLUMNS.indexOf('lastContactAt');
    expect(DEFAULT_COLUMNS.slice(at, at + 3)).toEqual(['lastContactAt', 'lastOutcome', 'nextStep']);
    expect(IMPORTABLE.has('lastOutcome')).toBe(false);
    expect(IMPORTABLE.has('nextStep')).toBe(false);
    const csv = prospectsToCsv([sampleProspect()], FR);
    expect(csv.split('\r\n')[0]).toContain(
      ';Relance;Dernier contact;Dernière issue;Prochaine étape;',
    );
    expect(prospectsToCsv([sampleProspect()], EN).split('\r\n')[0]).toContain(
      ',Follow-up,Last contact,Last outcome,Next step,',
    );
  });

  it('are empty with no activity and no follow-up', () => {
    expect(cells(sampleProspect())).toEqual(['', '', '']);
  });

  it('the last contact is the latest call, e-mail or meeting; a note does not count', () => {
    const p = sampleProspect({
      lastContactAt: '2026-11-02T09:00:00.000Z',
      activities: [
        call('2026-12-01T09:00:00.000Z', 'no-answer'),
        act({ kind: 'email', at: '2026-12-02T17:30:00.000Z' }),
        act({ kind: 'note', at: '2026-12-05T08:00:00.000Z', text: 'Salon' }),
      ],
      followUpAt: '2026-12-03',
    });
    expect(cells(p)).toEqual(['02/12/2026', 'Pas de réponse', 'Rappeler — 03/12/2026']);
    expect(cells(p, EN)).toEqual(['2026-12-02', 'No answer', 'Call again — 2026-12-03']);
    // With no log, the date a contact status set is still the last contact.
    expect(cells({ ...p, activities: [] })[0]).toBe('02/11/2026');
  });

  it("the latest call's outcome says what comes next, on the follow-up or the meeting day", () => {
    const info = sampleProspect({
      activities: [
        call('2026-12-01T09:00:00.000Z', 'no-answer'),
        call('2026-12-03T10:00:00.000Z', 'send-information'),
      ],
      followUpAt: '2026-12-10',
    });
    expect(cells(info)).toEqual([
      '03/12/2026',
      'Envoyer une documentation',
      'Relancer après l’envoi de la documentation — 10/12/2026',
    ]);
    expect(cells(info, EN).slice(1)).toEqual([
      'Send information',
      'Follow up on the information sent — 2026-12-10',
    ]);

    const meeting = sampleProspect({
      activities: [call('2026-12-03T10:00:00.000Z', 'meeting-booked', '2026-12-15')],
      followUpAt: '2026-12-14',
    });
    expect(cells(meeting).slice(1)).toEqual(['Rendez-vous pris', 'Rendez-vous — 15/12/2026']);
    expect(cells(meeting, EN).slice(1)).toEqual(['Meeting booked', 'Meeting — 2026-12-15']);

    const no = sampleProspect({ activities: [call('2026-12-03T10:00:00.000Z', 'not-interested')] });
    expect(cells(no).slice(1)).toEqual(['Pas intéressé', '']);
    // A follow-up she planned herself after a "no" is still the next step.
    expect(cells({ ...no, followUpAt: '2027-06-01' }, EN)[2]).toBe('Follow up — 2027-06-01');
  });

  it('are written to the .xlsx workbook in the profile language', () => {
    const p = sampleProspect({
      activities: [call('2026-12-03T10:00:00.000Z', 'call-back', '2026-12-08')],
      followUpAt: '2026-12-08',
    });
    const zip = unzipSync(prospectsToXlsx([p], FR, ['name', 'lastOutcome', 'nextStep']));
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<t>Dernière issue</t>');
    expect(sheet).toContain('<c r="B2" t="inlineStr"><is><t>Rappeler</t></is></c>');
    expect(sheet).toContain('<c r="C2" t="inlineStr"><is><t>Rappeler — 08/12/2026</t></is></c>');
  });
});
