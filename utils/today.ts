/**
 * The morning's call list: follow-ups due, then the best-fit prospects never contacted. The
 * background builds the rows (only what a row shows, a page never loads the whole list); the
 * Today page shows them and logs each call through `activity.log`.
 */
import { z } from './zod';
import { DaySchema, OutcomeSchema, type Outcome } from './model/activity';
import { cappedString } from './model/evidence';
import { StatusSchema } from './model/prospect';
import { BandSchema } from './model/qualification';

export const TodayRowSchema = z.object({
  id: z.string().max(64),
  name: cappedString(300),
  status: StatusSchema,
  followUpAt: DaySchema.optional(),
  /** `tel` is what the link dials, `display` the number as dialled from France. */
  phone: z.object({ tel: cappedString(40), display: cappedString(60) }).optional(),
  /** People to ask for, those whose role she targets first (`matches`). */
  people: z
    .array(
      z.object({
        name: cappedString(120),
        role: cappedString(200).optional(),
        matches: z.boolean(),
      }),
    )
    .max(3),
  score: z.number().min(0).max(100).optional(),
  band: BandSchema.optional(),
  /** The strongest reason for the score: the first red flag found, else the heaviest match. */
  reason: z.object({ label: cappedString(300), flag: z.boolean() }).optional(),
  /** The latest call's outcome, and when. */
  last: z.object({ outcome: OutcomeSchema, at: z.iso.datetime() }).optional(),
});
export type TodayRow = z.infer<typeof TodayRowSchema>;

export const ProgressSchema = z.object({
  calls: z.number().int().min(0),
  outcomes: z.partialRecord(OutcomeSchema, z.number().int().min(0)),
});
export type Progress = z.infer<typeof ProgressSchema>;

/** The day's progress once one more call is logged. */
export function addCall(progress: Progress, outcome: Outcome): Progress {
  return {
    calls: progress.calls + 1,
    outcomes: { ...progress.outcomes, [outcome]: (progress.outcomes[outcome] ?? 0) + 1 },
  };
}

export const MAX_TODAY_ROWS = 500;
const Limit = z.number().int().min(1).max(MAX_TODAY_ROWS);
const Rows = z.array(TodayRowSchema).max(MAX_TODAY_ROWS);

/** Messages of the Today page, from extension pages only. */
export const todayProtocol = {
  /** Follow-ups due on `day` (her local YYYY-MM-DD) or before, oldest first; the day's calls. */
  'today.due': {
    request: z.object({ day: DaySchema, limit: Limit }),
    response: z.object({
      rows: Rows,
      /** Every follow-up due, beyond `limit` too. */
      total: z.number().int(),
      /** The roles the active persona targets. */
      roles: z.array(cappedString(80)).max(20),
      progress: ProgressSchema,
    }),
  },
  /** Prospects never contacted and with no follow-up planned, best score first. */
  'today.candidates': {
    request: z.object({ limit: Limit }),
    response: z.object({ rows: Rows, total: z.number().int() }),
  },
} as const;
