/** The background's side of the protocol: check the sender, validate, run the handler, reply. */
import { z } from '../zod';
import { browser, type Browser } from 'wxt/browser';
import { MessageError, type Reply } from './errors';
import {
  CONTENT_SCRIPT_MESSAGES,
  protocol,
  type MessageType,
  type Protocol,
  type ResponseOf,
} from './protocol';

const EnvelopeSchema = z.object({ type: z.string().max(64), payload: z.unknown() });

export type Handlers = {
  [K in MessageType]: (
    payload: z.output<Protocol[K]['request']>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<ResponseOf<K>>;
};

/** Where a message came from, as far as the background is concerned. */
export function senderKind(
  sender: Browser.runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): 'page' | 'content' | 'foreign' {
  if (sender.id !== extensionId) return 'foreign';
  if (sender.url?.startsWith(extensionOrigin)) return 'page';
  if (sender.tab?.id !== undefined) return 'content';
  return 'foreign';
}

/** Validate, check the sender, run the handler, and wrap its outcome in a reply. */
export async function dispatch(
  handlers: Handlers,
  message: unknown,
  sender: Browser.runtime.MessageSender,
  self: { id: string; origin: string },
): Promise<Reply> {
  const envelope = EnvelopeSchema.safeParse(message);
  if (!envelope.success || !Object.hasOwn(protocol, envelope.data.type)) {
    return { ok: false, code: 'errorBadMessage', detail: 'unknown message' };
  }
  const type = envelope.data.type as MessageType;
  const kind = senderKind(sender, self.id, self.origin);
  if (kind === 'foreign' || (kind === 'content' && !CONTENT_SCRIPT_MESSAGES.has(type))) {
    return { ok: false, code: 'errorForbiddenSender', detail: type };
  }
  const payload = protocol[type].request.safeParse(envelope.data.payload);
  if (!payload.success) {
    return {
      ok: false,
      code: 'errorBadMessage',
      detail: z.prettifyError(payload.error).slice(0, 500),
    };
  }
  try {
    const handler = handlers[type] as (p: unknown, s: typeof sender) => Promise<unknown>;
    return { ok: true, data: await handler(payload.data, sender) };
  } catch (error) {
    if (error instanceof MessageError)
      return { ok: false, code: error.code, detail: error.message };
    // The repository's StorageFullError and the browser's DOMException share this name.
    if (error instanceof Error && error.name === 'QuotaExceededError') {
      return { ok: false, code: 'errorStorageFull', detail: error.message };
    }
    console.error(`Glaneur: ${type} failed`, error);
    return { ok: false, code: 'errorInternal', detail: String(error).slice(0, 500) };
  }
}

/** Register the handlers in the background. */
export function listen(handlers: Handlers): void {
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  // sendResponse + `return true` rather than a returned promise: it works in every browser.
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: Reply) => void) => {
      void dispatch(handlers, message, sender, self).then(sendResponse);
      return true;
    },
  );
}
