/** Failures a reply can carry, by code, so the UI says them in the user's language. */
import { z } from '../zod';

/** Error codes are i18n message names, so the UI can say what went wrong in the user's language. */
export const ERROR_CODES = [
  'errorBadMessage',
  'errorForbiddenSender',
  'errorStorageFull',
  'errorInternal',
  'errorNotFound',
  'errorBadBackup',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), code: z.enum(ERROR_CODES), detail: z.string().max(500) }),
]);
export type Reply = z.infer<typeof ReplySchema>;

export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    detail: string,
  ) {
    super(detail);
    this.name = 'MessageError';
  }
}
