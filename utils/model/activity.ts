import { z } from '../zod';
import { cappedString } from './evidence';

/** YYYY-MM-DD, a calendar day with no time zone. */
export const DaySchema = z.iso.date();

export const ACTIVITY_KINDS = ['call', 'email', 'meeting', 'note'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** What a call led to. */
export const OUTCOMES = [
  'no-answer',
  'call-back',
  'not-interested',
  'send-information',
  'meeting-booked',
  'became-client',
] as const;
export const OutcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof OutcomeSchema>;

/** Outcomes that need a day: when to call back, when the meeting is. */
export const DATED_OUTCOMES: ReadonlySet<Outcome> = new Set(['call-back', 'meeting-booked']);

const ActivityFields = z.object({
  kind: z.enum(ACTIVITY_KINDS),
  at: z.iso.datetime(),
  outcome: OutcomeSchema.optional(),
  /** The day of the call back or of the meeting. */
  on: DaySchema.optional(),
  /** Why not interested, or what was said. */
  text: cappedString(4000).optional(),
});

/** A call has an outcome, nothing else has; a call back and a meeting have their day. */
const coherent = <S extends z.ZodType<z.infer<typeof ActivityFields>>>(schema: S) =>
  schema
    .refine((a) => (a.kind === 'call') === (a.outcome !== undefined), { message: 'outcome' })
    .refine((a) => !a.outcome || !DATED_OUTCOMES.has(a.outcome) || a.on !== undefined, {
      message: 'day-missing',
    });

/** One call, e-mail, meeting or note as the user logs it. */
export const ActivityDraftSchema = coherent(ActivityFields);
export type ActivityDraft = z.infer<typeof ActivityDraftSchema>;

export const ActivitySchema = coherent(ActivityFields.extend({ id: cappedString(64) }));
export type Activity = z.infer<typeof ActivitySchema>;

/** The latest call, e-mail or meeting (a note is not a contact), if any. */
export function lastContactOf(activities: readonly Activity[]): string | undefined {
  let last: string | undefined;
  for (const a of activities) if (a.kind !== 'note' && (!last || a.at > last)) last = a.at;
  return last;
}
