import { describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, DEFAULT_PLAN, planOutcome } from '@/utils/plan';

// 2026-12-04 is a Friday, 2026-12-07 a Monday.
describe('working days', () => {
  it.each([
    ['2026-12-01', 2, '2026-12-03'], // Tuesday → Thursday
    ['2026-12-03', 2, '2026-12-07'], // Thursday → Monday
    ['2026-12-04', 2, '2026-12-08'], // Friday → Tuesday
    ['2026-12-05', 2, '2026-12-08'], // Saturday → Tuesday
    ['2026-12-06', 1, '2026-12-07'], // Sunday → Monday
    ['2026-11-30', 2, '2026-12-02'], // across the month's end
    ['2026-12-31', 2, '2027-01-04'], // Thursday 31 → Monday, across the year's end
    ['2026-12-07', -1, '2026-12-04'], // the working day before a Monday is the Friday
    ['2026-12-07', 0, '2026-12-07'],
  ])('%s + %i working days = %s', (day, n, expected) => {
    expect(addWorkingDays(day, n)).toBe(expected);
  });

  it('adds calendar days across month ends and leap days', () => {
    expect(addDays('2026-01-31', 7)).toBe('2026-02-07');
    expect(addDays('2028-02-25', 7)).toBe('2028-03-03');
    expect(addDays('2027-02-25', 7)).toBe('2027-03-04');
  });
});

describe('planOutcome', () => {
  it('no answer: retry in two working days, a follow-up', () => {
    expect(planOutcome('no-answer', '2026-12-04', undefined)).toEqual({
      followUpAt: '2026-12-08',
      status: 'follow-up',
    });
  });

  it('call back: on the day said', () => {
    expect(planOutcome('call-back', '2026-12-01', '2026-12-15')).toEqual({
      followUpAt: '2026-12-15',
      status: 'follow-up',
    });
  });

  it('send information: follow up a week later', () => {
    expect(planOutcome('send-information', '2026-11-27', undefined).followUpAt).toBe('2026-12-04');
  });

  it('meeting booked: a reminder the working day before, never in the past', () => {
    expect(planOutcome('meeting-booked', '2026-12-01', '2026-12-10')).toEqual({
      followUpAt: '2026-12-09',
      status: 'meeting',
    });
    expect(planOutcome('meeting-booked', '2026-12-01', '2026-12-07').followUpAt).toBe('2026-12-04');
    expect(planOutcome('meeting-booked', '2026-12-01', '2026-12-01').followUpAt).toBe('2026-12-01');
  });

  it('not interested and became a client: no follow-up, the status follows', () => {
    expect(planOutcome('not-interested', '2026-12-01', undefined)).toEqual({
      followUpAt: null,
      status: 'not-for-me',
    });
    expect(planOutcome('became-client', '2026-12-01', undefined)).toEqual({
      followUpAt: null,
      status: 'client',
    });
  });

  it('takes the edited defaults', () => {
    const defaults = {
      ...DEFAULT_PLAN,
      noAnswerWorkingDays: 5,
      sendInformationDays: 3,
      meetingReminderWorkingDays: 2,
    };
    expect(planOutcome('no-answer', '2026-12-01', undefined, defaults).followUpAt).toBe(
      '2026-12-08',
    );
    expect(planOutcome('send-information', '2026-12-30', undefined, defaults).followUpAt).toBe(
      '2027-01-02',
    );
    expect(planOutcome('meeting-booked', '2026-12-01', '2026-12-07', defaults).followUpAt).toBe(
      '2026-12-03',
    );
  });
});
