/** Messages of what the list teaches: learnt terms, and the marks she sets on a prospect. */
import { z } from '../zod';
import { cappedString } from '../model/evidence';
import { ProspectSchema } from '../model/prospect';

const LearntTermSchema = z.object({
  key: z.string().max(400),
  term: z.string().max(400),
  count: z.number().int(),
  others: z.number().int(),
  ratio: z.number(),
  quotes: z
    .array(
      z.object({
        quote: z.string().max(300),
        source: z.enum(['description', 'keywords', 'text']),
        prospectId: z.string().max(64),
      }),
    )
    .max(10),
  prospectIds: z.array(z.string().max(64)).max(100_000),
});
export type LearntTermWire = z.infer<typeof LearntTermSchema>;

export const learnProtocol = {
  /**
   * What her clients have in common against the other saved prospects, and per criterion of
   * the persona the words found beside its matches; `names` gives each prospect's name.
   */
  'learn.suggest': {
    request: z.object({ personaId: cappedString(100) }),
    response: z.object({
      clients: z.number().int(),
      others: z.number().int(),
      terms: z.array(LearntTermSchema).max(100),
      criterionTerms: z.record(z.string().max(100), z.array(LearntTermSchema).max(20)),
      names: z.record(z.string().max(64), z.string().max(300)),
    }),
  },
  /** She does not want this term suggested again. */
  'learn.dismiss': {
    request: z.object({ key: z.string().max(400) }),
    response: z.object({}),
  },
  /** Mark a peer as a partner, or tick the conversation criteria checked during a call. */
  'prospect.mark': {
    request: z.object({
      id: z.string().max(64),
      partner: z.boolean().optional(),
      checked: ProspectSchema.shape.checked,
    }),
    response: z.object({ prospect: ProspectSchema }),
  },
} as const;
