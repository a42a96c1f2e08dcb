/**
 * What a call's outcome plans: the next follow-up day and the status. Pure, on calendar days
 * (YYYY-MM-DD), so the same outcome plans the same day whatever the time zone.
 */
import { z } from './zod';
import type { Outcome } from './model/activity';
import type { Status } from './model/prospect';

export const PlanDefaultsSchema = z.object({
  /** No answer: try again after this many working days. */
  noAnswerWorkingDays: z.number().int().min(1).max(30),
  /** Information sent: follow up after this many days. */
  sendInformationDays: z.number().int().min(1).max(90),
  /** A meeting: be reminded this many working days before it. */
  meetingReminderWorkingDays: z.number().int().min(0).max(10),
});
export type PlanDefaults = z.infer<typeof PlanDefaultsSchema>;

export const DEFAULT_PLAN: PlanDefaults = {
  noAnswerWorkingDays: 2,
  sendInformationDays: 7,
  meetingReminderWorkingDays: 1,
};

export interface Plan {
  /** The follow-up day; null clears it. */
  followUpAt: string | null;
  status: Status;
}

const toDate = (day: string) => new Date(`${day}T00:00:00.000Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);
const isWeekend = (date: Date) => date.getUTCDay() === 0 || date.getUTCDay() === 6;

export function addDays(day: string, days: number): string {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return toDay(date);
}

/** `count` working days after `day` (before it when negative); Saturdays and Sundays skipped. */
export function addWorkingDays(day: string, count: number): string {
  const date = toDate(day);
  const step = count < 0 ? -1 : 1;
  for (let left = Math.abs(count); left > 0;) {
    date.setUTCDate(date.getUTCDate() + step);
    if (!isWeekend(date)) left--;
  }
  return toDay(date);
}

/** The follow-up and status an outcome plans, the call made on `today`; `on` its day if dated. */
export function planOutcome(
  outcome: Outcome,
  today: string,
  on: string | undefined,
  defaults: PlanDefaults = DEFAULT_PLAN,
): Plan {
  switch (outcome) {
    case 'no-answer':
      return {
        followUpAt: addWorkingDays(today, defaults.noAnswerWorkingDays),
        status: 'follow-up',
      };
    case 'call-back':
      return { followUpAt: on ?? today, status: 'follow-up' };
    case 'send-information':
      return { followUpAt: addDays(today, defaults.sendInformationDays), status: 'follow-up' };
    case 'meeting-booked': {
      const reminder = addWorkingDays(on ?? today, -defaults.meetingReminderWorkingDays);
      return { followUpAt: reminder < today ? today : reminder, status: 'meeting' };
    }
    case 'not-interested':
      return { followUpAt: null, status: 'not-for-me' };
    case 'became-client':
      return { followUpAt: null, status: 'client' };
  }
}
