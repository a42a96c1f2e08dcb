/** Messages about the national directory, from extension pages only (never a content script). */
import { z } from '../zod';
import { LookupOutcomeSchema, ProgressSchema, RegistryQuerySchema } from './wire';

export const registryProtocol = {
  /** Whether the directory is on (its host permission granted) and where the file lookup is. */
  'registry.status': {
    request: z.object({}),
    response: z.object({ enabled: z.boolean(), progress: ProgressSchema }),
  },
  /** Whether to offer turning the directory on (once ever, while it is off); asking records it. */
  'registry.offer': {
    request: z.object({}),
    response: z.object({ show: z.boolean() }),
  },
  /** One question, for a card: a SIREN/SIRET, or a name and postcode. Nothing is saved. */
  'registry.lookup': {
    request: z.object({ query: RegistryQuerySchema }),
    response: z.object({ outcome: LookupOutcomeSchema }),
  },
  /** Look up these saved prospects in the background (those with a SIREN/SIRET or name and postcode). */
  'registry.queue.start': {
    request: z.object({ ids: z.array(z.string().max(64)).max(100_000) }),
    response: z.object({ progress: ProgressSchema, skipped: z.number().int() }),
  },
  /** The prospects of the last import while the directory was off: look them up, or forget them. */
  'registry.importOffer': {
    request: z.object({ accept: z.boolean() }),
    response: z.object({ progress: ProgressSchema, skipped: z.number().int() }),
  },
  'registry.queue.control': {
    request: z.object({ action: z.enum(['pause', 'resume', 'cancel']) }),
    response: z.object({ progress: ProgressSchema }),
  },
  /** Of an ambiguous prospect's matches, the one she chose (among those stored with it). */
  'registry.queue.choose': {
    request: z.object({ prospectId: z.string().max(64), siren: z.string().regex(/^\d{9}$/) }),
    response: z.object({ progress: ProgressSchema }),
  },
} as const;
