/** The asking side of the protocol, for extension pages. */
import { browser } from 'wxt/browser';
import { MessageError, ReplySchema } from './errors';
import type { MessageType, Protocol, RequestOf, ResponseOf } from './protocol';

let schemas: Promise<Protocol> | undefined;
/**
 * Every answer's schema, built when the first answer comes: a page that imports `send` from here
 * rather than from the index shows its first screen before they are.
 */
const protocol = () => (schemas ??= import('./protocol').then((m) => m.protocol));

/** Ask the background. Resolves with the validated answer or rejects with a MessageError. */
export async function send<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  return readReply(type, await browser.runtime.sendMessage({ type, payload }));
}

/** The background's reply to a `type` message, validated (for a message sent without `send`). */
export async function readReply<K extends MessageType>(
  type: K,
  raw: unknown,
): Promise<ResponseOf<K>> {
  // No reply at all: the worker stopped before answering (not a malformed reply).
  if (raw === undefined) throw new Error(`no reply to ${type}`);
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) throw new MessageError('errorBadMessage', `bad reply to ${type}`);
  if (!reply.data.ok) throw new MessageError(reply.data.code, reply.data.detail);
  const data = (await protocol())[type].response.safeParse(reply.data.data);
  if (!data.success) throw new MessageError('errorBadMessage', `bad reply to ${type}`);
  return data.data as ResponseOf<K>;
}
